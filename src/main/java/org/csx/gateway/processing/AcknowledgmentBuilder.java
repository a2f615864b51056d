package org.csx.gateway.processing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.csx.gateway.contract.acknowledgment.AcknowledgmentType;
import org.csx.gateway.contract.acknowledgment.DistrictType;
import org.csx.gateway.contract.acknowledgment.MissingDocumentType;
import org.csx.gateway.contract.acknowledgment.Outcome;
import org.csx.gateway.contract.acknowledgment.ResponseCodeType;
import org.csx.gateway.contract.acknowledgment.TransactionReferenceType;
import org.csx.gateway.contract.acknowledgment.ViolationType;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.documents.CaseReview;
import org.csx.gateway.documents.MissingDocument;
import org.csx.gateway.routing.District;
import org.csx.gateway.validation.Violation;

/**
 * Builds what the sender is told: accepted, where the case went and (AADIN) exactly which documents are missing,
 * or rejected with every violation.
 */
public class AcknowledgmentBuilder {

    private final AcknowledgmentCodes codes;
    private final String registryLocatorCode;

    public AcknowledgmentBuilder(AcknowledgmentCodes codes, String registryLocatorCode) {
        this.codes = codes;
        this.registryLocatorCode = registryLocatorCode;
    }

    public AcknowledgmentType accepted(TransmittalInProcess inProcess) {
        return accepted(inProcess, null);
    }

    /** @param review the completeness review; null when none was made (then nothing is asked for) */
    public AcknowledgmentType accepted(TransmittalInProcess inProcess, CaseReview review) {
        AcknowledgmentType ack = base(inProcess, Outcome.ACCEPTED);
        HeaderType header = inProcess.getTransmittal().getHeader();
        boolean complete = review == null || review.isComplete();
        // CSENet acknowledges a request (R) only: answering an acknowledgment, response or update with one would make
        // two registries' gateways acknowledge each other's acknowledgments forever
        if (header.getActionCode() == ActionCode.R) {
            codes.forRequest(header.getFunctionalType().value(), complete).ifPresent(code -> {
                ResponseCodeType response = new ResponseCodeType();
                response.setFunctionalType(code.functionalType());
                response.setActionCode(code.actionCode());
                response.setActionReason(code.actionReason());
                ack.setResponse(response);
            });
        }
        District district = inProcess.getDistrict();
        DistrictType where = new DistrictType();
        where.setId(district.id());
        where.setName(district.name());
        where.setLocatorCode(district.locatorCode());
        ack.setDistrict(where);
        if (!complete) {
            for (MissingDocument missing : review.completeness().missing()) {
                MissingDocumentType m = new MissingDocumentType();
                m.setDocumentType(missing.type().name());
                m.setCount(missing.missingCount());
                m.setReason(missing.reason());
                ack.getMissingDocument().add(m);
            }
        }
        return ack;
    }

    public AcknowledgmentType rejected(TransmittalInProcess inProcess) {
        AcknowledgmentType ack = base(inProcess, Outcome.REJECTED);
        for (Violation violation : inProcess.getViolations()) {
            ViolationType v = new ViolationType();
            v.setCode(violation.code());
            v.setPath(violation.path());
            v.setMessage(violation.message());
            ack.getViolation().add(v);
        }
        return ack;
    }

    private AcknowledgmentType base(TransmittalInProcess inProcess, Outcome outcome) {
        AcknowledgmentType ack = new AcknowledgmentType();
        ack.setTrackingId(inProcess.getTrackingId().toString());
        ack.setCreatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        ack.setOutcome(outcome);
        ack.setRespondingLocatorCode(registryLocatorCode);
        ack.setOriginalTransaction(reference(inProcess));
        return ack;
    }

    /** Refers to the original by what the sender knows it by; a schema-invalid one may lack most of it. */
    private static TransactionReferenceType reference(TransmittalInProcess inProcess) {
        if (inProcess.getTransmittal() == null) {
            TransactionReferenceType reference = new TransactionReferenceType();
            reference.setTransactionSerialNumber(inProcess.getTransactionSerialNumber());
            return reference;
        }
        return TransactionReferences.of(inProcess.getTransmittal().getHeader());
    }
}
