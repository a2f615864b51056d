package org.csx.gateway.infrastructure;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.csx.gateway.config.EmbeddedProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Default profile: a real PostgreSQL (binaries from Maven Central) started in-process, its data kept
 * under {@code <data directory>/postgres} between runs. Production switches this off and Spring Boot
 * builds the DataSource from {@code spring.datasource.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "csx.embedded.postgres", name = "enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedProperties properties) throws IOException {
        Path dataDirectory = Path.of(properties.getDataDirectory(), "postgres").toAbsolutePath();
        Files.createDirectories(dataDirectory.getParent());
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
                .setServerConfig("full_page_writes", "on");
        if (properties.getPostgres().getPort() > 0) {
            builder.setPort(properties.getPostgres().getPort());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
        return postgres;
    }

    /** The embedded server has no pool of its own. */
    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("csx-embedded");
        dataSource.setMaximumPoolSize(24);
        // With the database away, a caller learns it in seconds (a SOAP fault, no receipt), not in 30.
        dataSource.setConnectionTimeout(5_000);
        return dataSource;
    }
}
