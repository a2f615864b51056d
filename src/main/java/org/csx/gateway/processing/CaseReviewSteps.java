package org.csx.gateway.processing;

import org.csx.gateway.documents.CaseReviewer;
import org.csx.gateway.documents.CaseReview;
import org.csx.gateway.contract.MessageHeaders;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.ExchangeProperty;
import org.csx.gateway.deadlines.DutyKind;
import org.csx.gateway.deadlines.DutyRepository;

/**
 * The processing route's document and clock steps (routes/transmittal-processing.yaml): the completeness review
 * before the referral and the acknowledgment are written, and the duties' clocks after. Database writes repeat
 * harmlessly on redelivery (upserts, one duty per case and kind).
 */
public class CaseReviewSteps {

    private final CaseReviewer reviewer;
    private final DutyRepository duties;
    private final Clock clock;

    public CaseReviewSteps(CaseReviewer reviewer, DutyRepository duties, Clock clock) {
        this.reviewer = reviewer;
        this.duties = duties;
        this.clock = clock;
    }

    /** The completeness review of a case about to be forwarded; the route keeps it in {@value #MessageHeaders.CASE_REVIEW}. */
    public CaseReview review(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess) {
        return reviewer.reviewTransmittal(inProcess.getTrackingId(), inProcess.getTransmittal(), inProcess.getDistrictId());
    }

    /**
     * Forwarded and acknowledged: the central registry duty is done (its clock is kept for the record), and when
     * documents are missing the wait for them starts now.
     */
    public void recordForwarded(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess,
                                @ExchangeProperty(MessageHeaders.CASE_REVIEW) CaseReview review) {
        List<DutyRepository.Opening> openings = new ArrayList<>(2);
        openings.add(new DutyRepository.Opening(inProcess.getTrackingId(), DutyKind.CENTRAL_REGISTRY_REVIEW,
                "intergovernmental case received from partner " + inProcess.getPartnerId(),
                inProcess.getReceivedAt().toInstant(),
                "reviewed (" + review.summary() + "), forwarded to district " + inProcess.getDistrictId()
                        + " and acknowledged"));
        if (!review.isComplete()) {
            openings.add(new DutyRepository.Opening(inProcess.getTrackingId(), DutyKind.DOCUMENTS_OUTSTANDING,
                    "acknowledged with documents missing (AADIN): " + review.summary(), clock.instant(), null));
        }
        duties.open(openings); // both in one round trip
    }

    /** No district could be chosen: the registry's duty stays open, and is escalated if staff do not route it. */
    public void recordRoutingException(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess) {
        duties.open(inProcess.getTrackingId(), DutyKind.CENTRAL_REGISTRY_REVIEW,
                "intergovernmental case received from partner " + inProcess.getPartnerId(),
                inProcess.getReceivedAt().toInstant(), null);
    }
}
