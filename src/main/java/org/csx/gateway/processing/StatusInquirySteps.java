package org.csx.gateway.processing;

import org.csx.gateway.documents.CaseReviewer;
import org.csx.gateway.documents.Completeness;
import org.csx.gateway.documents.DocumentNotices;
import org.csx.gateway.documents.CaseDocumentRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.ExchangeProperty;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.DistrictProperties;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.MessageHeaders;
import org.csx.gateway.contract.acknowledgment.ObjectFactory;
import org.csx.gateway.contract.acknowledgment.ResponseCodeType;
import org.csx.gateway.contract.acknowledgment.StatusResponseType;
import org.csx.gateway.contract.acknowledgment.TransactionReferenceType;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.deadlines.DutyKind;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.ledger.StatusChange;
import org.csx.gateway.partner.PartnerMessages;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.routing.District;
import org.csx.gateway.routing.DistrictDirectory;

/**
 * Answers a case status inquiry (MSC R GRUPD) at once with MSC P GSPUD (45 CFR 303.7(b)(4): 5 working days).
 * The case is the sender's: named by our tracking id in an Information text line, or by the sender's own case id
 * in Header/SenderCaseId. The answer gives the case's status, its district and the documents still missing; an
 * unknown case gets an answer saying so. No personal data is in the answer.
 */
public class StatusInquirySteps {

    static final String INQUIRY_REASON = "GRUPD";
    private static final Pattern TRACKING_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final CaseDocumentRepository documents;
    private final CaseReviewer reviewer;
    private final TransmittalLedger ledger;
    private final DutyRepository duties;
    private final DistrictDirectory districts;
    private final CsxProperties properties;
    private final PartnerMessages messages;
    private final ContractXml contractXml;
    private final Clock clock;
    private final ObjectFactory objects = new ObjectFactory();

    public StatusInquirySteps(CaseDocumentRepository documents, CaseReviewer reviewer, TransmittalLedger ledger,
                              DutyRepository duties, DistrictDirectory districts, CsxProperties properties, PartnerMessages messages,
                              ContractXml contractXml, Clock clock) {
        this.documents = documents;
        this.reviewer = reviewer;
        this.ledger = ledger;
        this.duties = duties;
        this.districts = districts;
        this.properties = properties;
        this.messages = messages;
        this.contractXml = contractXml;
        this.clock = clock;
    }

    /** Used by the route: a valid MSC R GRUPD. */
    public boolean isStatusInquiry(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess) {
        if (inProcess == null || inProcess.isRejected() || inProcess.getTransmittal() == null) {
            return false;
        }
        HeaderType header = inProcess.getTransmittal().getHeader();
        return header.getFunctionalType() == FunctionalType.MSC && header.getActionCode() == ActionCode.R
                && INQUIRY_REASON.equals(header.getActionReason());
    }

    /** The MSC P GSPUD answer, as the body to put on the sender's queue. */
    public String answer(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess) {
        HeaderType header = inProcess.getTransmittal().getHeader();
        StatusResponseType response = messages.statusResponse(inProcess.getTrackingId().toString(),
                PartnerMessages.reference(header));

        Optional<TransmittalView> found = findCase(inProcess.getPartnerId(), inProcess.getTransmittal()).flatMap(ledger::find);
        if (found.isEmpty()) {
            response.setCaseFound(false);
            response.setMessage("No case from partner " + inProcess.getPartnerId() + " matches "
                    + describe(header) + ". Send SenderCaseId as it was in the original request, or our tracking id "
                    + "(from the receipt) in an Information text line.");
            return contractXml.toXml(objects.createStatusResponse(response));
        }
        TransmittalView view = found.get();
        response.setCaseFound(true);
        response.setCaseTrackingId(view.trackingId().toString());
        response.setCaseStatus(view.status().name());
        StringBuilder message = new StringBuilder("Case ").append(view.trackingId()).append(" received ")
                .append(view.receivedAt().toLocalDate()).append(" is ").append(view.status().name());
        district(view.districtId()).ifPresent(d -> {
            response.setDistrict(PartnerMessages.district(d.id(), d.name(), d.locatorCode()));
            message.append("; it was sent to ").append(d.name()).append(" (locator code ").append(d.locatorCode()).append(')');
        });
        reviewer.current(view.trackingId()).ifPresent(review -> {
            Completeness completeness = review.completeness();
            response.setCompleteness(completeness.status().name());
            response.getMissingDocument().addAll(DocumentNotices.missing(completeness));
            message.append(completeness.isComplete() ? "; its documents are complete"
                    : "; " + completeness.missing().size() + " document item(s) are still missing");
        });
        response.setMessage(message.append('.').toString());
        return contractXml.toXml(objects.createStatusResponse(response));
    }

    /** The inquiry is answered: recorded in its ledger entry and its 5-day clock (kept for the record). */
    public void recordAnswered(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess) {
        ledger.advanceClaimed(inProcess.getTrackingId(), List.of(new StatusChange(TransmittalStatus.VALIDATED,
                "status inquiry answered automatically (MSC P GSPUD)")), null, null);
        duties.open(inProcess.getTrackingId(), DutyKind.STATUS_INQUIRY,
                "case status inquiry (MSC R GRUPD) from partner " + inProcess.getPartnerId(),
                inProcess.getReceivedAt().toInstant(), "answered with MSC P GSPUD at " + clock.instant());
    }

    /**
     * Our tracking id does not fit CSENet's 15-character case ids, so a sender quotes it in an Information text
     * line ("TRACKING ID 0f8c…"); otherwise the sender's own case id names the case. Either way only the
     * sender's own cases are found.
     */
    private Optional<UUID> findCase(String partnerId, TransmittalType inquiry) {
        if (inquiry.getInformation() != null) {
            for (String line : inquiry.getInformation().getTextLine()) {
                Matcher m = TRACKING_ID.matcher(line == null ? "" : line);
                while (m.find()) {
                    UUID id = UUID.fromString(m.group());
                    if (documents.sentBy(id, partnerId)) {
                        return Optional.of(id);
                    }
                }
            }
        }
        HeaderType header = inquiry.getHeader();
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
        return header.getSenderCaseId() == null ? "an inquiry without SenderCaseId or tracking id"
                : "case id " + header.getSenderCaseId();
    }

}
