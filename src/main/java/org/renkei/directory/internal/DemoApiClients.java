package org.renkei.directory.internal;

import java.util.EnumSet;
import org.renkei.directory.ApiClientService;
import org.renkei.directory.DemoCast;
import org.renkei.security.ApiScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A demo API client (dev profile only): 桜ヶ丘中央病院's information system, registered by the association
 * office, with a known id and secret so that the API can be tried at once (README, docs/api.md).
 */
@Component
@Profile("dev")
@Order(30)
class DemoApiClients implements ApplicationRunner {

    static final String CLIENT_ID = "demo-hospital";
    static final String SECRET = "Renkei-Demo-Api-Secret-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoApiClients.class);

    private final ApiClientService clients;
    private final ApiClientRows rows;
    private final DemoCast cast;
    private final PasswordEncoder passwords;
    private final JdbcTemplate jdbc;

    DemoApiClients(ApiClientService clients, ApiClientRows rows, DemoCast cast, PasswordEncoder passwords, JdbcTemplate jdbc) {
        this.clients = clients;
        this.rows = rows;
        this.cast = cast;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rows.existsByClientId(CLIENT_ID) || !cast.present()) {
            return;
        }
        var office = cast.who("sakura-office");
        long hospital = java.util.Objects.requireNonNull(cast.who("hosp-nurse").facilityId());
        var issued = clients.register(office, hospital, "桜ヶ丘中央病院 電子カルテ", EnumSet.allOf(ApiScope.class), null, null);
        jdbc.update("UPDATE api_client SET client_id = ?, secret_hash = ? WHERE id = ?", CLIENT_ID, passwords.encode(SECRET), issued.id());
        jdbc.update("UPDATE members SET login_id = ? WHERE login_id = ?", "api-" + CLIENT_ID, "api-" + issued.clientId());
        log.info("Loaded the demo API client {} for 桜ヶ丘中央病院", CLIENT_ID);
    }
}
