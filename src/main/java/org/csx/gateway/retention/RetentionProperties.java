package org.csx.gateway.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code csx.retention.*}: how long personal data is kept once its case is finished (docs/personal-data.md). */
@ConfigurationProperties(prefix = "csx.retention")
public class RetentionProperties {

    /** Raw message and documents are purged this long after the case is finished. */
    private Duration keepAfterFinished = Duration.ofDays(365);

    /** CSENet files in the inboxes' done/ directories are deleted this long after they arrived. */
    private Duration csenetFiles = Duration.ofDays(90);

    /** How often the retention job runs. */
    private Duration interval = Duration.ofHours(1);

    public Duration getKeepAfterFinished() { return keepAfterFinished; }
    public void setKeepAfterFinished(Duration keepAfterFinished) { this.keepAfterFinished = keepAfterFinished; }
    public Duration getCsenetFiles() { return csenetFiles; }
    public void setCsenetFiles(Duration csenetFiles) { this.csenetFiles = csenetFiles; }
    public Duration getInterval() { return interval; }
    public void setInterval(Duration interval) { this.interval = interval; }
}
