package org.csx.gateway.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.csx.gateway.database.StagedStatements;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.csx.gateway.validation.Violation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The gateway's record of every transmittal: stored on receipt, then moved through
 * {@link TransmittalStatus} with each step recorded.
 *
 * <p>Every write is idempotent, because processing runs in a JMS transaction that the database is not
 * part of: a message redelivered after its database writes committed repeats them and changes nothing.
 */
@Repository
public class TransmittalLedger {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PersonalDataCipher cipher;

    /** SOAP receipts of concurrent requests, one statement for those that arrive together. */
    private final ConcurrentReceipts concurrentReceipts = new ConcurrentReceipts(this::recordReceipts, RECEIPTS_PER_STATEMENT);

    /** At most this many concurrent receipts in one statement (a statement's time is every caller's wait). */
    private static final int RECEIPTS_PER_STATEMENT = 50;

    public TransmittalLedger(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PersonalDataCipher cipher,
                             MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.cipher = cipher;
        FunctionCounter.builder("csx.receipts.statements", concurrentReceipts, ConcurrentReceipts::statements)
                .description("Statements that wrote concurrent receipts (SOAP), each one commit").register(meters);
        FunctionCounter.builder("csx.receipts.written", concurrentReceipts, ConcurrentReceipts::written)
                .description("Receipts those statements carried").register(meters);
        Gauge.builder("csx.receipts.waiting", concurrentReceipts, ConcurrentReceipts::queued)
                .description("SOAP requests waiting for the statement that writes their receipt").register(meters);
    }

    /** The raw message holds SSNs and dates of birth: encrypted, bound to its transmittal (docs/personal-data.md). */
    private static String rawMessageContext(UUID trackingId) {
        return "transmittal_message/" + trackingId;
    }

