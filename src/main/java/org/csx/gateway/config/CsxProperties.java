package org.csx.gateway.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the gateway is configured with, bound from the {@code csx.*} properties.
 * Routes read these through {@code {{csx....}}} placeholders; beans get this object.
 */
@Validated
@ConfigurationProperties(prefix = "csx")
public class CsxProperties {

    /** The state this central registry serves, as a 2-digit FIPS code (36 = New York). */
    @NotBlank
    @Pattern(regexp = "[0-9]{2}")
    private String homeState = "36";

    /** This registry's own locator code, used as the responding locator code in acknowledgments. */
    @Pattern(regexp = "[0-9]{5}[0-9A-Z]{2}")
    private String registryLocatorCode = "3600000";

    @Valid
    private Intake intake = new Intake();
    @Valid
    private Queues queues = new Queues();
    @Valid
    private Redelivery redelivery = new Redelivery();
    @Valid
    private Recovery recovery = new Recovery();
    @Valid
    private List<PartnerProperties> partners = new ArrayList<>();
    @Valid
    private List<DistrictProperties> districts = new ArrayList<>();

    public static class Intake {
        /** Largest SOAP message accepted, in bytes (default 10 MB). */
        private long maxMessageBytes = 10L * 1024 * 1024;

        public long getMaxMessageBytes() { return maxMessageBytes; }
        public void setMaxMessageBytes(long maxMessageBytes) { this.maxMessageBytes = maxMessageBytes; }
    }

    public static class Queues {
        private String intake = "registry.intake";
        private String exceptions = "registry.exceptions";
        private String deadLetter = "registry.dead-letter";
        /** Consumers on the intake queue; processing is CPU-bound, so about one per core plus one. */
        private int intakeConsumers = 16;
        /**
         * Transmittals per intake message: what the CSENet file channel stored in a chunk, or the SOAP channel
         * meanwhile, is queued as messages that each point at up to this many, and processing takes each such batch
         * in one database and one broker transaction (one at a time again if the batch fails). 1: one message each.
         */
        private int intakeBatchSize = 25;
        /**
         * How long the SOAP channel's queuer waits for more stored transmittals before it queues what it has (never
         * before a receipt: the receipt waits only for the database). 0: queue at once whatever is there.
         */
        private Duration intakeLinger = Duration.ofMillis(20);

        public String getIntake() { return intake; }
        public void setIntake(String intake) { this.intake = intake; }
        public String getExceptions() { return exceptions; }
        public void setExceptions(String exceptions) { this.exceptions = exceptions; }
        public String getDeadLetter() { return deadLetter; }
        public void setDeadLetter(String deadLetter) { this.deadLetter = deadLetter; }
        public int getIntakeConsumers() { return intakeConsumers; }
        public void setIntakeConsumers(int intakeConsumers) { this.intakeConsumers = intakeConsumers; }
        public int getIntakeBatchSize() { return intakeBatchSize; }
        public void setIntakeBatchSize(int intakeBatchSize) { this.intakeBatchSize = intakeBatchSize; }
        public Duration getIntakeLinger() { return intakeLinger; }
        public void setIntakeLinger(Duration intakeLinger) { this.intakeLinger = intakeLinger; }
    }

    public static class Redelivery {
        /** Deliveries of one message before it goes to the dead-letter queue. */
        private int maxAttempts = 4;
        /** Broker wait before redelivering a message whose processing rolled back. */
        private Duration delay = Duration.ofSeconds(2);

        public int getMaxAttempts() { return maxAttempts; }
        public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
        public Duration getDelay() { return delay; }
        public void setDelay(Duration delay) { this.delay = delay; }
    }

    public static class Recovery {
        /** A transmittal still RECEIVED after this long is put on the intake queue again. */
        private Duration requeueAfter = Duration.ofMinutes(2);
        private Duration interval = Duration.ofSeconds(30);

        public Duration getRequeueAfter() { return requeueAfter; }
        public void setRequeueAfter(Duration requeueAfter) { this.requeueAfter = requeueAfter; }
        public Duration getInterval() { return interval; }
        public void setInterval(Duration interval) { this.interval = interval; }
    }

    public String getHomeState() { return homeState; }
    public void setHomeState(String homeState) { this.homeState = homeState; }
    public String getRegistryLocatorCode() { return registryLocatorCode; }
    public void setRegistryLocatorCode(String registryLocatorCode) { this.registryLocatorCode = registryLocatorCode; }
    public Intake getIntake() { return intake; }
    public void setIntake(Intake intake) { this.intake = intake; }
    public Queues getQueues() { return queues; }
    public void setQueues(Queues queues) { this.queues = queues; }
    public Redelivery getRedelivery() { return redelivery; }
    public void setRedelivery(Redelivery redelivery) { this.redelivery = redelivery; }
    public Recovery getRecovery() { return recovery; }
    public void setRecovery(Recovery recovery) { this.recovery = recovery; }
    public List<PartnerProperties> getPartners() { return partners; }
    public void setPartners(List<PartnerProperties> partners) { this.partners = partners; }
    public List<DistrictProperties> getDistricts() { return districts; }
    public void setDistricts(List<DistrictProperties> districts) { this.districts = districts; }
}
