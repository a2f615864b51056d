package org.csx.gateway.district;

import java.util.Optional;
import org.apache.camel.ExchangeProperty;
import org.csx.gateway.contract.MessageHeaders;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.deadlines.DutyKind;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.processing.TransmittalInProcess;

/**
 * Partners' answers to districts' own requests, as they come through intake (routes/transmittal-processing.yaml): an
 * A, P, U, C or M from the partner asked, naming the district's case id (ReceiverCaseId) at the district's locator code,
 * answers that request. It is not refused as "case not held" (its SenderCaseId is the partner's new case), it is
 * routed to that district like any transmittal (its receiver is the district), and the request's clocks stop:
 * the acknowledgment's on any answer, the response's on a P.
 */
public class DistrictAnswers implements org.csx.gateway.processing.ValidateTransmittalStep.RequestAnswers {

    private final DistrictMessages messages;
    private final DutyRepository duties;

    DistrictAnswers(DistrictMessages messages, DutyRepository duties) {
        this.messages = messages;
        this.duties = duties;
    }

    /** For validation: whether this transaction from this partner answers a district's request. */
    @Override
    public boolean answersRequest(String partnerId, HeaderType header) {
        return request(partnerId, header).isPresent();
    }

    /** After the transmittal was forwarded: the match recorded and the clocks stopped (idempotent). */
    public void match(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess) {
        if (inProcess == null || inProcess.isRejected() || inProcess.getTransmittal() == null) {
            return;
        }
        HeaderType header = inProcess.getTransmittal().getHeader();
        request(inProcess.getPartnerId(), header).ifPresent(request -> {
            messages.recordAnswer(request.id(), inProcess.getTrackingId(), header.getSenderCaseId());
            String how = header.getFunctionalType().value() + " " + header.getActionCode().value()
                    + " from partner " + inProcess.getPartnerId() + " (case " + inProcess.getTrackingId() + ")";
            duties.complete(request.id(), DutyKind.PARTNER_ACKNOWLEDGMENT, "answered by " + how);
            if (header.getActionCode() == ActionCode.P) {
                duties.complete(request.id(), DutyKind.PARTNER_RESPONSE, "answered by " + how);
            }
        });
    }

    private Optional<DistrictMessages.Request> request(String partnerId, HeaderType header) {
        if (header == null || header.getActionCode() == null || header.getActionCode() == ActionCode.R) {
            return Optional.empty();
        }
        return messages.answered(partnerId, header.getReceiverCaseId(), header.getReceiverLocatorCode());
    }
}
