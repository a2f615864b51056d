package org.csx.gateway.registration;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.csx.gateway.registration.RegistrationRequest.Name;
import org.csx.gateway.registration.RegistrationRequest.OrderLine;
import org.csx.gateway.database.StagedStatements;
import org.csx.gateway.database.StagedStatements.SqlArray;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry of registrations (Flyway V3). Every write is idempotent or guarded by the status it
 * expects, because the processing route's broker transaction does not include the database: opening
 * is keyed on the transmittal's tracking id, and a status change applies only from the status it was
 * decided on (a concurrent or repeated change finds nothing to update).
 */
@Repository
public class RegistrationRegistry {

    /** One recorded move of the lifecycle. */
    public record Move(RegistrationStatus from, RegistrationStatus to, String detail) {
    }

    public record StoredNotice(String version, LocalDate noticeDate, byte[] pdf) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public RegistrationRegistry(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transaction.execute(tx -> work.get());
    }

    /** A registration, and whether this call opened it (in the caller's transaction) or found it opened before. */
    public record Opened(RegistrationRecord registration, boolean isNew) {
    }

    /**
     * Opens the registration for this transmittal, or finds the one already opened for it. A new one comes back as
     * its insert returned it (no second read); its children, orders and first event are staged.
     */
    public Opened openIfAbsent(RegistrationRequest r, OffsetDateTime receivedAt) {
        return transaction.execute(tx -> {
            UUID id = UUID.randomUUID();
            Optional<ControllingOrderDecision> c = r.controllingOrder();
            // Past what is staged: a new row keyed on its own tracking id, which nothing staged touches (staged are other
            // registrations' status changes and rows, the outbox, ledger outcomes, duties, reviews); the batch's staged rows
            // then go together at its end instead of before each registration (docs/performance.md, twelfth session).
            List<RegistrationRecord> inserted = StagedStatements.pastStaged(jdbc, () -> jdbc.query("""
                    INSERT INTO registration (id, tracking_id, partner_id, sender_kind, sender_locator_code, sender_country_code,
                        sender_case_id, transaction_serial_number, reason_code, purpose, requester, convention_order,
                        contesting_party_abroad, issuing_jurisdiction_kind, issuing_jurisdiction, issuing_tribunal, district_id,
                        court_id, obligor_last_name, obligor_first_name, obligee_last_name, obligee_first_name, alleged_arrears,
                        arrears_as_of, controlling_order_id, controlling_order_rule, controlling_order_section,
                        controlling_order_explanation, new_order_required, status, status_changed_at, received_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', now(), ?)
                    ON CONFLICT (tracking_id) DO NOTHING
                    RETURNING *
                    """, RegistrationRegistry::record,
                    id, r.trackingId(), r.partnerId(), r.senderKind(), r.senderLocatorCode(), r.senderCountryCode(),
                    r.senderCaseId(), r.transactionSerialNumber(), r.reason().name(), r.reason().purpose().name(),
                    r.reason().requester().name(), r.conventionOrder(), r.contestingPartyAbroad(),
                    r.issuingJurisdiction().kind().name(), r.issuingJurisdiction().code(), r.issuingJurisdiction().tribunal(),
                    r.districtId(), r.courtId(),
                    last(r.obligor()), first(r.obligor()), last(r.obligee()), first(r.obligee()),
                    r.allegedArrears(), date(r.arrearsAsOf()),
                    c.flatMap(ControllingOrderDecision::controlling).orElse(null),
                    c.map(d -> d.rule().name()).orElse(null), c.map(d -> d.rule().section()).orElse(null),
                    c.map(ControllingOrderDecision::explanation).orElse(null),
                    c.map(ControllingOrderDecision::newOrderRequired).orElse(null),
                    java.sql.Timestamp.from(receivedAt.toInstant())));
            if (inserted.isEmpty()) {
                return new Opened(jdbc.queryForObject("SELECT * FROM registration WHERE tracking_id = ?",
                        RegistrationRegistry::record, r.trackingId()), false);
            }
            // staged (StagedStatements): each list as one JDBC batch, with the batch's other registrations (docs/performance.md)
            List<Object[]> children = new ArrayList<>();
            for (int i = 0; i < r.children().size(); i++) {
                children.add(new Object[] {id, i + 1, last(r.children().get(i)), first(r.children().get(i))});
            }
            StagedStatements.stage(jdbc,
                    "INSERT INTO registration_child (registration_id, seq, last_name, first_name) VALUES (?, ?, ?, ?)",
                    children);
            List<Object[]> orders = new ArrayList<>();
            for (int i = 0; i < r.orders().size(); i++) {
                OrderLine o = r.orders().get(i);
                orders.add(new Object[] {id, i + 1, o.orderId(), o.issuingLocatorCode(), o.tribunalCaseNumber(),
                        date(o.issuedOn()), o.obligationKind().name(), o.amount(), o.frequency(), o.medicalOrdered(),
                        o.arrearsTotal(), o.controllingOrderFlag()});
            }
            StagedStatements.stage(jdbc, """
                    INSERT INTO registration_order (registration_id, seq, order_id, issuing_locator_code, tribunal_case_number,
                        issued_on, obligation_kind, amount, frequency, medical_ordered, arrears_total, controlling_order_flag)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, orders);
            // the same statement as every move's events: staged rows of one statement keep their order
            insertEvents(id, List.of(new Move(null, RegistrationStatus.RECEIVED,
                    "opened from transmittal " + r.trackingId() + " (ENF R " + r.reason().name() + ")"
                            + (r.conventionOrder() ? ", Convention order" : ""))));
            return new Opened(inserted.get(0), true);
        });
    }

    public Optional<RegistrationRecord> find(UUID id) {
        return jdbc.query("SELECT * FROM registration WHERE id = ?", RegistrationRegistry::record, id).stream().findFirst();
    }

    public Optional<UUID> idForTransmittal(UUID trackingId) {
        return jdbc.queryForList("SELECT id FROM registration WHERE tracking_id = ?", UUID.class, trackingId).stream().findFirst();
    }

    /**
     * Applies moves decided on {@code expected}: one guarded update to the last status, one event per move.
     *
     * @return false when the registration is no longer in {@code expected} (someone else moved it): nothing changed
     */
    public boolean move(UUID id, RegistrationStatus expected, List<Move> moves) {
        return apply(id, expected, moves, null, null, null, null);
    }

    /**
     * Applies moves to a registration {@link #openIfAbsent} opened in the caller's transaction: no other transaction
     * sees it before the commit, so the guarded update cannot miss and its count is not needed; it is staged with the
     * events ({@link StagedStatements}).
     */
    public void moveOpened(Opened opened, List<Move> moves) {
        if (!opened.isNew()) {
            throw new IllegalArgumentException("registration " + opened.registration().id() + " was opened before: use move");
        }
        RegistrationRecord r = opened.registration();
        StagedStatements.stage(jdbc, "UPDATE registration SET status = ?, status_changed_at = now() WHERE id = ? AND status = ?",
                moves.get(moves.size() - 1).to().name(), r.id(), r.status().name());
        insertEvents(r.id(), moves);
    }

    /** Filed, notice sent and contest period open, in one guarded update. */
    public boolean fileAndOpenContest(UUID id, RegistrationStatus expected, List<Move> moves, String docket,
                                      LocalDate noticeDate, ContestPeriod deadline) {
        return apply(id, expected, moves, docket, noticeDate, deadline.lastDayToContest(), deadline.kind().name());
    }

    private boolean apply(UUID id, RegistrationStatus expected, List<Move> moves, String docket, LocalDate noticeDate,
                          LocalDate deadline, String rule) {
        RegistrationStatus last = moves.get(moves.size() - 1).to();
        Boolean done = transaction.execute(tx -> {
            int updated = jdbc.update("""
                    UPDATE registration SET status = ?, status_changed_at = now(),
                        docket_number = COALESCE(?, docket_number), notice_date = COALESCE(?, notice_date),
                        contest_deadline = COALESCE(?, contest_deadline), contest_rule = COALESCE(?, contest_rule)
                    WHERE id = ? AND status = ?
                    """, last.name(), docket, date(noticeDate), date(deadline), rule, id, expected.name());
            if (updated == 0) {
                return false;
            }
            insertEvents(id, moves);
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    private void insertEvents(UUID id, List<Move> moves) {
        StagedStatements.stage(jdbc, "INSERT INTO registration_event (registration_id, from_status, status, occurred_at, detail) "
                        + "VALUES (?, ?, ?, now(), ?)",
                moves.stream().map(m -> new Object[] {id, m.from() == null ? null : m.from().name(), m.to().name(), m.detail()})
                        .toList());
    }


    /**
     * Records what is missing now (requested) and marks earlier requests that are now met as satisfied: one statement,
     * staged (nothing waits for its result; it touches only this registration's requirements).
     */
    public void recordRequirements(UUID id, List<MissingRequirement> missing) {
        SqlArray names = new SqlArray("varchar", missing.stream().map(m -> m.requirement().name()).toArray());
        StagedStatements.stage(jdbc, """
                WITH requested AS (
                    INSERT INTO registration_requirement (registration_id, requirement, section, blocking, sentence, requested_at)
                    SELECT ?, w.requirement, w.section, w.blocking, w.sentence, now()
                    FROM unnest(?::varchar[], ?::varchar[], ?::boolean[], ?::text[]) AS w (requirement, section, blocking, sentence)
                    ON CONFLICT (registration_id, requirement) DO UPDATE SET sentence = EXCLUDED.sentence, satisfied_at = NULL)
                UPDATE registration_requirement SET satisfied_at = now()
                WHERE registration_id = ? AND satisfied_at IS NULL AND NOT (requirement = ANY (?::varchar[]))
                """,
                id,
                names,
                new SqlArray("varchar", missing.stream().map(m -> m.requirement().section()).toArray()),
                new SqlArray("boolean", missing.stream().map(m -> m.requirement().blocking()).toArray()),
                new SqlArray("text", missing.stream().map(MissingRequirement::sentence).toArray()),
                id,
                names);
    }

    /** The requirements requested and not yet met. */
    public java.util.Set<String> openRequirements(UUID id) {
        return new java.util.HashSet<>(jdbc.queryForList(
                "SELECT requirement FROM registration_requirement WHERE registration_id = ? AND satisfied_at IS NULL", String.class, id));
    }

    public void storeNotice(UUID id, String version, LocalDate noticeDate, byte[] pdf) {
        jdbc.update("INSERT INTO registration_notice (registration_id, version, created_at, notice_date, pdf) VALUES (?, ?, now(), ?, ?) "
                + "ON CONFLICT (registration_id, version) DO NOTHING", id, version, date(noticeDate), pdf);
    }

    public Optional<StoredNotice> notice(UUID id, String version) {
        return jdbc.query("SELECT version, notice_date, pdf FROM registration_notice WHERE registration_id = ? AND version = ?",
                (rs, i) -> new StoredNotice(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBytes(3)), id, version)
                .stream().findFirst();
    }

    /** The final notice if there is one, else the draft. */
    public Optional<StoredNotice> latestNotice(UUID id) {
        return notice(id, "FINAL").or(() -> notice(id, "DRAFT"));
    }

    public void recordRefusal(String registrationRef, String courtPartnerId, String answer, String code, String reason) {
        jdbc.update("INSERT INTO registration_refusal (registration_ref, court_partner_id, answer, code, reason, occurred_at) "
                + "VALUES (?, ?, ?, ?, ?, now())", truncate(registrationRef, 64), courtPartnerId, answer, code, reason);
    }

    public int refusalCount(String registrationRef) {
        return jdbc.queryForObject("SELECT count(*) FROM registration_refusal WHERE registration_ref = ?", Integer.class,
                registrationRef);
    }

    // ---- views for the API ----

    public Optional<RegistrationView> view(UUID id) {
        return jdbc.query("SELECT * FROM registration WHERE id = ?", (rs, i) -> new RegistrationView(
                rs.getObject("id", UUID.class),
                rs.getObject("tracking_id", UUID.class),
                rs.getString("partner_id"),
                rs.getString("sender_kind"),
                rs.getString("sender_locator_code"),
                rs.getString("sender_country_code"),
                rs.getString("sender_case_id"),
                rs.getString("reason_code"),
                rs.getString("purpose"),
                rs.getString("requester"),
                rs.getBoolean("convention_order"),
                new RegistrationView.Jurisdiction(rs.getString("issuing_jurisdiction_kind"), rs.getString("issuing_jurisdiction"),
                        rs.getString("issuing_tribunal")),
                rs.getString("district_id"),
                rs.getString("court_id"),
                party(rs.getString("obligor_last_name"), rs.getString("obligor_first_name")),
                party(rs.getString("obligee_last_name"), rs.getString("obligee_first_name")),
                jdbc.query("SELECT last_name, first_name FROM registration_child WHERE registration_id = ? ORDER BY seq",
                        (c, j) -> new RegistrationView.Party(c.getString(1), c.getString(2)), id),
                jdbc.query("SELECT * FROM registration_order WHERE registration_id = ? ORDER BY seq",
                        (o, j) -> new RegistrationView.Order(o.getString("order_id"), o.getString("issuing_locator_code"),
                                o.getString("tribunal_case_number"), o.getObject("issued_on", LocalDate.class),
                                o.getString("obligation_kind"), o.getBigDecimal("amount"), o.getString("frequency"),
                                (Boolean) o.getObject("medical_ordered"), o.getBigDecimal("arrears_total"),
                                o.getString("controlling_order_flag")), id),
                rs.getBigDecimal("alleged_arrears"),
                rs.getObject("arrears_as_of", LocalDate.class),
                rs.getString("controlling_order_rule") == null ? null : new RegistrationView.ControllingOrder(
                        rs.getString("controlling_order_id"), (Boolean) rs.getObject("new_order_required"),
                        rs.getString("controlling_order_rule"), rs.getString("controlling_order_section"),
                        rs.getString("controlling_order_explanation")),
                rs.getString("status"),
                rs.getObject("status_changed_at", OffsetDateTime.class),
                rs.getObject("received_at", OffsetDateTime.class),
                rs.getString("docket_number"),
                rs.getObject("notice_date", LocalDate.class),
                rs.getObject("contest_deadline", LocalDate.class),
                rs.getString("contest_rule"),
                // The documents the registry holds for the case (package documents' case_document): one model.
                jdbc.query("SELECT d.document_type, d.certified, d.sha256, d.received_at FROM case_document d "
                                + "JOIN registration r ON r.tracking_id = d.tracking_id WHERE r.id = ? ORDER BY d.id",
                        (d, j) -> new RegistrationView.Document(d.getString(1), d.getBoolean(2), d.getString(3),
                                d.getObject(4, OffsetDateTime.class)), id),
                jdbc.query("SELECT requirement, section, blocking, sentence, requested_at, satisfied_at FROM registration_requirement "
                                + "WHERE registration_id = ? ORDER BY requested_at, requirement",
                        (q, j) -> new RegistrationView.Requirement(q.getString(1), q.getString(2), q.getBoolean(3), q.getString(4),
                                q.getObject(5, OffsetDateTime.class), q.getObject(6, OffsetDateTime.class)), id),
                jdbc.query("SELECT from_status, status, occurred_at, detail FROM registration_event WHERE registration_id = ? ORDER BY id",
                        (e, j) -> new RegistrationView.Event(e.getString(1), e.getString(2), e.getObject(3, OffsetDateTime.class),
                                e.getString(4)), id)), id).stream().findFirst();
    }

    /** Search by a party's last name (obligor, obligee or child), an order id, or a docket number. */
    public List<RegistrationView.Summary> search(String lastName, String orderId, String docketNumber, int limit) {
        StringBuilder sql = new StringBuilder("SELECT r.id, r.tracking_id, r.status, r.court_id, r.docket_number, "
                + "r.obligor_last_name, r.obligee_last_name, "
                + "ARRAY(SELECT o.order_id FROM registration_order o WHERE o.registration_id = r.id ORDER BY o.seq) "
                + "FROM registration r WHERE true");
        List<Object> args = new ArrayList<>();
        if (lastName != null && !lastName.isBlank()) {
            sql.append(" AND (lower(r.obligor_last_name) = lower(?) OR lower(r.obligee_last_name) = lower(?)"
                    + " OR EXISTS (SELECT 1 FROM registration_child c WHERE c.registration_id = r.id AND lower(c.last_name) = lower(?)))");
            args.add(lastName.strip());
            args.add(lastName.strip());
            args.add(lastName.strip());
        }
        if (orderId != null && !orderId.isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM registration_order o WHERE o.registration_id = r.id AND o.order_id = ?)");
            args.add(orderId.strip());
        }
        if (docketNumber != null && !docketNumber.isBlank()) {
            sql.append(" AND r.docket_number = ?");
            args.add(docketNumber.strip());
        }
        sql.append(" ORDER BY r.received_at DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> {
            UUID id = rs.getObject(1, UUID.class);
            return new RegistrationView.Summary(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7),
                    List.of((String[]) rs.getArray(8).getArray()));
        }, args.toArray());
    }

    private static RegistrationRecord record(ResultSet rs, int row) throws SQLException {
        return new RegistrationRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("tracking_id", UUID.class),
                rs.getString("partner_id"),
                rs.getString("sender_locator_code"),
                rs.getString("sender_country_code"),
                rs.getString("sender_case_id"),
                rs.getString("transaction_serial_number"),
                rs.getString("reason_code"),
                rs.getBoolean("convention_order"),
                rs.getBoolean("contesting_party_abroad"),
                rs.getString("district_id"),
                rs.getString("court_id"),
                rs.getBigDecimal("alleged_arrears"),
                rs.getObject("arrears_as_of", LocalDate.class),
                RegistrationStatus.valueOf(rs.getString("status")),
                rs.getObject("status_changed_at", OffsetDateTime.class),
                rs.getString("docket_number"),
                rs.getObject("notice_date", LocalDate.class),
                rs.getObject("contest_deadline", LocalDate.class));
    }

    private static RegistrationView.Party party(String last, String first) {
        return last == null && first == null ? null : new RegistrationView.Party(last, first);
    }

    private static String last(Name n) {
        return n == null ? null : n.last();
    }

    private static String first(Name n) {
        return n == null ? null : n.first();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static String truncate(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
