package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.validation.FipsCountyTable;
import org.junit.jupiter.api.Test;

/** Reading a registration request out of a transmittal, whatever channel it came by. */
class RegistrationRequestReaderTest {

    private final ContractXml xml = new ContractXml();
    private final RegistrationRequestReader reader = new RegistrationRequestReader(FipsCountyTable.loadDefault(), List.of("NO"));

    @Test
    void theEnfExampleIsAnArticle6RequestForTheKingsCountyCourt() throws IOException {
        TransmittalType t = xml.readTransmittal(example("enf-request.xml"));

        RegistrationRequest r = reader.read(UUID.randomUUID(), "ca-dcss", "nyc", t);

        assertThat(r.reason()).isEqualTo(RegistrationReasonCode.ERRES);
        assertThat(r.courtId()).isEqualTo("36047");
        assertThat(r.conventionOrder()).isFalse();
        assertThat(r.issuingJurisdiction().kind()).isEqualTo(RegistrationRequest.JurisdictionKind.STATE);
        assertThat(r.issuingJurisdiction().code()).isEqualTo("06");
        assertThat(r.orders()).singleElement().satisfies(o -> {
            assertThat(o.orderId()).isEqualTo("LA-FAM-2016-0042");
            assertThat(o.obligationKind()).isEqualTo(RegistrationRequest.ObligationKind.CHILD);
            assertThat(o.frequency()).isEqualTo("M");
        });
        assertThat(r.allegedArrears()).isEqualByComparingTo("5400.00");
        assertThat(r.children()).hasSize(1);
        assertThat(r.controllingOrder()).isEmpty();
        // Nothing held yet (documents are counted from what the registry holds, never from the manifest).
        assertThat(RegistrationRequirements.check(r.packet(List.of())).readyToFile()).isFalse();
    }

    @Test
    void twoOrdersGetAControllingOrderDetermination() throws IOException {
        String second = """
                <Order><OrderLocatorCode>4820100</OrderLocatorCode><OrderId>TX-HOU-2020-7</OrderId>
                <FilingDate>2020-02-01</FilingDate><DebtType>CS</DebtType><Frequency>M</Frequency>
                <FrequencyAmount>300.00</FrequencyAmount><ArrearsTotalAmount>100.00</ArrearsTotalAmount></Order>
                <Information>""";
        TransmittalType t = xml.readTransmittal(example("enf-request.xml").replaceFirst("<Information>", second));

        RegistrationRequest r = reader.read(UUID.randomUUID(), "ca-dcss", "nyc", t);

        assertThat(r.orders()).hasSize(2);
        assertThat(r.allegedArrears()).isEqualByComparingTo("5500.00");
        // Nobody lives in California or Texas any more (the obligor is in New York): no issuer keeps CEJ.
        assertThat(r.controllingOrder()).hasValueSatisfying(d -> {
            assertThat(d.rule()).isEqualTo(DecisionRule.NEW_ORDER_REQUIRED);
            assertThat(d.newOrderRequired()).isTrue();
        });
    }

    @Test
    void aConventionCountrysCentralAuthorityAsksForAConventionRegistrationCheckedUnder706() throws IOException {
        TransmittalType t = xml.readTransmittal(example("enf-request.xml")
                .replace("<Kind>STATE_IV_D_AGENCY</Kind>", "<Kind>FOREIGN_CENTRAL_AUTHORITY</Kind>")
                .replace("<LocatorCode>0603700</LocatorCode>", "<CountryCode>NO</CountryCode>")
                .replace("<ActionReason>ERRES</ActionReason>", "<ActionReason>ERREG</ActionReason>"));

        RegistrationRequest r = reader.read(UUID.randomUUID(), "no-central-authority", "nyc", t);

        assertThat(r.conventionOrder()).isTrue();
        assertThat(r.issuingJurisdiction().kind()).isEqualTo(RegistrationRequest.JurisdictionKind.COUNTRY);
        // The obligor registers, so the obligee abroad is the one who may contest: 60 days (§707(b)).
        assertThat(r.contestingPartyAbroad()).isTrue();
        assertThat(RegistrationRequirements.check(r.packet(List.of())).requirements())
                .contains(FilingRequirement.CONVENTION_DECISION_TEXT_OR_ABSTRACT, FilingRequirement.CONVENTION_ENFORCEABILITY)
                .doesNotContain(FilingRequirement.LETTER_OF_TRANSMITTAL);
    }

    @Test
    void oneOrderInTwoBlocksIsOneOrder() throws IOException {
        String medical = """
                <Order><OrderLocatorCode>0603700</OrderLocatorCode><OrderId>LA-FAM-2016-0042</OrderId>
                <DebtType>MS</DebtType><Frequency>M</Frequency><FrequencyAmount>50.00</FrequencyAmount></Order>
                <Information>""";
        TransmittalType t = xml.readTransmittal(example("enf-request.xml").replaceFirst("<Information>", medical));

        RegistrationRequest r = reader.read(UUID.randomUUID(), "ca-dcss", "nyc", t);

        assertThat(r.orders()).extracting(RegistrationRequest.OrderLine::obligationKind)
                .containsExactly(RegistrationRequest.ObligationKind.CHILD, RegistrationRequest.ObligationKind.MEDICAL);
        assertThat(r.distinctOrderIds()).containsExactly("LA-FAM-2016-0042");
        assertThat(r.controllingOrder()).isEmpty();
    }

    @Test
    void onlyEnfRWithARegistrationReasonIsARegistrationRequest() throws IOException {
        assertThat(RegistrationRequestReader.registrationReason(xml.readTransmittal(example("enf-request.xml")))).isPresent();
        assertThat(RegistrationRequestReader.registrationReason(xml.readTransmittal(example("lo1-request.xml")))).isEmpty();
        assertThat(RegistrationRequestReader.registrationReason(xml.readTransmittal(
                example("enf-request.xml").replace("<ActionReason>ERRES</ActionReason>", "<ActionReason>ERARR</ActionReason>")))).isEmpty();
    }

    private static String example(String name) throws IOException {
        try (InputStream in = RegistrationRequestReaderTest.class.getResourceAsStream("/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
