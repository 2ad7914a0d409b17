package org.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.renkei.directory.FacilityService;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.FacilityType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The production database: MySQL 8.4 through Connector/J, migrated by Flyway from empty, with the
 * demo data loaded and a facility taken through its application. Runs where a Docker engine exists;
 * skipped cleanly where none does.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = RenkeiApplication.class)
@ActiveProfiles({"dev", "test"})
@ContextConfiguration(initializers = TestMail.Initializer.class)
class MySqlIntegrationTest {

    @Container
    static MySQLContainer mysql = new MySQLContainer("mysql:8.4").withDatabaseName("renkei");

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> mysql.getJdbcUrl() + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true");
        registry.add("spring.datasource.username", mysql::getUsername);
        registry.add("spring.datasource.password", mysql::getPassword);
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired Fixtures fixtures;
    @Autowired FacilityService facilities;

    @Test
    void migratesLoadsTheDemoDataAndRunsAnApplication() {
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).startsWith("8.4");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM members", Integer.class)).isGreaterThan(30);
        var area = fixtures.area();
        long id = fixtures.apply(area, FacilityType.CLINIC, Fixtures.unique("mysql"));
        assertThat(facilities.approve(area.admin(), id, "MySQL").status()).isEqualTo(FacilityStatus.ACTIVE);
    }
}
