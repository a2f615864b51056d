package org.csx.gateway.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.csx.gateway.documents.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges personal data a configurable time ({@code csx.retention.keep-after-finished}) after its case is finished.
 *
 * <p><b>Finished</b> means the registry has nothing left to do with the case:
 * <ul>
 *   <li>the transmittal is ACKNOWLEDGED (forwarded to its district, sender told) or REJECTED (sender told why);
 *       RECEIVED, VALIDATED, FORWARDED, ROUTING_EXCEPTION and DEAD_LETTERED still need the raw message;</li>
 *   <li>no duty of the case is open (documents still awaited, an inquiry unanswered);</li>
 *   <li>a registration it opened is CONFIRMED, VACATED or WITHDRAWN (until then the court packet needs the
 *       original transmittal);</li>
 * </ul>
 * and the time since is counted from the latest of these events (last status change, duty completion,
 * registration status change, document arrival).
 *
 * <p><b>Purged</b>: the raw message (the ledger row, its history and the message's SHA-256 stay, so a resend
 * still gets its original receipt), and the content of the case's documents once no unpurged case holds the same
 * content (their metadata stays). CSENet files in done/ go after {@code csx.retention.csenet-files}; failed/ files
 * are left for staff (they were never taken in).
 *
 * <p><b>Once across instances</b>: cases are claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED} and marked
 * ({@code transmittal.purged_at}) in the same transaction, documents with a guarded
 * {@code UPDATE ... WHERE content_purged_at IS NULL RETURNING}, as the duty jobs do.
 */
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final DocumentStore documents;
    private final RetentionProperties properties;
    private final List<Path> csenetInboxes;
    private final Clock clock;

    public RetentionJob(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DocumentStore documents,
                        RetentionProperties properties, List<Path> csenetInboxes, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.documents = documents;
        this.properties = properties;
        this.csenetInboxes = csenetInboxes;
        this.clock = clock;
    }

    public record Purged(List<UUID> cases, List<String> documents, int csenetFiles) {
    }

    @Scheduled(initialDelayString = "${csx.retention.interval:1h}", fixedDelayString = "${csx.retention.interval:1h}")
    public void scheduled() {
        purge(clock.instant());
    }

    public Purged purge(Instant now) {
        List<UUID> cases = purgeFinishedCases(now, now.minus(properties.getKeepAfterFinished()));
        List<String> contents = purgeUnheldDocuments(now);
        int files = purgeCsenetFiles(now.minus(properties.getCsenetFiles()));
        if (!cases.isEmpty() || !contents.isEmpty() || files > 0) {
            log.info("Retention: purged the raw message of {} finished case(s), {} document(s), {} CSENet file(s)",
                    cases.size(), contents.size(), files);
        }
        return new Purged(cases, contents, files);
    }

    /** @return the cases whose raw message this run purged */
    List<UUID> purgeFinishedCases(Instant now, Instant cutoff) {
        Timestamp at = Timestamp.from(now);
        Timestamp before = Timestamp.from(cutoff);
        List<UUID> purged = transaction.execute(tx -> {
            List<UUID> claimed = jdbc.queryForList("""
                    WITH finished AS (
                        SELECT t.tracking_id FROM transmittal t
                        WHERE t.purged_at IS NULL
                          AND t.status IN ('ACKNOWLEDGED', 'REJECTED')
                          AND t.status_changed_at < ?
                          AND NOT EXISTS (SELECT 1 FROM duty d WHERE d.tracking_id = t.tracking_id
                                          AND (d.completed_at IS NULL OR d.completed_at >= ?))
                          AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.tracking_id = t.tracking_id
                                          AND (r.status NOT IN ('CONFIRMED', 'VACATED', 'WITHDRAWN')
                                               OR r.status_changed_at >= ?))
                          AND NOT EXISTS (SELECT 1 FROM case_document c WHERE c.tracking_id = t.tracking_id
                                          AND c.received_at >= ?)
                        ORDER BY t.status_changed_at
                        LIMIT ?
                        FOR UPDATE OF t SKIP LOCKED)
                    UPDATE transmittal t SET purged_at = ? FROM finished f
                    WHERE t.tracking_id = f.tracking_id AND t.purged_at IS NULL
                    RETURNING t.tracking_id
                    """, UUID.class, before, before, before, before, BATCH, at);
            for (UUID id : claimed) {
                jdbc.update("UPDATE transmittal_message SET raw_message = NULL WHERE tracking_id = ?", id);
                // a failed delivery about the case keeps its body for staff until then (docs/delivery.md)
                jdbc.update("UPDATE partner_delivery SET body = NULL WHERE tracking_id = ? AND body IS NOT NULL", id);
                jdbc.update("""
                        INSERT INTO transmittal_event (tracking_id, status, occurred_at, detail)
                        SELECT tracking_id, status, ?, 'raw message and documents purged (retention)'
                        FROM transmittal WHERE tracking_id = ?""", at, id);
            }
            return claimed;
        });
        return purged == null ? List.of() : purged;
    }

    /**
     * Content no unpurged case holds: marked and deleted from the store in one transaction (a run that fails before
     * its commit leaves the rows for the next run; the files it deleted were due to go).
     */
    List<String> purgeUnheldDocuments(Instant now) {
        List<String> purged = transaction.execute(tx -> {
            List<String> unheld = jdbc.queryForList("""
                    UPDATE case_document c SET content_purged_at = ?
                    WHERE c.content_purged_at IS NULL
                      AND NOT EXISTS (SELECT 1 FROM case_document h JOIN transmittal t ON t.tracking_id = h.tracking_id
                                      WHERE h.sha256 = c.sha256 AND t.purged_at IS NULL)
                    RETURNING c.sha256""", String.class, Timestamp.from(now));
            List<String> distinct = unheld.stream().distinct().toList();
            distinct.forEach(documents::delete);
            return distinct;
        });
        return purged == null ? List.of() : purged;
    }

    /** done/ files older than the cutoff, by their time stamp (the time they were written into the inbox). */
    int purgeCsenetFiles(Instant cutoff) {
        int deleted = 0;
        for (Path inbox : csenetInboxes) {
            Path done = inbox.resolve("done");
            if (!Files.isDirectory(done)) {
                continue;
            }
            try (Stream<Path> files = Files.list(done)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && Files.deleteIfExists(file)) {
                        deleted++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot purge CSENet files in " + done, e);
            }
        }
        return deleted;
    }
}
