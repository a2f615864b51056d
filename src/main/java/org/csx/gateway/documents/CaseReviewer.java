package org.csx.gateway.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The central registry's completeness review (45 CFR 303.7(b)(2)(i)), when a transmittal is processed and again
 * whenever documents arrive for it.
 *
 * <p>What counts as received: the documents the registry holds for the case (case_document), plus the form the
 * transaction itself stands in for (a request carries the Transmittal #1's content, a locate request the Locate
 * Request's: {@link RequestClassifier#formCarriedBy}). Documents the manifest only announces ("to follow", or
 * "attached" without an attachment) are not held, so they are still missing and the acknowledgment asks for them.
 *
 * <p>One verdict per case: the checklist's items merged with what other laws require of the same documents
 * ({@link StatutoryRequirements}: registration's §602/§706), so every message to the sender names everything.
 */
public class CaseReviewer {

    private final DocumentChecklist checklist;
    private final CaseDocumentRepository repository;
    private final String homeState;
    private final List<StatutoryRequirements> statutes;
    private final Function<UUID, Optional<TransmittalType>> storedTransmittal;

    public CaseReviewer(DocumentChecklist checklist, CaseDocumentRepository repository, String homeState) {
        this(checklist, repository, homeState, List.of(), id -> Optional.empty());
    }

    /**
     * @param statutes          other laws' requirements merged into each verdict
     * @param storedTransmittal the transmittal of a case as the ledger holds it (for reviews after documents arrived)
     */
    public CaseReviewer(DocumentChecklist checklist, CaseDocumentRepository repository, String homeState,
                        List<StatutoryRequirements> statutes,
                        Function<UUID, Optional<TransmittalType>> storedTransmittal) {
        this.checklist = checklist;
        this.repository = repository;
        this.homeState = homeState;
        this.statutes = List.copyOf(statutes);
        this.storedTransmittal = storedTransmittal;
    }

    /**
     * Reviews a valid transmittal being forwarded to {@code districtId} and records the review. The caller holds the
     * case's lock (its ledger row, locked {@code FOR UPDATE} in the caller's transaction: processing's claim and manual
     * routing take it first; see {@link CaseDocumentRepository#lockCase}), so documents arriving meanwhile wait.
     */
    public CaseReview reviewTransmittal(UUID trackingId, TransmittalType transmittal, String districtId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a transmittal is reviewed in the transaction that locked its case");
        }
        return review(trackingId, transmittal, districtId);
    }

    private CaseReview review(UUID trackingId, TransmittalType transmittal, String districtId) {
        HeaderType header = transmittal.getHeader();
        boolean ourOrder = transmittal.getOrder().stream()
                .anyMatch(o -> o.getOrderLocatorCode() != null && o.getOrderLocatorCode().startsWith(homeState));
        Optional<RequestType> type = RequestClassifier.classify(header.getFunctionalType(), header.getActionCode(),
                header.getActionReason(), ourOrder);
        String partnerState = partnerState(header);
        boolean nondisclosure = transmittal.getCase() != null
                && Boolean.TRUE.equals(transmittal.getCase().isNondisclosureFinding());
        List<CaseDocument> documents = repository.documents(trackingId);
        CaseReview review = new CaseReview(trackingId, type, evaluate(type, partnerState, documents, transmittal),
                documents, nondisclosure, districtId);
        repository.saveReview(review, partnerState);
        return review;
    }

    /**
     * Reviews a case again after documents arrived. Empty when the transmittal has not been processed yet (its
     * processing will review it with these documents).
     */
    public Optional<DocumentsArrival> reviewAfterDocuments(UUID trackingId) {
        return current(trackingId).map(review -> {
            Completeness completeness = review.completeness();
            boolean completedNow = false;
            if (completeness.isComplete()) {
                completedNow = repository.markCompleted(trackingId);
            } else {
                repository.updateMissing(trackingId, review.summary());
            }
            return new DocumentsArrival(review, completedNow);
        });
    }

    /** A review after documents arrived, and whether these documents are the ones that completed the case. */
    public record DocumentsArrival(CaseReview review, boolean completedNow) {
    }

    /**
     * The case's review as of now, from what processing recorded and the documents held now. Empty when the
     * transmittal has not been processed yet.
     */
    public Optional<CaseReview> current(UUID trackingId) {
        return repository.storedReview(trackingId).map(stored -> {
            List<CaseDocument> documents = repository.documents(trackingId);
            Completeness completeness = evaluate(stored.requestType(), stored.partnerStateFips(), documents,
                    storedTransmittal.apply(trackingId).orElse(null));
            return new CaseReview(trackingId, stored.requestType(), completeness, documents, stored.nondisclosure(),
                    stored.districtId());
        });
    }

    /**
     * The one verdict: the checklist, merged with each law's requirements of the same documents (a law's item
     * replaces the checklist's items for the document types it decides).
     */
    public Completeness evaluate(Optional<RequestType> type, String partnerStateFips, List<CaseDocument> documents,
                                 TransmittalType transmittal) {
        Completeness completeness = evaluate(type, partnerStateFips, documents);
        if (transmittal == null || statutes.isEmpty()) {
            return completeness;
        }
        List<ReceivedDocument> held = documents.stream().map(CaseDocument::asReceived).toList();
        List<MissingDocument> missing = new ArrayList<>(completeness.missing());
        List<MissingDocument> toConfirm = new ArrayList<>(completeness.toConfirm());
        for (StatutoryRequirements statute : statutes) {
            Optional<StatutoryRequirements.Verdict> verdict = statute.evaluate(transmittal, held);
            if (verdict.isEmpty()) {
                continue;
            }
            Set<DocumentTypeCode> decided = verdict.get().displaced();
            missing.removeIf(m -> decided.contains(m.type()));
            toConfirm.removeIf(m -> decided.contains(m.type()));
            missing.addAll(verdict.get().missing());
            toConfirm.addAll(verdict.get().ifKnown());
        }
        return Completeness.of(missing, toConfirm);
    }

    /** The checklist's verdict alone: no checklist (nothing to check) is complete. */
    Completeness evaluate(Optional<RequestType> type, String partnerStateFips, List<CaseDocument> documents) {
        if (type.isEmpty()) {
            return new Completeness(Completeness.Status.COMPLETE, List.of(), List.of());
        }
        List<ReceivedDocument> received = new ArrayList<>();
        documents.forEach(d -> received.add(d.asReceived()));
        received.add(ReceivedDocument.of(formCarriedBy(type.get())));
        return checklist.evaluate(type.get(), partnerStateFips, received);
    }

    /** As {@link RequestClassifier#formCarriedBy}, from the request type. */
    static DocumentTypeCode formCarriedBy(RequestType type) {
        return switch (type) {
            case LOCATE_ONLY -> DocumentTypeCode.LOCATE_REQUEST;
            case LIMITED_SERVICE -> DocumentTypeCode.TRANSMITTAL_3;
            case EXISTING_CASE_ACTION -> DocumentTypeCode.TRANSMITTAL_2;
            default -> DocumentTypeCode.TRANSMITTAL_1;
        };
    }

    /** The initiating state (2-digit FIPS) for per-state checklist overrides; none for tribes and countries. */
    static String partnerState(HeaderType header) {
        SenderKind kind = header.getSender().getKind();
        String locator = header.getSender().getLocatorCode();
        if ((kind == SenderKind.STATE_IV_D_AGENCY || kind == SenderKind.TRIBUNAL) && locator != null && locator.length() >= 2) {
            return locator.substring(0, 2);
        }
        return null;
    }
}
