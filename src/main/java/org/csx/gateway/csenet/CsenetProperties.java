package org.csx.gateway.csenet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The CSENet file channel ({@code csx.csenet.*}): where files come in, where files for partners go out,
 * and which partners get their acknowledgments as CSENet files instead of on their JMS queue.
 * Routes read these through {@code {{csx.csenet....}}} placeholders; beans get this object.
 */
@ConfigurationProperties(prefix = "csx.csenet")
public class CsenetProperties {

    /**
     * The federal CSENet drop, watched for complete CSENet files (*.txt); finished files move to done/ or failed/
     * below it. Records from any state the partner directory knows are taken here.
     */
    private String inbox = "./data/csenet/inbox";

    /** Inboxes bound to one partner each: a record there claiming another sender is refused (GW13). */
    private List<PartnerInbox> partnerInboxes = new ArrayList<>();

    public static class PartnerInbox {
        private String partnerId;
        private String directory;

        public String getPartnerId() { return partnerId; }
        public void setPartnerId(String partnerId) { this.partnerId = partnerId; }
        public String getDirectory() { return directory; }
        public void setDirectory(String directory) { this.directory = directory; }
    }

    /** One directory per partner below it: outbox/&lt;partner id&gt;/ holds the files written for that partner. */
    private String outbox = "./data/csenet/outbox";

    /**
     * Partner ids whose acknowledgments and rejections are written as CSENet files into their outbox
     * instead of being left on partner.&lt;id&gt;.outbound for them to consume.
     */
    private List<String> partners = new ArrayList<>();

    /** Header layout of the files in the inbox: RECEIVED (121 bytes, from the CSENet server) or SENT (127). */
    private HeaderLayout inboundHeaderLayout = HeaderLayout.RECEIVED;

    /** Milliseconds between two looks at the inbox. */
    private long pollDelay = 1000;

    /**
     * Milliseconds a file's size and modification time must stay unchanged before it is taken (readLock=changed),
     * a second guard behind the rename convention.
     */
    private long readLockCheckInterval = 1000;

    /** Records stored in one database transaction and queued in one broker transaction. */
    private int chunkSize = 500;

    /**
     * Back-pressure: a chunk is only queued while at most this many transmittals wait for processing (RECEIVED);
     * 0 turns it off.
     */
    private int maxInFlight = 2000;

    /** How often staged outbound records are written out as files. */
    private Duration outboxFlushInterval = Duration.ofSeconds(2);

    /** Most records in one outbox file; more pending records go to the next file. */
    private int outboxFileMaxRecords = 10_000;

    public String getInbox() { return inbox; }
    public void setInbox(String inbox) { this.inbox = inbox; }
    public List<PartnerInbox> getPartnerInboxes() { return partnerInboxes; }
    public void setPartnerInboxes(List<PartnerInbox> partnerInboxes) { this.partnerInboxes = partnerInboxes; }
    public String getOutbox() { return outbox; }
    public void setOutbox(String outbox) { this.outbox = outbox; }
    public List<String> getPartners() { return partners; }
    public void setPartners(List<String> partners) { this.partners = partners; }
    public HeaderLayout getInboundHeaderLayout() { return inboundHeaderLayout; }
    public void setInboundHeaderLayout(HeaderLayout inboundHeaderLayout) { this.inboundHeaderLayout = inboundHeaderLayout; }
    public long getPollDelay() { return pollDelay; }
    public void setPollDelay(long pollDelay) { this.pollDelay = pollDelay; }
    public long getReadLockCheckInterval() { return readLockCheckInterval; }
    public void setReadLockCheckInterval(long readLockCheckInterval) { this.readLockCheckInterval = readLockCheckInterval; }
    public int getChunkSize() { return chunkSize; }
    public void setChunkSize(int chunkSize) { this.chunkSize = chunkSize; }
    public int getMaxInFlight() { return maxInFlight; }
    public void setMaxInFlight(int maxInFlight) { this.maxInFlight = maxInFlight; }
    public Duration getOutboxFlushInterval() { return outboxFlushInterval; }
    public void setOutboxFlushInterval(Duration outboxFlushInterval) { this.outboxFlushInterval = outboxFlushInterval; }
    public int getOutboxFileMaxRecords() { return outboxFileMaxRecords; }
    public void setOutboxFileMaxRecords(int outboxFileMaxRecords) { this.outboxFileMaxRecords = outboxFileMaxRecords; }
}
