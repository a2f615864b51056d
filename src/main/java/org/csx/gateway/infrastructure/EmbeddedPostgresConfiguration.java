package org.csx.gateway.infrastructure;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.sql.DataSource;
import org.csx.gateway.config.EmbeddedProperties;
import org.csx.gateway.personaldata.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Default profile: a real PostgreSQL (binaries from Maven Central) started in-process, its data kept
 * under {@code <data directory>/postgres} between runs. Production switches this off and Spring Boot
 * builds the DataSource from {@code spring.datasource.*}.
 *
 * <p>No connection is trusted: the superuser's password is generated on first start into
 * {@code <data directory>/keys/postgres.password} (owner-only) and every pg_hba.conf line asks for it
 * (scram-sha-256). A data directory made by an earlier version (zonky's initdb writes {@code trust}) gets the
 * password set and pg_hba.conf rewritten at its first start with this version.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "csx.embedded.postgres", name = "enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    private static final String SUPERUSER = "postgres";

    /** The superuser's password, generated once; it never leaves the data directory. */
    record EmbeddedPostgresPassword(String value) {
        @Override
        public String toString() {
            return "EmbeddedPostgresPassword[****]";
        }
    }

    @Bean
    EmbeddedPostgresPassword embeddedPostgresPassword(EmbeddedProperties properties) {
        Path keys = OwnerOnlyFiles.directory(Path.of(properties.getDataDirectory(), "keys").toAbsolutePath());
        Path file = keys.resolve("postgres.password");
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                OwnerOnlyFiles.writeNew(file, Base64.getUrlEncoder().withoutPadding().encode(random));
            }
            OwnerOnlyFiles.file(file);
            return new EmbeddedPostgresPassword(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded PostgreSQL password " + file, e);
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedProperties properties, EmbeddedPostgresPassword password) throws IOException {
        Path dataDirectory = Path.of(properties.getDataDirectory(), "postgres").toAbsolutePath();
        OwnerOnlyFiles.directory(dataDirectory.getParent());
        Path passwordFile = Path.of(properties.getDataDirectory(), "keys", "postgres.password").toAbsolutePath();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB")
                // Durable before answered: the embedded library turns synchronous_commit off, so a commit
                // (and the receipt given after it) could be lost with the machine. Every setting between a
                // commit and the disk is stated here; DurabilityCheck verifies them at start-up.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                // Server log lines without DETAIL (a unique violation's DETAIL quotes the row's values).
                .setServerConfig("log_error_verbosity", "terse")
                // initdb options (zonky passes them as --name=value after its own "-A trust"): the later
                // --auth wins, and the superuser gets the generated password.
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toString())
                // zonky's own start-up check connects too
                .setConnectConfig("password", password.value());
        if (properties.getPostgres().getPort() > 0) {
            builder.setPort(properties.getPostgres().getPort());
        }
        EmbeddedPostgres postgres = builder.start();
        requirePasswords(postgres, dataDirectory, password.value());
        log.info("Embedded PostgreSQL on port {} with data in {} (password authentication)", postgres.getPort(),
                dataDirectory);
        return postgres;
    }

    /**
     * A data directory from before this version trusts local connections: set the password while that still
     * works, then make every pg_hba.conf rule ask for it and reload.
     */
    private static void requirePasswords(EmbeddedPostgres postgres, Path dataDirectory, String password) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            String rules = Files.readString(hba, StandardCharsets.UTF_8);
            if (!rules.matches("(?ms).*^[^#\\n]*\\btrust\\b.*")) {
                return;
            }
            try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(SUPERUSER, "postgres"));
                 Statement statement = connection.createStatement()) {
                statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
                Files.writeString(hba, rules.replaceAll("(?m)^([^#\\n]*)\\btrust\\b", "$1scram-sha-256"),
                        StandardCharsets.UTF_8);
                statement.execute("SELECT pg_reload_conf()");
            }
            log.warn("Embedded PostgreSQL trusted local connections; it now requires the password in keys/postgres.password");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + hba, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the embedded PostgreSQL password", e);
        }
    }

    /** The embedded server has no pool of its own. */
    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresPassword password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(SUPERUSER, "postgres"));
        dataSource.setUsername(SUPERUSER);
        dataSource.setPassword(password.value());
        // The driver leaves the server's DETAIL (which can quote row values) out of exception messages.
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        // as application.yml's spring.datasource.hikari.data-source-properties: staged rows as multi-row INSERTs
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        dataSource.setPoolName("csx-embedded");
        dataSource.setMaximumPoolSize(24);
        // With the database away, a caller learns it in seconds (a SOAP fault, no receipt), not in 30.
        dataSource.setConnectionTimeout(5_000);
        return dataSource;
    }
}