    /**
     * Stores a received transmittal, its raw message and its RECEIVED event in one statement, or, when the
     * partner already sent this serial number, returns the original receipt. The unique key
     * (partner, serial number) decides, so two concurrent resends cannot both be stored.
     *
     * <p>Outside a transaction (a SOAP request) the statement also carries the transmittals of callers that came at
     * the same time ({@link ConcurrentReceipts}) and commits on its own before this returns. Inside one, the
     * transmittal is written alone, in that transaction: others' receipts must not depend on its commit.
     */
    public ReceiptRecord recordReceipt(ReceivedTransmittal received) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return recordReceipts(List.of(received)).get(0);
        }
        return concurrentReceipts.record(received);
    }

    /**
     * {@link #recordReceipt} for several transmittals in ONE statement (the CSENet file channel's chunk): each stored
     * with its raw message and RECEIVED event, or, for a serial number the partner already used (before, or earlier
     * in the same list), the original receipt. The receipts in the order given.
     */
    public List<ReceiptRecord> recordReceipts(List<ReceivedTransmittal> received) {
        if (received.isEmpty()) {
            return List.of();
        }
        int n = received.size();
        UUID[] ids = new UUID[n];
        String[][] columns = new String[13][n];
        for (int i = 0; i < n; i++) {
            ReceivedTransmittal r = received.get(i);
            ids[i] = UUID.randomUUID();
            String[] row = {r.partnerId(), r.channel(), r.senderKind().value(), r.senderLocatorCode(),
                    r.senderCountryCode(), r.transactionSerialNumber(), r.functionalType(), r.actionCode(),
                    r.actionReason(), r.senderCaseId(), r.sha256(), cipher.seal(r.rawMessage(), rawMessageContext(ids[i])),
                    "received over " + r.channel() + " from partner " + r.partnerId()};
            for (int c = 0; c < row.length; c++) {
                columns[c][i] = row[c];
            }
        }
        // PostgreSQL keeps microseconds: the receipt must show exactly what a resend will read back.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        // in the order given (WITH ORDINALITY): of two with the same serial number the first is stored, as one by one
        List<UUID> inserted = jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    WITH i AS (
                        SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                             ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                            WITH ORDINALITY AS i (tracking_id, partner_id, channel, sender_kind, sender_locator_code,
                                sender_country_code, transaction_serial_number, functional_type, action_code, action_reason,
                                sender_case_id, sha256, raw_message, detail, seq)),
                    t AS (
                        INSERT INTO transmittal (tracking_id, partner_id, channel, sender_kind, sender_locator_code,
                            sender_country_code, transaction_serial_number, functional_type, action_code, action_reason,
                            sender_case_id, received_at, status, status_changed_at)
                        SELECT tracking_id, partner_id, channel, sender_kind, sender_locator_code, sender_country_code,
                            transaction_serial_number, functional_type, action_code, action_reason, sender_case_id, ?,
                            'RECEIVED', ?
                        FROM i ORDER BY seq
                        ON CONFLICT (partner_id, transaction_serial_number) DO NOTHING
                        RETURNING tracking_id, received_at),
                    m AS (INSERT INTO transmittal_message (tracking_id, sha256, raw_message)
                          SELECT t.tracking_id, i.sha256, i.raw_message FROM t JOIN i USING (tracking_id)),
                    e AS (INSERT INTO transmittal_event (tracking_id, status, occurred_at, detail)
                          SELECT t.tracking_id, 'RECEIVED', t.received_at, i.detail FROM t JOIN i USING (tracking_id))
                    SELECT tracking_id FROM t
                    """);
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            for (int c = 0; c < columns.length; c++) {
                statement.setArray(c + 2, connection.createArrayOf("text", columns[c]));
            }
            statement.setTimestamp(15, Timestamp.from(now.toInstant()));
            statement.setTimestamp(16, Timestamp.from(now.toInstant()));
            return statement;
        }, (rs, i) -> rs.getObject(1, UUID.class));
        Set<UUID> stored = new HashSet<>(inserted);
        List<ReceiptRecord> receipts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            receipts.add(stored.contains(ids[i]) ? new ReceiptRecord(ids[i], now, false, true) : original(received.get(i)));
        }
        return receipts;
    }

    /** The receipt of the transmittal the partner first sent with this serial number. */
    private ReceiptRecord original(ReceivedTransmittal received) {
        return jdbc.queryForObject("""
                SELECT t.tracking_id, t.received_at, m.sha256
                FROM transmittal t JOIN transmittal_message m ON m.tracking_id = t.tracking_id
                WHERE t.partner_id = ? AND t.transaction_serial_number = ?
                """, (rs, i) -> new ReceiptRecord(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, OffsetDateTime.class),
                        true,
                        rs.getString(3).equals(received.sha256())),
                received.partnerId(), received.transactionSerialNumber());
    }

    /** Notes a resend in the history; the transmittal itself is not processed again. */
    public void recordResend(UUID trackingId) {
        jdbc.update("INSERT INTO transmittal_event (tracking_id, status, occurred_at, detail) "
                        + "SELECT tracking_id, status, now(), 'resent by the partner; original receipt returned' "
                        + "FROM transmittal WHERE tracking_id = ?", trackingId);
    }

    /**
     * Moves a transmittal through one or more statuses at once (for example VALIDATED, FORWARDED,
     * ACKNOWLEDGED) and records each. Only applies when the current status may lead to the first change;
     * otherwise it was already recorded (a redelivery) and nothing happens.
     *
     * @return true if the changes were recorded now
     */
    public boolean advance(UUID trackingId, List<StatusChange> changes, String districtId, String reason) {
        return StagedStatements.update(jdbc, ADVANCE, advanceRow(trackingId, changes, districtId, reason)) > 0;
    }

    /**
     * {@link #advance}, for a transmittal whose row this transaction locked and found RECEIVED (processing's claim):
     * staged ({@link StagedStatements}), written with the transaction's next statement or before its commit, with the
     * other transmittals' outcomes of the same batch in one round trip. The same condition applies when it is written.
     */
    public void advanceClaimed(UUID trackingId, List<StatusChange> changes, String districtId, String reason) {
        // never REJECTED (reject writes at once): reads of which cases the registry holds run past what is staged
        // (CaseDocumentRepository.caseBySenderCaseId), and only a rejection changes their answer
        if (changes.stream().anyMatch(change -> change.status() == TransmittalStatus.REJECTED)) {
            throw new IllegalArgumentException("a rejection is recorded with reject, not staged");
        }
        StagedStatements.stage(jdbc, ADVANCE, advanceRow(trackingId, changes, districtId, reason));
    }

    // One statement: the status and its events together, so they commit together without a transaction of their
    // own, and one round trip to PostgreSQL instead of two (docs/performance.md). Combined: the outcomes staged by a
    // batch of transmittals are one execution, each transmittal a row of the unnested arrays.
    private static final StagedStatements.Combined ADVANCE = new StagedStatements.Combined("""
            WITH input AS (
                SELECT * FROM unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::text[], ?::text[])
                    AS i (tracking_id, status, district_id, reason, predecessors)),
            changed AS (
                UPDATE transmittal t
                SET status = i.status, status_changed_at = now(),
                    district_id = COALESCE(i.district_id, t.district_id), status_reason = i.reason
                FROM input i
                WHERE t.tracking_id = i.tracking_id AND t.status = ANY (string_to_array(i.predecessors, ','))
                RETURNING t.tracking_id)
            INSERT INTO transmittal_event (tracking_id, status, occurred_at, detail)
            SELECT change.tracking_id, change.status, now(), change.detail
            FROM unnest(?::uuid[], ?::varchar[], ?::text[]) WITH ORDINALITY AS change (tracking_id, status, detail, seq)
            JOIN changed USING (tracking_id)
            ORDER BY change.seq
            """, TransmittalLedger::advanceExecutions);

    /** One transmittal's outcome: a row of {@link #ADVANCE} before it is combined. */
    private record Advance(UUID trackingId, String status, String districtId, String reason, String predecessors,
                           List<StatusChange> changes) {
    }

    static Object[] advanceRow(UUID trackingId, List<StatusChange> changes, String districtId, String reason) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("no status change given");
        }
        for (int i = 1; i < changes.size(); i++) {
            if (!changes.get(i).status().canFollow(changes.get(i - 1).status())) {
                throw new IllegalArgumentException(changes.get(i).status() + " cannot follow " + changes.get(i - 1).status());
            }
        }
        TransmittalStatus last = changes.get(changes.size() - 1).status();
        String predecessors = changes.get(0).status().predecessors().stream().map(Enum::name)
                .collect(Collectors.joining(","));
        return new Object[] {new Advance(trackingId, last.name(), districtId, reason, predecessors, List.copyOf(changes))};
    }

    /** The staged outcomes as executions of {@link #ADVANCE}, in order: a transmittal advanced twice, in two. */
    static List<Object[]> advanceExecutions(List<Object[]> rows) {
        return StagedStatements.Combined.runs(rows, row -> ((Advance) row[0]).trackingId()).stream()
                .map(run -> advanceExecution(run.stream().map(row -> (Advance) row[0]).toList()))
                .toList();
    }

    private static Object[] advanceExecution(List<Advance> run) {
        List<UUID> eventIds = new ArrayList<>();
        List<String> eventStatuses = new ArrayList<>();
        List<String> eventDetails = new ArrayList<>();
        for (Advance advance : run) {
            for (StatusChange change : advance.changes()) {
                eventIds.add(advance.trackingId());
                eventStatuses.add(change.status().name());
                eventDetails.add(change.detail());
            }
        }
        return new Object[] {
                new StagedStatements.SqlArray("uuid", run.stream().map(Advance::trackingId).toArray()),
                new StagedStatements.SqlArray("varchar", run.stream().map(Advance::status).toArray()),
                new StagedStatements.SqlArray("varchar", run.stream().map(Advance::districtId).toArray()),
                new StagedStatements.SqlArray("text", run.stream().map(Advance::reason).toArray()),
                new StagedStatements.SqlArray("text", run.stream().map(Advance::predecessors).toArray()),
                new StagedStatements.SqlArray("uuid", eventIds.toArray()),
                new StagedStatements.SqlArray("varchar", eventStatuses.toArray()),
                new StagedStatements.SqlArray("text", eventDetails.toArray())};
    }

    /** Records the violations that made a transmittal REJECTED, together with the status change. */
    public boolean reject(UUID trackingId, List<Violation> violations) {
        Boolean recorded = transaction.execute(tx -> {
            boolean changed = advance(trackingId,
                    List.of(new StatusChange(TransmittalStatus.REJECTED, violations.size() + " violation(s); rejection sent")),
                    null, violations.size() + " violation(s)");
            if (changed) {
                jdbc.batchUpdate("INSERT INTO transmittal_violation (tracking_id, seq, code, path, message) VALUES (?, ?, ?, ?, ?)",
                        IntStream.range(0, violations.size())
                                .mapToObj(i -> new Object[] {trackingId, i + 1, violations.get(i).code(),
                                        violations.get(i).path(), violations.get(i).message()})
                                .toList());
            }
            return changed;
        });
        return Boolean.TRUE.equals(recorded);
    }

    /**
     * Locks the transmittal's row for the caller's database transaction (processing holds it until its outcome
     * is committed), so two copies of one intake message are processed one after the other and the second
     * finds the transmittal no longer RECEIVED. The raw message comes in the same statement: one round trip to
     * PostgreSQL per transmittal fewer than reading it apart.
     */
    public Optional<LockedTransmittal> lockForProcessing(UUID trackingId) {
        return jdbc.query(LOCK_FOR_PROCESSING + "WHERE t.tracking_id = ? FOR UPDATE OF t", this::locked, trackingId)
                .stream().findFirst();
    }

    /**
     * {@link #lockForProcessing(UUID)} for a batch's transmittals in one statement (one round trip to PostgreSQL
     * instead of one per transmittal), the rows locked in tracking-id order. A tracking id without a row is
     * absent from the map.
     */
    public Map<UUID, LockedTransmittal> lockForProcessing(Collection<UUID> trackingIds) {
        Map<UUID, LockedTransmittal> locked = new HashMap<>();
        if (trackingIds.isEmpty()) {
            return locked;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(LOCK_FOR_PROCESSING
                    + "WHERE t.tracking_id = ANY (?) ORDER BY t.tracking_id FOR UPDATE OF t");
            statement.setArray(1, connection.createArrayOf("uuid", trackingIds.toArray()));
            return statement;
        }, rs -> {
            LockedTransmittal row = locked(rs, 0);
            locked.put(row.trackingId(), row);
        });
        return locked;
    }

    private static final String LOCK_FOR_PROCESSING = """
            SELECT t.tracking_id, t.partner_id, t.channel, t.transaction_serial_number, t.received_at, t.status,
                   m.raw_message
            FROM transmittal t LEFT JOIN transmittal_message m ON m.tracking_id = t.tracking_id
            """;

    private LockedTransmittal locked(ResultSet rs, int rowNum) throws SQLException {
        UUID trackingId = rs.getObject(1, UUID.class);
        String sealed = rs.getString(7);
        return new LockedTransmittal(trackingId, rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), TransmittalStatus.valueOf(rs.getString(6)),
                sealed == null ? null : cipher.open(sealed, rawMessageContext(trackingId)));
    }

    /**
     * Transmittals still RECEIVED whose last queueing is older than the cutoff: their intake message was lost
     * (a crash between the commit and the send, the broker down, processing stopped by a database outage).
     */
    public List<UUID> strandedBefore(OffsetDateTime cutoff, int limit) {
        return jdbc.queryForList("""
                SELECT tracking_id FROM transmittal
                WHERE status = 'RECEIVED' AND COALESCE(queued_at, received_at) < ?
                ORDER BY received_at LIMIT ?
                """, UUID.class, Timestamp.from(cutoff.toInstant()), limit);
    }

    /**
     * Claims one stranded transmittal for re-queueing in the caller's transaction (SKIP LOCKED: another instance
     * re-queueing it now is left alone) and counts the queueing.
     *
     * @return the new queue count (part of the fresh duplicate id), or empty if it is no longer stranded
     */
    public Optional<Integer> claimForRequeue(UUID trackingId, OffsetDateTime cutoff) {
        List<Integer> claimed = jdbc.queryForList("""
                UPDATE transmittal SET queued_at = now(), queue_count = queue_count + 1
                WHERE tracking_id = (SELECT tracking_id FROM transmittal
                                     WHERE tracking_id = ? AND status = 'RECEIVED' AND COALESCE(queued_at, received_at) < ?
                                     FOR UPDATE SKIP LOCKED)
                RETURNING queue_count
                """, Integer.class, trackingId, Timestamp.from(cutoff.toInstant()));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("INSERT INTO transmittal_event (tracking_id, status, occurred_at, detail) VALUES (?, 'RECEIVED', now(), ?)",
                trackingId, "put on the intake queue again by the recovery job (queueing " + claimed.get(0) + ")");
        return Optional.of(claimed.get(0));
    }

    /**
     * A dead-lettered transmittal goes back to RECEIVED (DEAD_LETTERED → RECEIVED) to be processed again, counted as
     * queued now so the recovery job does not queue it a second time. Call in the transaction that queues it.
     *
     * @return false if it was not DEAD_LETTERED (nothing changed)
     */
    public boolean replay(UUID trackingId, String detail) {
        if (!advance(trackingId, List.of(new StatusChange(TransmittalStatus.RECEIVED, detail)), null, null)) {
            return false;
        }
        jdbc.update("UPDATE transmittal SET queued_at = now(), queue_count = queue_count + 1 WHERE tracking_id = ?",
                trackingId);
        return true;
    }

    /** Whether the ledger holds this transmittal. */
    public boolean exists(UUID trackingId) {
        return !jdbc.queryForList("SELECT 1 FROM transmittal WHERE tracking_id = ?", Integer.class, trackingId).isEmpty();
    }

    /**
     * How many transmittals are still RECEIVED (stored, not yet processed), counted up to {@code atMost}: a count,
     * not the rows (the CSENet intake asks before every chunk, and the backlog can be thousands).
     */
    public int receivedCount(int atMost) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM transmittal WHERE status = 'RECEIVED' "
                + "LIMIT ?) waiting", Integer.class, atMost);
        return count == null ? 0 : count;
    }

    /** The message as the partner sent it, decrypted; empty when unknown or purged by the retention job. */
    public Optional<String> rawMessage(UUID trackingId) {
        return jdbc.queryForList("SELECT raw_message FROM transmittal_message WHERE tracking_id = ?", String.class, trackingId)
                .stream().filter(java.util.Objects::nonNull).findFirst()
                .map(sealed -> cipher.open(sealed, rawMessageContext(trackingId)));
    }

    /**
     * Encrypts raw messages stored in clear before encryption was introduced (a database from an earlier
     * version), a batch at a time. @return how many were sealed now
     */
    public int sealRawMessagesStoredInClear(int limit) {
        Integer sealed = transaction.execute(tx -> {
            List<UUID> clear = jdbc.queryForList("""
                    SELECT tracking_id FROM transmittal_message
                    WHERE raw_message IS NOT NULL AND raw_message NOT LIKE 'csx-enc:%'
                    LIMIT ? FOR UPDATE SKIP LOCKED""", UUID.class, limit);
            for (UUID id : clear) {
                String raw = jdbc.queryForObject("SELECT raw_message FROM transmittal_message WHERE tracking_id = ?",
                        String.class, id);
                jdbc.update("UPDATE transmittal_message SET raw_message = ? WHERE tracking_id = ?",
                        cipher.seal(raw, rawMessageContext(id)), id);
            }
            return clear.size();
        });
        return sealed == null ? 0 : sealed;
    }

    public Optional<TransmittalView> find(UUID trackingId) {
        List<TransmittalView> found = jdbc.query("""
                SELECT tracking_id, partner_id, channel, sender_kind, sender_locator_code, sender_country_code,
                       transaction_serial_number, functional_type, action_code, action_reason, sender_case_id,
                       received_at, status, status_changed_at, district_id, status_reason
                FROM transmittal WHERE tracking_id = ?
                """, (rs, i) -> new TransmittalView(
                        rs.getObject("tracking_id", UUID.class),
                        rs.getString("partner_id"),
                        rs.getString("channel"),
                        rs.getString("sender_kind"),
                        rs.getString("sender_locator_code"),
                        rs.getString("sender_country_code"),
                        rs.getString("transaction_serial_number"),
                        rs.getString("functional_type"),
                        rs.getString("action_code"),
                        rs.getString("action_reason"),
                        rs.getString("sender_case_id"),
                        rs.getObject("received_at", OffsetDateTime.class),
                        TransmittalStatus.valueOf(rs.getString("status")),
                        rs.getObject("status_changed_at", OffsetDateTime.class),
                        rs.getString("district_id"),
                        rs.getString("status_reason"),
                        history(trackingId),
                        violations(trackingId)),
                trackingId);
        return found.stream().findFirst();
    }

    private List<TransmittalView.Event> history(UUID trackingId) {
        return jdbc.query("SELECT status, occurred_at, detail FROM transmittal_event WHERE tracking_id = ? ORDER BY id",
                (rs, i) -> new TransmittalView.Event(TransmittalStatus.valueOf(rs.getString(1)),
                        rs.getObject(2, OffsetDateTime.class), rs.getString(3)),
                trackingId);
    }

    private List<TransmittalView.Violation> violations(UUID trackingId) {
        return jdbc.query("SELECT code, path, message FROM transmittal_violation WHERE tracking_id = ? ORDER BY seq",
                (rs, i) -> new TransmittalView.Violation(rs.getString(1), rs.getString(2), rs.getString(3)),
                trackingId);
    }
}
