package org.csx.gateway.csenet;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cluster-safe read lock of the CSENet inboxes (routes/csenet-inbound.yaml, {@code readLock=idempotent-changed}):
 * several gateway instances poll one shared inbox, and a file is taken by the one instance whose claim row
 * (table {@code csenet_inbox_claim}, key = the file's absolute path) went in first; the others skip it. The claim
 * is removed when the file has been moved (done/ or failed/), so the same name may come again. Why not
 * {@code readLock=changed} alone: it only waits for the file to stop growing, and two instances would both take it.
 *
 * <p>An instance killed mid-file leaves its claim: the file stays in the inbox and another instance takes it over
 * once the claim is older than {@code csx.csenet.inbox-claim-stale-after} (default 30 minutes, well above the
 * time a 50,000-record file takes); its records already stored are then recognised as resends.
 */
@Component("csenetInboxClaims")
class CsenetInboxClaims implements IdempotentRepository {

    private final JdbcTemplate jdbc;
    private final Duration staleAfter;
    private final String instance;

    CsenetInboxClaims(JdbcTemplate jdbc, @Value("${csx.csenet.inbox-claim-stale-after:30m}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.staleAfter = staleAfter;
        this.instance = instanceName();
    }

    /** Claims the file: true when no live claim exists (a new claim, or a stale one taken over). */
    @Override
    public boolean add(String key) {
        return !jdbc.queryForList("""
                INSERT INTO csenet_inbox_claim (file_key, claimed_by, claimed_at) VALUES (?, ?, now())
                ON CONFLICT (file_key) DO UPDATE SET claimed_by = EXCLUDED.claimed_by, claimed_at = EXCLUDED.claimed_at
                WHERE csenet_inbox_claim.claimed_at < ?
                RETURNING file_key""", String.class, key, instance, staleBefore()).isEmpty();
    }

    @Override
    public boolean contains(String key) {
        return !jdbc.queryForList("SELECT file_key FROM csenet_inbox_claim WHERE file_key = ? AND claimed_at >= ?",
                String.class, key, staleBefore()).isEmpty();
    }

    /** Releases the claim (the file has moved on, or this instance gave it up). */
    @Override
    public boolean remove(String key) {
        return jdbc.update("DELETE FROM csenet_inbox_claim WHERE file_key = ?", key) > 0;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    /** Never called by the file component; clears nothing another instance may hold. */
    @Override
    public void clear() {
        jdbc.update("DELETE FROM csenet_inbox_claim WHERE claimed_by = ?", instance);
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
    }

    private Timestamp staleBefore() {
        return Timestamp.from(Instant.now().minus(staleAfter));
    }

    /** Host and process id: which instance holds a claim, for staff looking at the table. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
