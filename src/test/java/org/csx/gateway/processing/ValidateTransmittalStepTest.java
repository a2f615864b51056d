package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csx.gateway.processing.ProcessingExamples.TRACKING_ID;
import static org.csx.gateway.processing.ProcessingExamples.xml;

import java.time.OffsetDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.csx.gateway.contract.MessageHeaders;
import org.csx.gateway.validation.BusinessRules;
import org.csx.gateway.validation.TransmittalSchemaValidator;
import org.csx.gateway.validation.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidateTransmittalStepTest {

    private static final OffsetDateTime RECEIVED_AT = OffsetDateTime.parse("2026-11-23T09:30:00-05:00");
    private static ValidateTransmittalStep step;

    @BeforeAll
    static void buildStep() {
        step = new ValidateTransmittalStep(new TransmittalSchemaValidator(),
                new BusinessRules(ProcessingExamples.FAR_CODES, ProcessingExamples.COUNTIES, "36",
                        ProcessingExamples.CLOCK),
                ProcessingExamples.CONTRACT_XML);
    }

    private static TransmittalInProcess validate(String body) {
        return step.validate(body, TRACKING_ID.toString(), "ca-dcss", "soap", "000000100001", RECEIVED_AT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lo1-request.xml", "est-request.xml", "enf-request.xml", "unroutable-request.xml"})
    void validExamplesAreAcceptedWithTheParsedTransmittal(String example) {
        TransmittalInProcess inProcess = validate(xml(example));

        assertThat(inProcess.getViolations()).isEmpty();
        assertThat(inProcess.isRejected()).isFalse();
        assertThat(inProcess.getTransmittal()).isNotNull();
        assertThat(inProcess.getTransmittal().getHeader().getSender().getLocatorCode()).isEqualTo(
                example.startsWith("est") ? "4820100" : "0603700");
    }

    @Test
    void theIntakeHeadersAreKept() {
        TransmittalInProcess inProcess = validate(xml("enf-request.xml"));

        assertThat(inProcess.getTrackingId()).isEqualTo(TRACKING_ID);
        assertThat(inProcess.getPartnerId()).isEqualTo("ca-dcss");
        assertThat(inProcess.getChannel()).isEqualTo("soap");
        assertThat(inProcess.getTransactionSerialNumber()).isEqualTo("000000100001");
        assertThat(inProcess.getReceivedAt()).isEqualTo(RECEIVED_AT);
        assertThat(inProcess.getRawXml()).isEqualTo(xml("enf-request.xml"));
    }

    @Test
    void businessRuleViolationsRejectAndKeepTheParsedTransmittal() {
        TransmittalInProcess inProcess = validate(xml("invalid-request.xml"));

        assertThat(inProcess.isRejected()).isTrue();
        assertThat(inProcess.getTransmittal()).isNotNull();
        assertThat(inProcess.getTransmittal().getHeader().getTransactionSerialNumber()).isEqualTo("000000100003");
        assertThat(inProcess.getViolations()).extracting(Violation::code)
                .contains("FAR_COMBINATION_INVALID", "LOCATOR_COUNTY_UNKNOWN", "DATE_IN_FUTURE", "SSN_INVALID")
                .doesNotContain(TransmittalSchemaValidator.SCHEMA_INVALID);
    }

    @Test
    void schemaViolationsRejectWithoutAParsedTransmittal() {
        TransmittalInProcess inProcess = validate(xml("schema-invalid-request.xml"));

        assertThat(inProcess.isRejected()).isTrue();
        assertThat(inProcess.getTransmittal()).isNull();
        assertThat(inProcess.getViolations()).hasSize(3)
                .extracting(Violation::code).containsOnly(TransmittalSchemaValidator.SCHEMA_INVALID);
    }

    @Test
    void aTransmittalThatIsValidTodayIsRejectedWhenDatedInTheFuture() {
        TransmittalInProcess inProcess = validate(xml("lo1-request.xml")
                .replace("<TransactionDate>2026-11-20</TransactionDate>", "<TransactionDate>2026-11-24</TransactionDate>"));

        assertThat(inProcess.getViolations()).extracting(Violation::code).containsExactly("DATE_IN_FUTURE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not xml at all", "<Transmittal xmlns=\"urn:csx:transmittal:1\"><Header>"})
    void aBodyThatIsNotXmlIsACorruptIntakeMessage(String body) {
        assertThatThrownBy(() -> validate(body)).isInstanceOf(CorruptIntakeMessageException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aMissingBodyIsACorruptIntakeMessage(String body) {
        assertThatThrownBy(() -> validate(body)).isInstanceOf(CorruptIntakeMessageException.class)
                .hasMessageContaining("body");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not-a-uuid"})
    void aMissingOrInvalidTrackingIdIsACorruptIntakeMessage(String trackingId) {
        assertThatThrownBy(() -> step.validate(xml("lo1-request.xml"), trackingId, "ca-dcss", "soap",
                "000000100001", RECEIVED_AT))
                .isInstanceOf(CorruptIntakeMessageException.class)
                .hasMessageContaining("tracking id");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aMissingPartnerIdIsACorruptIntakeMessage(String partnerId) {
        assertThatThrownBy(() -> step.validate(xml("lo1-request.xml"), TRACKING_ID.toString(), partnerId, "soap",
                "000000100001", RECEIVED_AT))
                .isInstanceOf(CorruptIntakeMessageException.class)
                .hasMessageContaining("partner id");
    }

    /** The route's step keeps the result, and whether it was rejected, where the route reads them. */
    @ParameterizedTest
    @ValueSource(strings = {"enf-request.xml", "invalid-request.xml", "schema-invalid-request.xml"})
    void theRoutesStepKeepsTheTransmittalAndWhetherItWasRejectedOnTheExchange(String example) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(xml(example));
        exchange.getMessage().setHeader(MessageHeaders.TRACKING_ID, TRACKING_ID.toString());
        exchange.getMessage().setHeader(MessageHeaders.PARTNER_ID, "ca-dcss");
        exchange.getMessage().setHeader(MessageHeaders.CHANNEL, "soap");
        exchange.getMessage().setHeader(MessageHeaders.SERIAL_NUMBER, "000000100001");
        exchange.getMessage().setHeader(MessageHeaders.RECEIVED_AT, RECEIVED_AT);

        step.validateTransmittal(exchange);

        TransmittalInProcess kept = exchange.getProperty(MessageHeaders.TRANSMITTAL, TransmittalInProcess.class);
        assertThat(kept.getTrackingId()).isEqualTo(TRACKING_ID);
        assertThat(kept.getReceivedAt()).isEqualTo(RECEIVED_AT);
        assertThat(kept.getViolations()).isEqualTo(validate(xml(example)).getViolations());
        assertThat(exchange.getProperty(MessageHeaders.REJECTED, Boolean.class))
                .isEqualTo(!example.equals("enf-request.xml"))
                .isEqualTo(kept.isRejected());
    }
}
