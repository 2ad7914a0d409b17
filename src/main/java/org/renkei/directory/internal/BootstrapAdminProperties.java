package org.renkei.directory.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code renkei.bootstrap.admin.*}: the first portal operator of a fresh install ({@link FirstAdministrator}).
 * Each is blank when not set.
 *
 * @param loginId  the operator's login id; when blank, no operator is created
 * @param password the initial password, required with a login id
 * @param name     the operator's name
 * @param email    the operator's e-mail address, required with a login id
 */
@ConfigurationProperties("renkei.bootstrap.admin")
record BootstrapAdminProperties(@Nullable String loginId, @Nullable String password, @Nullable String name,
        @Nullable String email) {

    BootstrapAdminProperties {
        loginId = loginId == null ? "" : loginId;
        password = password == null ? "" : password;
        name = name == null ? "ポータル管理者" : name;
        email = email == null ? "" : email;
    }
}
