package org.csx.gateway.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.database.StagedStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The documents linked to each case and each case's last completeness review (tables case_document and
 * case_review). Writes are idempotent: a document is linked once per case (tracking id + SHA-256), a review is
 * an upsert, and the INCOMPLETE → COMPLETE change is a conditional update only one caller can make.
 */
public class CaseDocumentRepository implements org.csx.gateway.identity.DocumentHolders {

    private static final String DOCUMENT_COLUMNS =
            "tracking_id, sha256, document_type, certified, file_name, media_type, size_bytes, received_at";

    private final JdbcTemplate jdbc;

    public CaseDocumentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the case's ledger row until the transaction ends. Processing holds the same lock from its claim
     * ({@code TransmittalLedger.lockForProcessing}) through the first review; SubmitDocuments and the other arrivals
     * (linking and reviewing again) take it here. So documents arriving while the transmittal is processed are
     * either seen by its review or find that review and tell the district: never neither.
     */
    public void lockCase(UUID trackingId) {
        jdbc.queryForList("SELECT tracking_id FROM transmittal WHERE tracking_id = ? FOR UPDATE", UUID.class, trackingId);
    }

    /**
     * Reads the documents of several cases in one statement, for the rest of the transaction: processing's claim
     * of a batch calls it while it holds every one of those cases' ledger row locks, so no other transaction can
     * link a document to them before the commit ({@link #lockCase}), and {@link #documents} answers from here
     * instead of a round trip to PostgreSQL per case. A link in the same transaction drops its case from here.
     * Outside a transaction nothing is kept.
     */
    public void preload(Collection<UUID> trackingIds) {
        if (trackingIds.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Map<UUID, List<CaseDocument>> byCase = new HashMap<>();
        trackingIds.forEach(id -> byCase.put(id, new ArrayList<>()));
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT " + DOCUMENT_COLUMNS
                    + " FROM case_document WHERE tracking_id = ANY (?) ORDER BY id");
            statement.setArray(1, connection.createArrayOf("uuid", trackingIds.toArray()));
            return statement;
        }, (ResultSet rs) -> {
            CaseDocument document = document(rs, 0);
            byCase.get(document.trackingId()).add(document);
        });
        Object connection = TransactionSynchronizationManager.getResource(jdbc.getDataSource());
        Preloaded bound = preloaded();
        Preloaded preloaded = bound != null ? bound : new Preloaded(connection);
        if (bound == null) {
            TransactionSynchronizationManager.bindResource(Preloaded.class, preloaded);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Preloaded.class);
                }
            });
        }
        byCase.forEach((id, documents) -> preloaded.byCase.put(id, List.copyOf(documents)));
    }

    /** A batch's documents, valid in the transaction on the connection that read them (a new transaction inside has its own). */
    private record Preloaded(Object connection, Map<UUID, List<CaseDocument>> byCase) {
        Preloaded(Object connection) {
            this(connection, new HashMap<>());
        }
    }

    private Preloaded preloaded() {
        Preloaded preloaded = (Preloaded) TransactionSynchronizationManager.getResource(Preloaded.class);
        return preloaded != null && preloaded.connection() != null
                && preloaded.connection() == TransactionSynchronizationManager.getResource(jdbc.getDataSource())
                ? preloaded : null;
    }

    /** @return true if linked now, false if the case already held this content */
    public boolean link(UUID trackingId, String partnerId, DocumentTypeCode type, boolean certified, String fileName,
                        StoredContent content, OffsetDateTime receivedAt) {
        Preloaded preloaded = preloaded();
        if (preloaded != null) {
            preloaded.byCase().remove(trackingId);
        }
        return jdbc.update("""
                INSERT INTO case_document (tracking_id, sha256, document_type, certified, file_name, media_type,
                                           size_bytes, received_at, partner_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tracking_id, sha256) DO NOTHING
                """, trackingId, content.sha256(), type.name(), certified, fileName, content.mediaType(),
                content.sizeBytes(), Timestamp.from(receivedAt.toInstant()), partnerId) == 1;
    }

    public List<CaseDocument> documents(UUID trackingId) {
        Preloaded preloaded = preloaded();
        List<CaseDocument> known = preloaded == null ? null : preloaded.byCase().get(trackingId);
        if (known != null) {
            return known;
        }
        return jdbc.query("SELECT " + DOCUMENT_COLUMNS + " FROM case_document WHERE tracking_id = ? ORDER BY id",
                CaseDocumentRepository::document, trackingId);
    }

    /** What the registry holds for the case, as the checklists count it (one model for every feature). */
    public List<ReceivedDocument> held(UUID trackingId) {
        return documents(trackingId).stream().map(CaseDocument::asReceived).toList();
    }

    /** Every case link of this content (the same file can serve several cases). */
    public List<CaseDocument> bySha256(String sha256) {
        return jdbc.query("SELECT " + DOCUMENT_COLUMNS + " FROM case_document WHERE sha256 = ? ORDER BY id",
                CaseDocumentRepository::document, sha256);
    }

    /** The districts the cases holding this content were referred to: who may fetch it. */
    @Override
    public List<String> districtsHolding(String sha256) {
        return jdbc.queryForList("""
                SELECT DISTINCT t.district_id FROM case_document d JOIN transmittal t ON t.tracking_id = d.tracking_id
                WHERE d.sha256 = ? AND t.district_id IS NOT NULL
                """, String.class, sha256);
    }

    /**
     * The case a partner means by its own case id: its latest request (action R, not MSC) with that id. Run past what
     * the transaction staged ({@link StagedStatements#pastStaged}): staged are ledger outcomes that never make a
     * transmittal REJECTED ({@code TransmittalLedger.advanceClaimed}) and rows of other tables, so none changes the
     * answer; the batch's staged rows then go together instead of before every update naming a case.
     */
    public Optional<UUID> caseBySenderCaseId(String partnerId, String senderCaseId) {
        return StagedStatements.pastStaged(jdbc, () -> jdbc.queryForList("""
                SELECT tracking_id FROM transmittal
                WHERE partner_id = ? AND sender_case_id = ? AND action_code = 'R' AND functional_type <> 'MSC'
                  AND status <> 'REJECTED'
                ORDER BY received_at DESC LIMIT 1
                """, UUID.class, partnerId, senderCaseId)).stream().findFirst();
    }

    /** The partner that sent the case's transmittal; empty for an unknown tracking id. */
    public Optional<String> partnerOf(UUID trackingId) {
        return jdbc.queryForList("SELECT partner_id FROM transmittal WHERE tracking_id = ?", String.class, trackingId)
                .stream().findFirst();
    }

    /** Whether this tracking id is a transmittal the partner sent. */
    public boolean sentBy(UUID trackingId, String partnerId) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM transmittal WHERE tracking_id = ? AND partner_id = ?",
                Integer.class, trackingId, partnerId);
        return n != null && n > 0;
    }

    public void saveReview(CaseReview review, String partnerStateFips) {
        StagedStatements.stage(jdbc, SAVE_REVIEW, review.trackingId(), review.requestType().map(Enum::name).orElse(null),
                partnerStateFips, review.districtId(), review.nondisclosure(), review.completeness().status().name(),
                review.summary(), review.isComplete());
    }

    // Combined: the reviews a batch of transmittals stages are one statement; a case reviewed twice in one
    // transaction is written in two, the second over the first, as when each was its own statement.
    private static final StagedStatements.Combined SAVE_REVIEW = new StagedStatements.Combined("""
            INSERT INTO case_review (tracking_id, request_type, partner_state_fips, district_id, nondisclosure,
                                     completeness, missing_summary, reviewed_at, completed_at)
            SELECT r.tracking_id, r.request_type, r.partner_state_fips, r.district_id, r.nondisclosure, r.completeness,
                   r.missing_summary, now(), CASE WHEN r.complete THEN now() END
            FROM unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::boolean[], ?::varchar[], ?::text[],
                        ?::boolean[]) WITH ORDINALITY AS r (tracking_id, request_type, partner_state_fips, district_id,
                        nondisclosure, completeness, missing_summary, complete, seq)
            ORDER BY r.seq
            ON CONFLICT (tracking_id) DO UPDATE SET
                district_id = COALESCE(EXCLUDED.district_id, case_review.district_id),
                completeness = EXCLUDED.completeness,
                missing_summary = EXCLUDED.missing_summary,
                reviewed_at = now(),
                completed_at = COALESCE(case_review.completed_at, EXCLUDED.completed_at)
            """, rows -> StagedStatements.Combined.runs(rows, row -> row[0]).stream()
                    .map(run -> new Object[] {
                            StagedStatements.Combined.column(run, 0, "uuid"),
                            StagedStatements.Combined.column(run, 1, "varchar"),
                            StagedStatements.Combined.column(run, 2, "varchar"),
                            StagedStatements.Combined.column(run, 3, "varchar"),
                            StagedStatements.Combined.column(run, 4, "bool"),
                            StagedStatements.Combined.column(run, 5, "varchar"),
                            StagedStatements.Combined.column(run, 6, "text"),
                            StagedStatements.Combined.column(run, 7, "bool")})
                    .toList());

    /**
     * Records that documents completed the case. Only the first caller gets true (a conditional update), so the
     * district is told once even with two gateway instances.
     */
    public boolean markCompleted(UUID trackingId) {
        return jdbc.update("""
                UPDATE case_review SET completeness = 'COMPLETE', missing_summary = 'complete', reviewed_at = now(),
                       completed_at = now()
                WHERE tracking_id = ? AND completeness = 'INCOMPLETE'
                """, trackingId) == 1;
    }

    /** Updates what is still missing on a case that stays incomplete. */
    public void updateMissing(UUID trackingId, String summary) {
        jdbc.update("UPDATE case_review SET missing_summary = ?, reviewed_at = now() "
                + "WHERE tracking_id = ? AND completeness = 'INCOMPLETE'", summary, trackingId);
    }

    public Optional<StoredReview> storedReview(UUID trackingId) {
        return jdbc.query("""
                SELECT request_type, partner_state_fips, district_id, nondisclosure, completeness
                FROM case_review WHERE tracking_id = ?
                """, (rs, i) -> new StoredReview(
                        rs.getString(1) == null ? Optional.empty() : Optional.of(RequestType.valueOf(rs.getString(1))),
                        rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        Completeness.Status.valueOf(rs.getString(5))), trackingId)
                .stream().findFirst();
    }

    /** What the processing route recorded about a case's review. */
    public record StoredReview(Optional<RequestType> requestType, String partnerStateFips, String districtId,
                               boolean nondisclosure, Completeness.Status completeness) {
    }

    private static CaseDocument document(ResultSet rs, int row) throws SQLException {
        return new CaseDocument(rs.getObject("tracking_id", UUID.class), rs.getString("sha256"),
                DocumentTypeCode.valueOf(rs.getString("document_type")), rs.getBoolean("certified"),
                rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getObject("received_at", OffsetDateTime.class));
    }
}
