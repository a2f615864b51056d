package org.csx.gateway.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A receipt promises the transmittal is kept: the gateway refuses to start on a PostgreSQL that would answer
 * a commit before it is on disk (embedded or external). {@code csx.durability.require-durable-database=false}
 * turns the refusal into a warning, for a throw-away test database only.
 */
@Component
class DurabilityCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DurabilityCheck.class);
    static final Map<String, String> REQUIRED = Map.of("synchronous_commit", "on", "fsync", "on", "full_page_writes", "on");

    private final JdbcTemplate jdbc;
    private final boolean required;

    DurabilityCheck(JdbcTemplate jdbc, @Value("${csx.durability.require-durable-database:true}") boolean required) {
        this.jdbc = jdbc;
        this.required = required;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = problems(name -> jdbc.queryForObject("SELECT current_setting(?)", String.class, name));
        if (problems.isEmpty()) {
            log.info("PostgreSQL commits are durable ({})", REQUIRED);
        } else if (required) {
            throw new IllegalStateException("PostgreSQL would lose committed transmittals: " + String.join("; ", problems)
                    + ". Fix the server's settings (or csx.durability.require-durable-database=false for a throw-away test database).");
        } else {
            log.warn("PostgreSQL commits are NOT durable: {}", String.join("; ", problems));
        }
    }

    static List<String> problems(java.util.function.Function<String, String> setting) {
        List<String> problems = new ArrayList<>();
        REQUIRED.forEach((name, value) -> {
            String actual = setting.apply(name);
            // synchronous_commit: every value but off waits for the local WAL flush
            boolean ok = name.equals("synchronous_commit") ? !"off".equals(actual) : value.equals(actual);
            if (!ok) {
                problems.add(name + " is " + actual + " (needs " + value + ")");
            }
        });
        return problems;
    }
}
