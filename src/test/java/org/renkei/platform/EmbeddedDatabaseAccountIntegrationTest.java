package org.renkei.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.renkei.RenkeiTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.env.MockEnvironment;

/**
 * The embedded MariaDB lets in only the portal's account with its generated password: no password-less root (or
 * anyone) from another local process over TCP. The password lies beside the data, readable by its owner only.
 */
@RenkeiTest
class EmbeddedDatabaseAccountIntegrationTest {

    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;
    @Value("${spring.datasource.password}") String password;
    @Value("${renkei.embedded-db.dir}") String dir;

    @Test
    void aLocalProcessWithoutThePasswordIsRefused() throws Exception {
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        assertThatThrownBy(() -> DriverManager.getConnection(server, "root", "").close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(server, user, "").close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(server, user, "guess-" + password.length()).close())
                .isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            assertThat(c.isValid(2)).isTrue();
        }
        assertThat(user).isNotEqualTo("root");
        Path file = Path.of(dir).resolve("renkei-password");
        assertThat(Files.readString(file).strip()).isEqualTo(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void theServerKeepsItsWholeCacheAcrossStartsAndTakesItsSizeFromTheSettings() throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password);
                var rs = c.createStatement().executeQuery("SELECT @@innodb_buffer_pool_size, @@innodb_buffer_pool_dump_pct")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(256L * 1024 * 1024);
            assertThat(rs.getInt(2)).isEqualTo(100);
        }
        // a size MariaDB would not read stops the start with the setting's name, before any server is started
        MockEnvironment bad = new MockEnvironment().withProperty("renkei.embedded-db.dir", dir)
                .withProperty("renkei.embedded-db.buffer-pool-size", "2 GB");
        assertThatThrownBy(() -> EmbeddedMariaDb.configure(bad)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("renkei.embedded-db.buffer-pool-size");
    }
}
