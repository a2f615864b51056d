package org.csx.gateway.processing;

import org.csx.gateway.contract.MessageHeaders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.csx.gateway.audit.StaffActions;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.deadlines.DutyKind;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.documents.CaseReview;
import org.csx.gateway.processing.CaseReviewSteps;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.ledger.LockedTransmittal;
import org.csx.gateway.ledger.StatusChange;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.outbox.OutboundMessage;
import org.csx.gateway.outbox.Outbox;
import org.csx.gateway.processing.OpenRegistrationStep;
import org.csx.gateway.routing.District;
import org.csx.gateway.routing.DistrictDirectory;
import org.csx.gateway.routing.OutboundQueues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A specialist routes a routing exception by hand (ROUTING_EXCEPTION → FORWARDED → ACKNOWLEDGED): the same steps as
 * processing's "forward" branch (review, referral, acknowledgment saying where, duties, registration), with the
 * district the specialist chose, in ONE database transaction with the staff action's record. The referral and the
 * acknowledgment are staged in the outbox, so they go out if and only if the ledger records the move. The
 * transmittal is read from the ledger (never from the queue message on registry.exceptions).
 */
@Component
public class ManualRouting {

    /** Why a case could not be routed now (not a routing exception any more, no such district). */
    public static class RoutingRefused extends RuntimeException {
        RoutingRefused(String message) {
            super(message);
        }
    }

    private final TransmittalLedger ledger;
    private final ContractXml contractXml;
    private final TransmittalOutcomeSteps outcomes;
    private final CaseReviewSteps reviews;
    private final DutyRepository duties;
    private final OpenRegistrationStep registrations;
    private final Outbox outbox;
    private final OutboundQueues queues;
    private final DistrictDirectory districts;
    private final StaffActions actions;
    private final TransactionTemplate transaction;

    public ManualRouting(TransmittalLedger ledger, ContractXml contractXml, TransmittalOutcomeSteps outcomes,
                         CaseReviewSteps reviews, DutyRepository duties, OpenRegistrationStep registrations,
                         Outbox outbox, OutboundQueues queues, DistrictDirectory districts, StaffActions actions,
                         PlatformTransactionManager transactionManager) {
        this.ledger = ledger;
        this.contractXml = contractXml;
        this.outcomes = outcomes;
        this.reviews = reviews;
        this.duties = duties;
        this.registrations = registrations;
        this.outbox = outbox;
        this.queues = queues;
        this.districts = districts;
        this.actions = actions;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The districts staff may choose from. */
    public List<District> districts() {
        return districts.all();
    }

    /**
     * Routes the case to the district, as the staff member.
     *
     * @throws RoutingRefused when the case is not (any more) a routing exception or the district is unknown;
     *                        nothing is changed then
     */
    public void route(UUID trackingId, String districtId, String staff) {
        District district = districts.byId(districtId)
                .orElseThrow(() -> new RoutingRefused("No district has the id " + districtId + "."));
        transaction.executeWithoutResult(tx -> {
            LockedTransmittal row = ledger.lockForProcessing(trackingId)
                    .orElseThrow(() -> new RoutingRefused("No transmittal " + trackingId + "."));
            if (row.status() != TransmittalStatus.ROUTING_EXCEPTION) {
                throw new RoutingRefused("Transmittal " + trackingId + " is " + row.status()
                        + ", not a routing exception: nothing was changed.");
            }
            TransmittalInProcess inProcess = routedTo(row, district);

            CaseReview review = reviews.review(inProcess);
            Map<String, String> headers = headers(row, district);
            outbox.stage(new OutboundMessage(queues.district(district.id()), "referral-" + trackingId, "REFERRAL",
                    trackingId, outcomes.districtReferral(inProcess, review), headers));
            outbox.stage(new OutboundMessage(queues.partner(row.partnerId()), "ack-" + trackingId, "ACKNOWLEDGMENT",
                    trackingId, outcomes.acceptance(inProcess, review), headers));
            boolean moved = ledger.advance(trackingId, List.of(
                    new StatusChange(TransmittalStatus.FORWARDED,
                            "referred to district " + district.id() + ", routed by hand by " + staff),
                    new StatusChange(TransmittalStatus.ACKNOWLEDGED, "acknowledgment sent to partner " + row.partnerId())),
                    district.id(), null);
            if (!moved) {
                throw new RoutingRefused("Transmittal " + trackingId + " was routed meanwhile: nothing was changed.");
            }
            duties.complete(trackingId, DutyKind.CENTRAL_REGISTRY_REVIEW, "reviewed (" + review.summary()
                    + "), routed by hand by " + staff + " to district " + district.id() + " and acknowledged");
            if (!review.isComplete()) {
                duties.open(trackingId, DutyKind.DOCUMENTS_OUTSTANDING,
                        "acknowledged with documents missing (AADIN): " + review.summary(), java.time.Instant.now(), null);
            }
            registrations.open(inProcess);
            actions.record(staff, "ROUTE_EXCEPTION", "transmittal", trackingId.toString(),
                    "routed to district " + district.id() + " (" + district.name() + ")");
        });
    }

    /**
     * The district referral (district-referral.xsd) of a case held in the ledger, for another district: a case a
     * district forwards to the district where the noncustodial parent lives gets there as any referral does, with
     * the case's review made again for the new district. Call inside the caller's transaction.
     */
    public String referralTo(UUID trackingId, District district) {
        LockedTransmittal row = ledger.lockForProcessing(trackingId)
                .orElseThrow(() -> new RoutingRefused("No transmittal " + trackingId + "."));
        TransmittalInProcess inProcess = routedTo(row, district);
        return outcomes.districtReferral(inProcess, reviews.review(inProcess));
    }

    /** The transmittal held in the locked ledger row, accepted and routed to the district. */
    private TransmittalInProcess routedTo(LockedTransmittal row, District district) {
        String raw = Optional.ofNullable(row.rawMessage())
                .orElseThrow(() -> new RoutingRefused("The transmittal's message was purged; it cannot be forwarded."));
        TransmittalInProcess inProcess = new TransmittalInProcess(row.trackingId(), row.partnerId(), row.channel(),
                row.transactionSerialNumber(), row.receivedAt(), raw);
        inProcess.markAccepted(contractXml.readTransmittal(raw));
        inProcess.markRoutedTo(district);
        return inProcess;
    }

    private static Map<String, String> headers(LockedTransmittal row, District district) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(MessageHeaders.TRACKING_ID, row.trackingId().toString());
        headers.put(MessageHeaders.PARTNER_ID, row.partnerId());
        headers.put(MessageHeaders.CHANNEL, row.channel());
        headers.put(MessageHeaders.SERIAL_NUMBER, row.transactionSerialNumber());
        headers.put(MessageHeaders.RECEIVED_AT, row.receivedAt().toString());
        headers.put(MessageHeaders.DISTRICT_ID, district.id());
        return headers;
    }
}
