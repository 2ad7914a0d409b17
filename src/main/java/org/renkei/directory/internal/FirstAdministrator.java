package org.renkei.directory.internal;

import java.time.Clock;
import java.time.Instant;
import org.renkei.directory.MemberStatus;
import org.renkei.directory.Profession;
import org.renkei.security.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first operator of a fresh install, from configuration ({@code renkei.bootstrap.admin.*}, e.g. from
 * environment variables or a one-time command-line argument) and only while the portal has none: no
 * password is built in. The operator enrols TOTP at first login and should then remove the settings.
 */
@Component
@EnableConfigurationProperties(BootstrapAdminProperties.class)
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Members members;
    private final Accounts accounts;
    private final Clock clock;
    private final String loginId;
    private final String password;
    private final String name;
    private final String email;

    FirstAdministrator(Members members, Accounts accounts, Clock clock, BootstrapAdminProperties admin) {
        this.members = members;
        this.accounts = accounts;
        this.clock = clock;
        this.loginId = admin.loginId();
        this.password = admin.password();
        this.name = admin.name();
        this.email = admin.email();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (loginId.isBlank()) {
            if (!members.existsBySystemAdminTrue()) {
                log.warn("The portal has no operator yet. Start it once with renkei.bootstrap.admin.login-id, "
                        + ".password and .email set (see README) to create the first one.");
            }
            return;
        }
        if (members.existsBySystemAdminTrue()) {
            log.info("renkei.bootstrap.admin.* is set but an operator exists already; nothing to do (remove the settings).");
            return;
        }
        if (password.isBlank() || email.isBlank()) {
            throw new IllegalStateException("renkei.bootstrap.admin.password and .email are required with .login-id");
        }
        Member admin = Member.of(null, loginId, new Member.Details(name, "カンリシャ", Profession.OTHER, email, null),
                MemberStatus.ACTIVE, Instant.now(clock));
        admin.makeSystemAdmin(Instant.now(clock));
        members.save(admin);
        accounts.setInitialPassword(admin.id(), loginId, password);
        log.info("Created the portal's first operator '{}'. Log in and enrol the second factor.", loginId);
    }
}
