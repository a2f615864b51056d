package org.csx.gateway.infrastructure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The database side of the routes: {@code policy: {ref: databaseTransaction}} runs its steps in
 * ONE PostgreSQL transaction (every repository's own transaction template joins it), and
 * {@code databaseFailures} tells a database outage from a failure of the message itself.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseTransactionPolicy databaseTransaction(PlatformTransactionManager transactionManager) {
        return new DatabaseTransactionPolicy(transactionManager);
    }

    @Bean
    DatabaseFailures databaseFailures() {
        return new DatabaseFailures();
    }
}
