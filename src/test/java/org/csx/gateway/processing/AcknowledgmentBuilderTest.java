package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.csx.gateway.processing.ProcessingExamples.RECEIVED_AT;
import static org.csx.gateway.processing.ProcessingExamples.TRACKING_ID;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.csx.gateway.contract.acknowledgment.AcknowledgmentType;
import org.csx.gateway.contract.acknowledgment.ObjectFactory;
import org.csx.gateway.contract.acknowledgment.Outcome;
import org.csx.gateway.contract.acknowledgment.TransactionReferenceType;
import org.csx.gateway.contract.acknowledgment.ViolationType;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.routing.District;
import org.csx.gateway.validation.Violation;
import org.junit.jupiter.api.Test;

class AcknowledgmentBuilderTest {

    private static final District NYC = new District("nyc", "New York City Human Resources Administration", "3606100");
    private static final District ALBANY = new District("36001", "Albany County", "3600100");

    private final AcknowledgmentBuilder builder =
            new AcknowledgmentBuilder(new AcknowledgmentCodes(ProcessingExamples.FAR_CODES),
                    new org.csx.gateway.partner.PartnerMessages("3600000", java.time.Clock.systemUTC()));

    @Test
    void acceptedSaysWhereTheCaseWent() {
        TransmittalInProcess inProcess = ProcessingExamples.accepted("enf-request.xml");
        inProcess.markRoutedTo(NYC);

        AcknowledgmentType ack = builder.accepted(inProcess);

        assertThat(ack.getOutcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(ack.getTrackingId()).isEqualTo(TRACKING_ID.toString());
        assertThat(ack.getRespondingLocatorCode()).isEqualTo("3600000");
        assertThat(ack.getCreatedAt()).isCloseTo(OffsetDateTime.now(), within(1, ChronoUnit.MINUTES));
        assertThat(ack.getDistrict().getId()).isEqualTo("nyc");
        assertThat(ack.getDistrict().getName()).isEqualTo("New York City Human Resources Administration");
        assertThat(ack.getDistrict().getLocatorCode()).isEqualTo("3606100");
        assertThat(ack.getViolation()).isEmpty();
    }

    @Test
    void acceptedEnforcementRequestGetsEnfAAnoad() {
        TransmittalInProcess inProcess = ProcessingExamples.accepted("enf-request.xml");
        inProcess.markRoutedTo(NYC);

        AcknowledgmentType ack = builder.accepted(inProcess);

        assertThat(ack.getResponse().getFunctionalType()).isEqualTo("ENF");
        assertThat(ack.getResponse().getActionCode()).isEqualTo("A");
        assertThat(ack.getResponse().getActionReason()).isEqualTo("ANOAD");
    }

    @Test
    void acceptedQuickLocateGetsLo1AWithBlankReason() {
        TransmittalInProcess inProcess = ProcessingExamples.accepted("lo1-request.xml");
        inProcess.markRoutedTo(ALBANY);

        AcknowledgmentType ack = builder.accepted(inProcess);

        assertThat(ack.getResponse().getFunctionalType()).isEqualTo("LO1");
        assertThat(ack.getResponse().getActionCode()).isEqualTo("A");
        assertThat(ack.getResponse().getActionReason()).isNull();
    }

    @Test
    void anAcknowledgmentOrAnUpdateIsNotAcknowledgedWithACsenetTransaction() {
        // two registries' gateways would otherwise acknowledge each other's acknowledgments forever
        for (ActionCode action : List.of(ActionCode.A, ActionCode.P, ActionCode.U, ActionCode.C, ActionCode.M)) {
            TransmittalInProcess inProcess = ProcessingExamples.accepted("lo1-request.xml");
            inProcess.getTransmittal().getHeader().setActionCode(action);
            inProcess.markRoutedTo(ALBANY);

            AcknowledgmentType ack = builder.accepted(inProcess);

            assertThat(ack.getResponse()).as(action.value()).isNull();
            assertThat(ack.getOutcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(ack.getDistrict().getId()).isEqualTo("36001");
        }
    }

    @Test
    void acceptedRequestWithoutAcknowledgmentRowGetsNoResponseCode() {
        TransmittalInProcess inProcess = ProcessingExamples.accepted("lo1-request.xml");
        inProcess.getTransmittal().getHeader().setFunctionalType(FunctionalType.CSI);
        inProcess.markRoutedTo(ALBANY);

        AcknowledgmentType ack = builder.accepted(inProcess);

        assertThat(ack.getResponse()).isNull();
        assertThat(ack.getOutcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(ack.getDistrict().getId()).isEqualTo("36001");
    }

    @Test
    void acceptedRefersToTheOriginalTransaction() {
        TransmittalInProcess inProcess = ProcessingExamples.accepted("enf-request.xml");
        inProcess.markRoutedTo(NYC);

        TransactionReferenceType original = builder.accepted(inProcess).getOriginalTransaction();

        assertThat(original.getSenderLocatorCode()).isEqualTo("0603700");
        assertThat(original.getSenderCountryCode()).isNull();
        assertThat(original.getTransactionSerialNumber()).isEqualTo("000000100002");
        assertThat(original.getFunctionalType()).isEqualTo("ENF");
        assertThat(original.getActionCode()).isEqualTo("R");
        assertThat(original.getActionReason()).isEqualTo("ERRES");
        assertThat(original.getSenderCaseId()).isEqualTo("CA-LA-0000456");
    }

    @Test
    void rejectedCopiesEveryViolationInOrder() {
        TransmittalInProcess inProcess = new TransmittalInProcess(TRACKING_ID, "ca-dcss", "soap", "000000100003",
                RECEIVED_AT, ProcessingExamples.xml("invalid-request.xml"));
        List<Violation> violations = List.of(
                new Violation("FAR_COMBINATION_INVALID", "Transmittal/Header/ActionReason", "Reason XXXXX is unknown."),
                new Violation("LOCATOR_COUNTY_UNKNOWN", "Transmittal/Header/ReceiverLocatorCode", "County 999 is unknown."),
                new Violation("DATE_IN_FUTURE", "Transmittal/Header/TransactionDate", "The date is in the future."));
        inProcess.markRejected(violations, ProcessingExamples.transmittal("invalid-request.xml"));

        AcknowledgmentType ack = builder.rejected(inProcess);

        assertThat(ack.getOutcome()).isEqualTo(Outcome.REJECTED);
        assertThat(ack.getTrackingId()).isEqualTo(TRACKING_ID.toString());
        assertThat(ack.getResponse()).isNull();
        assertThat(ack.getDistrict()).isNull();
        assertThat(ack.getViolation())
                .extracting(ViolationType::getCode, ViolationType::getPath, ViolationType::getMessage)
                .containsExactly(
                        tuple("FAR_COMBINATION_INVALID",
                                "Transmittal/Header/ActionReason", "Reason XXXXX is unknown."),
                        tuple("LOCATOR_COUNTY_UNKNOWN",
                                "Transmittal/Header/ReceiverLocatorCode", "County 999 is unknown."),
                        tuple("DATE_IN_FUTURE",
                                "Transmittal/Header/TransactionDate", "The date is in the future."));
        assertThat(ack.getOriginalTransaction().getTransactionSerialNumber()).isEqualTo("000000100003");
        assertThat(ack.getOriginalTransaction().getSenderCaseId()).isEqualTo("CA-LA-0000789");
    }

    @Test
    void rejectedSchemaInvalidTransmittalStillNamesItsSerialNumber() {
        TransmittalInProcess inProcess = new TransmittalInProcess(TRACKING_ID, "ca-dcss", "soap", "000000100004",
                RECEIVED_AT, ProcessingExamples.xml("schema-invalid-request.xml"));
        inProcess.markRejected(List.of(new Violation("SCHEMA_INVALID", "Transmittal/Header/FunctionalType",
                "FunctionalType XYZ is not one of the allowed values.")), null);

        AcknowledgmentType ack = builder.rejected(inProcess);

        TransactionReferenceType original = ack.getOriginalTransaction();
        assertThat(original.getTransactionSerialNumber()).isEqualTo("000000100004");
        assertThat(original.getSenderLocatorCode()).isNull();
        assertThat(original.getFunctionalType()).isNull();
        assertThat(ack.getViolation()).singleElement()
                .satisfies(v -> assertThat(v.getCode()).isEqualTo("SCHEMA_INVALID"));
    }

    @Test
    void anAcceptedAcknowledgmentMarshalsToContractXml() {
        TransmittalInProcess inProcess = ProcessingExamples.accepted("est-request.xml");
        inProcess.markRoutedTo(new District("36029", "Erie County", "3602900"));

        String xml = ProcessingExamples.CONTRACT_XML.toXml(new ObjectFactory().createAcknowledgment(builder.accepted(inProcess)));

        assertThat(xml).contains("3602900").contains("ANOAD").contains("000000200001");
    }
}
