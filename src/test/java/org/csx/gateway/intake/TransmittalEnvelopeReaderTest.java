package org.csx.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.ObjectFactory;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.csenet.CsenetSampleGenerator;
import org.csx.gateway.csenet.CsenetTransactionParser;
import org.csx.gateway.csenet.HeaderLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransmittalEnvelopeReaderTest {

    private final TransmittalEnvelopeReader reader = new TransmittalEnvelopeReader();

    static String example(String name) {
        try (InputStream in = TransmittalEnvelopeReaderTest.class.getClassLoader()
                .getResourceAsStream("examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal transmittal with the given header content. */
    private static String withHeader(String headerContent) {
        return "<Transmittal xmlns=\"urn:csx:transmittal:1\"><Header>" + headerContent + "</Header></Transmittal>";
    }

    private static final String STATE_SENDER =
            "<Sender><Kind>STATE_IV_D_AGENCY</Kind><LocatorCode>0603700</LocatorCode></Sender>";

    private IntakeRefusedException refusal(String xml) {
        IntakeRefusedException refused = catchThrowableOfType(() -> reader.read(xml), IntakeRefusedException.class);
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    @Test
    void readsTheHeaderFieldsOfAStateRequest() {
        TransmittalEnvelope envelope = reader.read(example("enf-request.xml"));

        assertThat(envelope).isEqualTo(new TransmittalEnvelope(SenderKind.STATE_IV_D_AGENCY, "0603700", null,
                "000000100002", "ENF", "R", "ERRES", "CA-LA-0000456"));
    }

    @Test
    void aRequestWithoutReasonHasANullReason() {
        TransmittalEnvelope envelope = reader.read(example("lo1-request.xml"));

        assertThat(envelope.functionalType()).isEqualTo("LO1");
        assertThat(envelope.actionReason()).isNull();
        assertThat(envelope.transactionSerialNumber()).isEqualTo("000000100001");
    }

    @Test
    void readsTheCountryCodeOfAForeignCentralAuthority() {
        TransmittalEnvelope envelope = reader.read(withHeader(
                "<Sender><Kind>FOREIGN_CENTRAL_AUTHORITY</Kind><CountryCode>DE</CountryCode></Sender>"
                        + "<ReceiverLocatorCode>3600000</ReceiverLocatorCode>"
                        + "<TransactionSerialNumber>000000000042</TransactionSerialNumber>"
                        + "<FunctionalType>EST</FunctionalType><ActionCode>R</ActionCode>"));

        assertThat(envelope.senderKind()).isEqualTo(SenderKind.FOREIGN_CENTRAL_AUTHORITY);
        assertThat(envelope.senderCountryCode()).isEqualTo("DE");
        assertThat(envelope.senderLocatorCode()).isNull();
        assertThat(envelope.senderCaseId()).isNull();
    }

    @Test
    void valuesAreTrimmedAndCutToTheirLedgerColumnSize() {
        TransmittalEnvelope envelope = reader.read(withHeader(STATE_SENDER
                + "<TransactionSerialNumber> 000000000042 </TransactionSerialNumber>"
                + "<FunctionalType>ENFX</FunctionalType><ActionCode>RR</ActionCode>"
                + "<ActionReason>ERRESXX</ActionReason><SenderCaseId>CASE-ID-LONGER-THAN-15</SenderCaseId>"));

        assertThat(envelope.transactionSerialNumber()).isEqualTo("000000000042");
        assertThat(envelope.functionalType()).isEqualTo("ENF");
        assertThat(envelope.actionCode()).isEqualTo("R");
        assertThat(envelope.actionReason()).isEqualTo("ERRES");
        assertThat(envelope.senderCaseId()).isEqualTo("CASE-ID-LONGER-").hasSize(15);
    }

    @Test
    void elementsAfterTheHeaderAreNotRead() {
        String xml = example("lo1-request.xml").replace("</Header>",
                "</Header><Case><SenderCaseId>NOT-THE-HEADER</SenderCaseId></Case>");

        assertThat(reader.read(xml).senderCaseId()).isEqualTo("CA-LA-0000123");
    }

    @Test
    void aDoctypeIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE Transmittal>" + example("lo1-request.xml")
                .replaceFirst("<\\?xml[^>]*>", "");

        assertThat(refusal(xml).code()).isEqualTo(IntakeFaultCode.MALFORMED_MESSAGE);
    }

    @Test
    void anExternalEntityIsRefusedAndNeverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Transmittal [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
                <Transmittal xmlns="urn:csx:transmittal:1"><Header><Sender><Kind>STATE_IV_D_AGENCY</Kind>\
                <LocatorCode>&xxe;</LocatorCode></Sender>\
                <TransactionSerialNumber>000000000001</TransactionSerialNumber></Header></Transmittal>
                """;

        IntakeRefusedException refused = refusal(xxe);

        assertThat(refused.code()).isEqualTo(IntakeFaultCode.MALFORMED_MESSAGE);
        assertThat(refused.getMessage()).containsIgnoringCase("DOCTYPE");
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>").append(withHeader(STATE_SENDER
                + "<TransactionSerialNumber>000000000001</TransactionSerialNumber><SenderCaseId>&lol9;</SenderCaseId>"));

        assertThat(refusal(laughs.toString()).code()).isEqualTo(IntakeFaultCode.MALFORMED_MESSAGE);
    }

    @Test
    void anUndeclaredEntityReferenceIsRefused() {
        String xml = withHeader(STATE_SENDER
                + "<TransactionSerialNumber>000000000001</TransactionSerialNumber><SenderCaseId>&x;</SenderCaseId>");

        assertThat(refusal(xml).code()).isEqualTo(IntakeFaultCode.MALFORMED_MESSAGE);
    }

    @Test
    void aRootInAnotherNamespaceIsRefused() {
        String xml = example("lo1-request.xml").replace("urn:csx:transmittal:1", "urn:example:other");

        IntakeRefusedException refused = refusal(xml);

        assertThat(refused.code()).isEqualTo(IntakeFaultCode.MALFORMED_MESSAGE);
        assertThat(refused.getMessage()).contains("urn:example:other");
    }

    @Test
    void aRootWithAnotherNameIsRefused() {
        String xml = "<Acknowledgment xmlns=\"urn:csx:transmittal:1\"><Header>" + STATE_SENDER
                + "<TransactionSerialNumber>000000000001</TransactionSerialNumber></Header></Acknowledgment>";

        IntakeRefusedException refused = refusal(xml);

        assertThat(refused.code()).isEqualTo(IntakeFaultCode.MALFORMED_MESSAGE);
        assertThat(refused.getMessage()).contains("Acknowledgment");
    }

    @Test
    void aMissingSerialNumberIsRefused() {
        String xml = example("lo1-request.xml")
                .replace("<TransactionSerialNumber>000000100001</TransactionSerialNumber>", "");

        IntakeRefusedException refused = refusal(xml);

        assertThat(refused.code()).isEqualTo(IntakeFaultCode.MALFORMED_MESSAGE);
        assertThat(refused.getMessage()).contains("TransactionSerialNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "1234567890123", "00000010000A", "0000-0010000", ""})
    void aSerialNumberThatIsNotTwelveDigitsIsRefused(String serial) {
        String xml = withHeader(STATE_SENDER + "<TransactionSerialNumber>" + serial + "</TransactionSerialNumber>");

        IntakeRefusedException refused = refusal(xml);

        assertThat(refused.code()).isEqualTo(IntakeFaultCode.MALFORMED_MESSAGE);
        assertThat(refused.getMessage()).contains("12 digits");
    }

    @Test
    void aSerialNumberOutsideTheHeaderDoesNotCount() {
        String xml = "<Transmittal xmlns=\"urn:csx:transmittal:1\"><Header>" + STATE_SENDER + "</Header>"
                + "<Case><TransactionSerialNumber>000000000001</TransactionSerialNumber></Case></Transmittal>";

        assertThat(refusal(xml).getMessage()).contains("TransactionSerialNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"STATE", "state_iv_d_agency", "EMPLOYER"})
    void anUnknownSenderKindIsRefused(String kind) {
        String xml = withHeader("<Sender><Kind>" + kind + "</Kind><LocatorCode>0603700</LocatorCode></Sender>"
                + "<TransactionSerialNumber>000000000001</TransactionSerialNumber>");

        IntakeRefusedException refused = refusal(xml);

        assertThat(refused.code()).isEqualTo(IntakeFaultCode.MALFORMED_MESSAGE);
        assertThat(refused.getMessage()).contains("Sender/Kind");
    }

    @Test
    void aMissingSenderKindIsRefused() {
        String xml = withHeader("<Sender><LocatorCode>0603700</LocatorCode></Sender>"
                + "<TransactionSerialNumber>000000000001</TransactionSerialNumber>");

        assertThat(refusal(xml).getMessage()).contains("Sender/Kind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not xml at all", "<Transmittal xmlns=\"urn:csx:transmittal:1\"><Header>",
            "<Transmittal xmlns=\"urn:csx:transmittal:1\"><Header></Headr></Transmittal>"})
    void notWellFormedXmlIsRefused(String xml) {
        IntakeRefusedException refused = refusal(xml);

        assertThat(refused.code()).isEqualTo(IntakeFaultCode.MALFORMED_MESSAGE);
    }

    /**
     * The CSENet channel's envelope comes from the header the gateway wrote the XML from
     * ({@link TransmittalEnvelopeReader#of}): it must be the envelope a reading of that XML gives, for every kind of
     * transaction the generator makes, the widest record, and a header with its optional fields left out.
     */
    @Test
    void theEnvelopeOfATransmittalTheGatewayWroteFromAHeaderIsTheOneItsXmlGives() {
        ContractXml contractXml = new ContractXml();
        ObjectFactory transmittals = new ObjectFactory();
        CsenetSampleGenerator samples = new CsenetSampleGenerator(14);
        List<TransmittalType> written = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            written.add(samples.next());
        }
        written.add(new CsenetTransactionParser().parse(samples.widestRecord("0100099", FunctionalType.ENF,
                ActionCode.R, "ERALL", 999_999_999_999L), HeaderLayout.RECEIVED).transmittal().orElseThrow());
        TransmittalType sparse = samples.next();
        sparse.getHeader().setSenderCaseId(null);
        sparse.getHeader().setActionReason(null);
        sparse.getHeader().getSender().setCountryCode(null);
        written.add(sparse);

        for (TransmittalType t : written) {
            String xml = contractXml.toXml(transmittals.createTransmittal(t));
            assertThat(reader.of(t.getHeader())).isEqualTo(reader.read(xml));
        }
        assertThat(reader.of(sparse.getHeader()).senderCaseId()).isNull();
    }

    @Test
    void aHeaderWithoutItsSerialNumberIsRefusedAsItsXmlWouldBe() {
        TransmittalType t = new CsenetSampleGenerator(15).next();
        t.getHeader().setTransactionSerialNumber(null);

        assertThatThrownBy(() -> reader.of(t.getHeader())).isInstanceOfSatisfying(IntakeRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(IntakeFaultCode.MALFORMED_MESSAGE));
    }
}
