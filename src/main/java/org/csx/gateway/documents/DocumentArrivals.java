package org.csx.gateway.documents;

import org.csx.gateway.contract.MessageHeaders;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.deadlines.DutyKind;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.outbox.OutboundMessage;
import org.csx.gateway.outbox.Outbox;
import org.csx.gateway.routing.OutboundQueues;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Documents arriving for a case, by whatever channel (SOAP SubmitDocuments, staff recording papers received by
 * mail): in ONE transaction holding the case's lock, each is linked to the case, the case's review is made again,
 * the documents duty closes when complete, the district's "documents received" notice is staged in the outbox,
 * and the other features are told ({@link DocumentsArrivedListener}: a waiting registration moves on).
 */
public class DocumentArrivals {

    /** One document already in the {@link DocumentStore}, as it is to be linked to the case. */
    public record Arrived(DocumentTypeCode type, boolean certified, String fileName, StoredContent content) {
    }

    /** @param linked per document, in order: true if new to the case, false if the case already held it */
    public record Outcome(List<Boolean> linked, Optional<CaseReview> review) {
    }

    private final CaseDocumentRepository repository;
    private final CaseReviewer reviewer;
    private final DutyRepository duties;
    private final DocumentNotices notices;
    private final Outbox outbox;
    private final OutboundQueues queues;
    private final TransactionOperations transactions;
    private final List<DocumentsArrivedListener> listeners;

    public DocumentArrivals(CaseDocumentRepository repository, CaseReviewer reviewer, DutyRepository duties,
                            DocumentNotices notices, Outbox outbox, OutboundQueues queues,
                            TransactionOperations transactions, List<DocumentsArrivedListener> listeners) {
        this.repository = repository;
        this.reviewer = reviewer;
        this.duties = duties;
        this.notices = notices;
        this.outbox = outbox;
        this.queues = queues;
        this.transactions = transactions;
        this.listeners = List.copyOf(listeners);
    }

    public Outcome record(UUID trackingId, String partnerId, List<Arrived> documents, OffsetDateTime receivedAt) {
        return transactions.execute(tx -> {
            repository.lockCase(trackingId);
            List<Boolean> linked = new ArrayList<>();
            List<String> added = new ArrayList<>();
            for (Arrived document : documents) {
                boolean isNew = repository.link(trackingId, partnerId, document.type(), document.certified(),
                        document.fileName(), document.content(), receivedAt);
                linked.add(isNew);
                if (isNew) {
                    added.add(document.content().sha256());
                }
            }
            Optional<CaseReviewer.DocumentsArrival> arrival = reviewer.reviewAfterDocuments(trackingId);
            arrival.ifPresent(a -> {
                if (a.review().isComplete()) {
                    duties.complete(trackingId, DutyKind.DOCUMENTS_OUTSTANDING, "documents complete");
                }
                if (!added.isEmpty() && a.review().districtId() != null) {
                    List<CaseDocument> arrived = a.review().documents().stream()
                            .filter(d -> added.contains(d.sha256())).toList();
                    outbox.stage(new OutboundMessage(queues.district(a.review().districtId()),
                            "documents-" + trackingId + "-" + noticeKey(added), "DOCUMENTS_RECEIVED", trackingId,
                            notices.documentsReceived(a.review(), arrived),
                            Map.of(MessageHeaders.TRACKING_ID, trackingId.toString(), MessageHeaders.PARTNER_ID, partnerId,
                                    MessageHeaders.DISTRICT_ID, a.review().districtId())));
                }
            });
            if (!added.isEmpty()) {
                listeners.forEach(l -> l.documentsArrived(trackingId));
            }
            return new Outcome(linked, arrival.map(CaseReviewer.DocumentsArrival::review));
        });
    }

    /** The same new documents give the same duplicate id, so a retried notice reaches the district once. */
    static String noticeKey(List<String> sha256s) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            sha256s.stream().sorted().forEach(s -> digest.update(s.getBytes(StandardCharsets.US_ASCII)));
            return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
