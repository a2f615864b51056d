package org.csx.gateway.processing;

import org.csx.gateway.contract.MessageHeaders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.camel.Message;
import org.apache.camel.ExchangeProperty;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.acknowledgment.ObjectFactory;
import org.csx.gateway.documents.CaseReview;
import org.csx.gateway.ledger.StatusChange;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalStatus;

/**
 * The steps that end a transmittal's processing, one per outcome: each writes the message that goes
 * out and records the outcome in the ledger. Ledger writes repeat harmlessly on redelivery.
 */
public class TransmittalOutcomeSteps {

    private final TransmittalLedger ledger;
    private final AcknowledgmentBuilder acknowledgments;
    private final DistrictReferralBuilder referrals;
    private final ContractXml contractXml;
    private final ObjectFactory acknowledgmentObjects = new ObjectFactory();
    private final org.csx.gateway.contract.referral.ObjectFactory referralObjects =
            new org.csx.gateway.contract.referral.ObjectFactory();

    private final CaseNotHeldReply caseNotHeld;
    private final Clock clock;
    private final org.csx.gateway.contract.transmittal.ObjectFactory transmittalObjects =
            new org.csx.gateway.contract.transmittal.ObjectFactory();

    public TransmittalOutcomeSteps(TransmittalLedger ledger, AcknowledgmentBuilder acknowledgments,
                                   DistrictReferralBuilder referrals, ContractXml contractXml,
                                   CaseNotHeldReply caseNotHeld, Clock clock) {
        this.caseNotHeld = caseNotHeld;
        this.clock = clock;
        this.ledger = ledger;
        this.acknowledgments = acknowledgments;
        this.referrals = referrals;
        this.contractXml = contractXml;
    }

    /**
     * Invalid: record every violation; the body becomes the rejection for the sender. An update, response or cancel
     * naming a case we do not hold is answered with the CSENet transaction for it, MSC P REJCT, instead.
     */
    public String reject(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess, Message message) {
        ledger.reject(inProcess.getTrackingId(), inProcess.getViolations());
        if (inProcess.isCaseNotHeld()) {
            message.setHeader(MessageHeaders.MESSAGE_KIND, CaseNotHeldReply.MESSAGE_KIND);
            return contractXml.toXml(transmittalObjects.createTransmittal(caseNotHeld.reply(inProcess.getTrackingId(),
                    inProcess.getTransmittal())));
        }
        return contractXml.toXml(acknowledgmentObjects.createAcknowledgment(acknowledgments.rejected(inProcess)));
    }

    /** No district: record why; the body stays the transmittal, for registry staff. */
    public void recordRoutingException(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess) {
        ledger.advanceClaimed(inProcess.getTrackingId(), List.of(
                new StatusChange(TransmittalStatus.VALIDATED, "schema and business rules passed"),
                new StatusChange(TransmittalStatus.ROUTING_EXCEPTION, inProcess.getRoutingProblem())),
                null, inProcess.getRoutingProblem());
    }

    /** The district referral, as the body to put on the district's queue. */
    public String districtReferral(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess,
                                   @ExchangeProperty(MessageHeaders.CASE_REVIEW) CaseReview review) {
        return contractXml.toXml(referralObjects.createDistrictReferral(referrals.build(inProcess, review)));
    }

    /**
     * The acknowledgment saying where the case went (ANOAD, or AADIN with the missing documents), as the body to
     * put on the sender's queue.
     */
    public String acceptance(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess,
                             @ExchangeProperty(MessageHeaders.CASE_REVIEW) CaseReview review) {
        return contractXml.toXml(acknowledgmentObjects.createAcknowledgment(acknowledgments.accepted(inProcess, review)));
    }

    /** Both messages are sent (in this transaction): record the steps. */
    public void recordForwarded(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess) {
        String district = inProcess.getDistrictId();
        ledger.advanceClaimed(inProcess.getTrackingId(), List.of(
                new StatusChange(TransmittalStatus.VALIDATED, "schema and business rules passed"),
                new StatusChange(TransmittalStatus.FORWARDED, "referred to district " + district),
                new StatusChange(TransmittalStatus.ACKNOWLEDGED, "acknowledgment sent to partner " + inProcess.getPartnerId())),
                district, null);
    }
}
