package org.csx.gateway.documents;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.ExchangeProperty;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.DistrictProperties;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.acknowledgment.DistrictType;
import org.csx.gateway.contract.acknowledgment.ObjectFactory;
import org.csx.gateway.contract.acknowledgment.ResponseCodeType;
import org.csx.gateway.contract.acknowledgment.StatusResponseType;
import org.csx.gateway.contract.acknowledgment.TransactionReferenceType;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.deadlines.DutyKind;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.ledger.StatusChange;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.processing.TransmittalInProcess;
import org.csx.gateway.routing.District;
import org.csx.gateway.routing.DistrictDirectory;

/**
 * Answers a case status inquiry (MSC R GRUPD) at once with MSC P GSPUD (45 CFR 303.7(b)(4): 5 working days).
 * The case is the sender's: named by our tracking id in Header/ReceiverCaseId, or by the sender's own case id in
 * Header/SenderCaseId. The answer gives the case's status, its district and the documents still missing; an
 * unknown case gets an answer saying so. No personal data is in the answer.
 */
public class StatusInquirySteps {

    static final String INQUIRY_REASON = "GRUPD";

    private final CaseDocumentRepository documents;
    private final CaseReviewer reviewer;
    private final TransmittalLedger ledger;
    private final DutyRepository duties;
    private final DistrictDirectory districts;
    private final CsxProperties properties;
    private final ContractXml contractXml;
    private final ObjectFactory objects = new ObjectFactory();

    public StatusInquirySteps(CaseDocumentRepository documents, CaseReviewer reviewer, TransmittalLedger ledger,
                              DutyRepository duties, DistrictDirectory districts, CsxProperties properties,
                              ContractXml contractXml) {
        this.documents = documents;
        this.reviewer = reviewer;
        this.ledger = ledger;
        this.duties = duties;
        this.districts = districts;
        this.properties = properties;
        this.contractXml = contractXml;
    }

    /** Used by the route: a valid MSC R GRUPD. */
    public boolean isStatusInquiry(@ExchangeProperty("transmittal") TransmittalInProcess inProcess) {
        if (inProcess == null || inProcess.isRejected() || inProcess.getTransmittal() == null) {
            return false;
        }
        HeaderType header = inProcess.getTransmittal().getHeader();
        return header.getFunctionalType() == FunctionalType.MSC && header.getActionCode() == ActionCode.R
                && INQUIRY_REASON.equals(header.getActionReason());
    }

    /** The MSC P GSPUD answer, as the body to put on the sender's queue. */
    public String answer(@ExchangeProperty("transmittal") TransmittalInProcess inProcess) {
        HeaderType header = inProcess.getTransmittal().getHeader();
        StatusResponseType response = new StatusResponseType();
        response.setTrackingId(inProcess.getTrackingId().toString());
        response.setCreatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        response.setRespondingLocatorCode(properties.getRegistryLocatorCode());
        response.setOriginalTransaction(reference(header));
        ResponseCodeType code = new ResponseCodeType();
        code.setFunctionalType("MSC");
        code.setActionCode("P");
        code.setActionReason("GSPUD");
        response.setResponse(code);

        Optional<TransmittalView> found = findCase(inProcess.getPartnerId(), header).flatMap(ledger::find);
        if (found.isEmpty()) {
            response.setCaseFound(false);
            response.setMessage("No case from partner " + inProcess.getPartnerId() + " matches "
                    + describe(header) + ". Send SenderCaseId as it was in the original request (or, when it fits, "
                    + "our tracking id in ReceiverCaseId).");
            return contractXml.toXml(objects.createStatusResponse(response));
        }
        TransmittalView view = found.get();
        response.setCaseFound(true);
        response.setCaseTrackingId(view.trackingId().toString());
        response.setCaseStatus(view.status().name());
        StringBuilder message = new StringBuilder("Case ").append(view.trackingId()).append(" received ")
                .append(view.receivedAt().toLocalDate()).append(" is ").append(view.status().name());
        district(view.districtId()).ifPresent(d -> {
            DistrictType where = new DistrictType();
            where.setId(d.id());
            where.setName(d.name());
            where.setLocatorCode(d.locatorCode());
            response.setDistrict(where);
            message.append("; it was sent to ").append(d.name()).append(" (locator code ").append(d.locatorCode()).append(')');
        });
        documents.storedReview(view.trackingId()).ifPresent(stored -> {
            Completeness completeness = reviewer.evaluate(stored.requestType(), stored.partnerStateFips(),
                    documents.documents(view.trackingId()));
            response.setCompleteness(completeness.status().name());
            response.getMissingDocument().addAll(DocumentsReminderJob.missing(completeness));
            message.append(completeness.isComplete() ? "; its documents are complete"
                    : "; " + completeness.missing().size() + " document item(s) are still missing");
        });
        response.setMessage(message.append('.').toString());
        return contractXml.toXml(objects.createStatusResponse(response));
    }

