package org.csx.gateway.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code csx.outbox.*}: how the relay drains the outbox. */
@ConfigurationProperties(prefix = "csx.outbox")
public class OutboxProperties {

    /** Messages sent in one broker transaction. */
    private int batchSize = 200;
    /** How long the relay waits for work when nothing wakes it (a commit on this instance wakes it at once). */
    private Duration pollInterval = Duration.ofMillis(500);
    /** Longest wait between attempts while the broker or the database is unreachable. */
    private Duration maxBackoff = Duration.ofSeconds(30);

    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
    public Duration getPollInterval() { return pollInterval; }
    public void setPollInterval(Duration pollInterval) { this.pollInterval = pollInterval; }
    public Duration getMaxBackoff() { return maxBackoff; }
    public void setMaxBackoff(Duration maxBackoff) { this.maxBackoff = maxBackoff; }
}
