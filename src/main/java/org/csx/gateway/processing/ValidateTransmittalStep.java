package org.csx.gateway.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.intake.TransmittalIntake;
import org.csx.gateway.ledger.StoredIntake;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.partner.PartnerDirectory;
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
    private final TransmittalLedger ledger;
    private final PartnerDirectory partners;

    public ValidateTransmittalStep(TransmittalSchemaValidator schemaValidator, BusinessRules businessRules,
                                   ContractXml contractXml, TransmittalLedger ledger, PartnerDirectory partners) {
        this.schemaValidator = schemaValidator;
        this.businessRules = businessRules;
        this.contractXml = contractXml;
        this.ledger = ledger;
        this.partners = partners;
    }

    public TransmittalInProcess validate(@Body String rawXml, @Header(IntakeMessages.TRACKING_ID) String trackingId) {
        // Who sent it, how and when: from the ledger row intake wrote for the authenticated partner, never from the
        // message's headers. A message with no stored transmittal behind it, or another body, is not processed.
        UUID id = trackingId(trackingId);
        StoredIntake stored = ledger.storedIntake(id).orElseThrow(() ->
                new CorruptIntakeMessageException("No transmittal is stored with the intake message's tracking id " + id));
        if (!stored.sha256().equals(TransmittalIntake.sha256(required(rawXml, "transmittal body")))) {
            throw new CorruptIntakeMessageException("The intake message for " + id + " is not the transmittal stored");
        }
        if (partners.find(stored.partnerId()).isEmpty()) {
            throw new CorruptIntakeMessageException("The partner of " + id + " is no longer configured");
        }
        TransmittalInProcess inProcess = new TransmittalInProcess(id, stored.partnerId(), stored.channel(),
                stored.transactionSerialNumber(), stored.receivedAt(), rawXml);
        List<Violation> schemaViolations = schemaValidator.validate(rawXml);
        if (schemaViolations.stream().anyMatch(v -> MALFORMED_XML.equals(v.code()))) {
            throw new CorruptIntakeMessageException("The intake message for " + trackingId + " is not well-formed XML");
        }
        if (!schemaViolations.isEmpty()) {
            inProcess.markRejected(schemaViolations, null);
            return inProcess;
        }
        TransmittalType transmittal = contractXml.readTransmittal(rawXml);
        List<Violation> ruleViolations = new ArrayList<>(businessRules.check(transmittal));
        if (ruleViolations.isEmpty()) {
            inProcess.markAccepted(transmittal);
        } else {
            inProcess.markRejected(ruleViolations, transmittal);
        }
        return inProcess;
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