    /** The inquiry is answered: recorded in its ledger entry and its 5-day clock (kept for the record). */
    public void recordAnswered(@ExchangeProperty("transmittal") TransmittalInProcess inProcess) {
        ledger.advance(inProcess.getTrackingId(), List.of(new StatusChange(TransmittalStatus.VALIDATED,
                "status inquiry answered automatically (MSC P GSPUD)")), null, null);
        duties.open(inProcess.getTrackingId(), DutyKind.STATUS_INQUIRY,
                "case status inquiry (MSC R GRUPD) from partner " + inProcess.getPartnerId(),
                inProcess.getReceivedAt().toInstant(), "answered with MSC P GSPUD at " + Instant.now());
    }

    private Optional<UUID> findCase(String partnerId, HeaderType header) {
        String ours = header.getReceiverCaseId();
        if (ours != null) {
            try {
                UUID id = UUID.fromString(ours.strip());
                if (documents.sentBy(id, partnerId)) {
                    return Optional.of(id);
                }
            } catch (IllegalArgumentException e) {
                // not a tracking id: fall back to the sender's case id
            }
        }
        return header.getSenderCaseId() == null ? Optional.empty()
                : documents.caseBySenderCaseId(partnerId, header.getSenderCaseId().strip());
    }

    private Optional<District> district(String districtId) {
        if (districtId == null) {
            return Optional.empty();
        }
        if (districtId.matches("[0-9]{5}")) {
            return districts.forCounty(districtId);
        }
        return properties.getDistricts().stream().filter(d -> d.getId().equals(districtId))
                .map(DistrictProperties::getCounties).filter(c -> !c.isEmpty())
                .findFirst().flatMap(c -> districts.forCounty(c.get(0)));
    }

    private static String describe(HeaderType header) {
        if (header.getReceiverCaseId() == null && header.getSenderCaseId() == null) {
            return "an inquiry without ReceiverCaseId or SenderCaseId";
        }
        return (header.getReceiverCaseId() == null ? "" : "receiver case id " + header.getReceiverCaseId())
                + (header.getReceiverCaseId() != null && header.getSenderCaseId() != null ? " or " : "")
                + (header.getSenderCaseId() == null ? "" : "sender case id " + header.getSenderCaseId());
    }

    private static TransactionReferenceType reference(HeaderType header) {
        TransactionReferenceType reference = new TransactionReferenceType();
        reference.setSenderLocatorCode(header.getSender().getLocatorCode());
        reference.setSenderCountryCode(header.getSender().getCountryCode());
        reference.setTransactionSerialNumber(header.getTransactionSerialNumber());
        reference.setFunctionalType(header.getFunctionalType().value());
        reference.setActionCode(header.getActionCode().value());
        reference.setActionReason(header.getActionReason());
        reference.setSenderCaseId(header.getSenderCaseId());
        return reference;
    }
}
