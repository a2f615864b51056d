package org.csx.gateway.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code csx.delivery.*}: pushing messages to partners' SOAP endpoints (docs/delivery.md). */
@ConfigurationProperties(prefix = "csx.delivery")
public class DeliveryProperties {

    /** Attempts before a delivery is FAILED and put before staff on registry.exceptions. */
    private int maxAttempts = 10;
    /** Wait after the first failed attempt; each later wait doubles, up to {@link #maxRetryDelay}. */
    private Duration firstRetryDelay = Duration.ofSeconds(30);
    private Duration maxRetryDelay = Duration.ofHours(1);
    /** How often each worker looks for due deliveries when it found none. */
    private Duration pollInterval = Duration.ofSeconds(1);
    /** Parallel workers per instance; each claims one due delivery at a time (FOR UPDATE SKIP LOCKED). */
    private int workers = 2;
    private Duration connectTimeout = Duration.ofSeconds(5);
    /** Longest wait for the partner's answer; the row stays claimed meanwhile. */
    private Duration requestTimeout = Duration.ofSeconds(30);

    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
    public Duration getFirstRetryDelay() { return firstRetryDelay; }
    public void setFirstRetryDelay(Duration firstRetryDelay) { this.firstRetryDelay = firstRetryDelay; }
    public Duration getMaxRetryDelay() { return maxRetryDelay; }
    public void setMaxRetryDelay(Duration maxRetryDelay) { this.maxRetryDelay = maxRetryDelay; }
    public Duration getPollInterval() { return pollInterval; }
    public void setPollInterval(Duration pollInterval) { this.pollInterval = pollInterval; }
    public int getWorkers() { return workers; }
    public void setWorkers(int workers) { this.workers = workers; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
    public Duration getRequestTimeout() { return requestTimeout; }
    public void setRequestTimeout(Duration requestTimeout) { this.requestTimeout = requestTimeout; }
}
