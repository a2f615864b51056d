package org.csx.gateway.processing;

import org.csx.gateway.contract.MessageHeaders;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.Message;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.validation.BusinessRules;
import org.csx.gateway.validation.TransmittalSchemaValidator;
import org.csx.gateway.validation.Violation;

/**
 * First processing step: the transmittal against transmittal.xsd, then against the business rules.
 * Every violation is collected; the schema comes first because the rules need a well-typed transmittal.
 */
public class ValidateTransmittalStep {

    static final String MALFORMED_XML = "MALFORMED_XML";

    private final TransmittalSchemaValidator schemaValidator;
    private final BusinessRules businessRules;
    private final ContractXml contractXml;
    private final CaseHolding cases;
    private final RequestAnswers answers;

    /** Whether the registry holds a case from this partner under the partner's own case id. */
    @FunctionalInterface
    public interface CaseHolding {
        boolean holds(String partnerId, String senderCaseId);
    }

    public ValidateTransmittalStep(TransmittalSchemaValidator schemaValidator, BusinessRules businessRules,
                                   ContractXml contractXml) {
        this(schemaValidator, businessRules, contractXml, (partner, caseId) -> true);
    }

    /** Whether a partner's transaction answers a district's own request (district.DistrictAnswers). */
    @FunctionalInterface
    public interface RequestAnswers {
        boolean answersRequest(String partnerId, org.csx.gateway.contract.transmittal.HeaderType header);
    }

    public ValidateTransmittalStep(TransmittalSchemaValidator schemaValidator, BusinessRules businessRules,
                                   ContractXml contractXml, CaseHolding cases) {
        this(schemaValidator, businessRules, contractXml, cases, (partner, header) -> false);
    }

    public ValidateTransmittalStep(TransmittalSchemaValidator schemaValidator, BusinessRules businessRules,
                                   ContractXml contractXml, CaseHolding cases, RequestAnswers answers) {
        this.schemaValidator = schemaValidator;
        this.businessRules = businessRules;
        this.contractXml = contractXml;
        this.cases = cases;
        this.answers = answers;
    }

    /**
     * The route's step: {@link #validate} on the claimed transmittal (body and headers), the result kept as the
     * exchange's {@value MessageHeaders#TRANSMITTAL} property and whether it was rejected as
     * {@value MessageHeaders#REJECTED}. A bean step rather than a bean expression: an expression runs on a copy of
     * the exchange.
     */
    public void validateTransmittal(Exchange exchange) {
        Message message = exchange.getMessage();
        TransmittalInProcess inProcess = validate(message.getBody(String.class),
                message.getHeader(MessageHeaders.TRACKING_ID, String.class),
                message.getHeader(MessageHeaders.PARTNER_ID, String.class),
                message.getHeader(MessageHeaders.CHANNEL, String.class),
                message.getHeader(MessageHeaders.SERIAL_NUMBER, String.class),
                message.getHeader(MessageHeaders.RECEIVED_AT, OffsetDateTime.class));
        exchange.setProperty(MessageHeaders.TRANSMITTAL, inProcess);
        exchange.setProperty(MessageHeaders.REJECTED, inProcess.isRejected());
    }

    public TransmittalInProcess validate(@Body String rawXml,
                                         @Header(MessageHeaders.TRACKING_ID) String trackingId,
                                         @Header(MessageHeaders.PARTNER_ID) String partnerId,
                                         @Header(MessageHeaders.CHANNEL) String channel,
                                         @Header(MessageHeaders.SERIAL_NUMBER) String serialNumber,
                                         @Header(MessageHeaders.RECEIVED_AT) OffsetDateTime receivedAt) {
        TransmittalInProcess inProcess = new TransmittalInProcess(trackingId(trackingId), required(partnerId, "partner id"),
                channel, serialNumber, receivedAt == null ? OffsetDateTime.now() : receivedAt,
                required(rawXml, "transmittal body"));
        // one parse: the schema validation passes the document on to JAXB as it goes
        ContractXml.TransmittalReading reading = contractXml.transmittalReading();
        List<Violation> schemaViolations = schemaValidator.validate(rawXml, reading);
        if (schemaViolations.stream().anyMatch(v -> MALFORMED_XML.equals(v.code()))) {
            throw new CorruptIntakeMessageException("The intake message for " + trackingId + " is not well-formed XML");
        }
        if (!schemaViolations.isEmpty()) {
            inProcess.markRejected(schemaViolations, null);
            return inProcess;
        }
        TransmittalType transmittal = reading.transmittal();
        List<Violation> ruleViolations = new ArrayList<>(businessRules.check(transmittal));
        if (ruleViolations.isEmpty() && CaseNotHeldReply.namesAnExistingCase(transmittal.getHeader())
                && !holds(inProcess.getPartnerId(), transmittal.getHeader().getSenderCaseId())
                && !answers.answersRequest(inProcess.getPartnerId(), transmittal.getHeader())) {
            inProcess.markCaseNotHeld(transmittal, CaseNotHeldReply.violation(transmittal.getHeader()));
        } else if (ruleViolations.isEmpty()) {
            inProcess.markAccepted(transmittal);
        } else {
            inProcess.markRejected(ruleViolations, transmittal);
        }
        return inProcess;
    }

    private boolean holds(String partnerId, String senderCaseId) {
        return senderCaseId != null && cases.holds(partnerId, senderCaseId);
    }

    private static UUID trackingId(String value) {
        try {
            return UUID.fromString(required(value, "tracking id"));
        } catch (IllegalArgumentException e) {
            throw new CorruptIntakeMessageException("The intake message carries no valid tracking id");
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new CorruptIntakeMessageException("The intake message carries no " + what);
        }
        return value;
    }
}
