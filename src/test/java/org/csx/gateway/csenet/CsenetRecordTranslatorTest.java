package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.PartnerProperties;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.csenet.CsenetRecordTranslator.Accepted;
import org.csx.gateway.csenet.CsenetRecordTranslator.Refused;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.partner.PartnerDirectory;
import org.junit.jupiter.api.Test;

/** Who sent a record (PartnerDirectory.stateAgencyFor) and what intake gets from it. */
class CsenetRecordTranslatorTest {

    private final PartnerDirectory partners = new PartnerDirectory(properties(
            partner("fl-dcf", SenderKind.STATE_IV_D_AGENCY, "12"),
            partner("fl-miami", SenderKind.STATE_IV_D_AGENCY, "12086"),
            partner("fl-tribunal", SenderKind.TRIBUNAL, "1203100"),
            partner("mx", SenderKind.FOREIGN_CENTRAL_AUTHORITY)));
    private final ContractXml contractXml = new ContractXml();
    private final CsenetRecordTranslator received = new CsenetRecordTranslator(new CsenetTransactionParser(),
            partners, contractXml, HeaderLayout.RECEIVED);
    private final CsenetTransactionWriter writer = new CsenetTransactionWriter();

    @Test
    void theSenderIsTheStateAgencyOwningTheLocatorCodeTheMostSpecificEntryWinning() {
        assertThat(partners.stateAgencyFor("1200000")).map(Partner::id).contains("fl-dcf");
        assertThat(partners.stateAgencyFor("1208600")).map(Partner::id).contains("fl-miami");
        // a tribunal owning the code is not a CSENet sender; the state agency is
        assertThat(partners.stateAgencyFor("1203100")).map(Partner::id).contains("fl-dcf");
        assertThat(partners.stateAgencyFor("0100000")).isEmpty();
        assertThat(partners.stateAgencyFor(null)).isEmpty();
        assertThat(partners.stateAgencyFor(" ")).isEmpty();
    }

    @Test
    void aGoodRecordBecomesTheTransmittalXmlForItsPartner() {
        TransmittalType t = fromFlorida();
        var result = received.translate(new CsenetRecord(7, writer.write(t, HeaderLayout.RECEIVED), List.of()));

        assertThat(result).isInstanceOfSatisfying(Accepted.class, a -> {
            assertThat(a.partner().id()).isEqualTo("fl-dcf");
            assertThat(a.serialNumber()).isEqualTo(t.getHeader().getTransactionSerialNumber());
            TransmittalType back = contractXml.readTransmittal(a.transmittalXml());
            assertThat(Transmittals.xml(back)).isEqualTo(Transmittals.xml(t));
        });
    }

    @Test
    void anInboxBoundToOnePartnerTakesItsRecordsAndRefusesThoseClaimingAnotherSender() {
        CsenetInboxBinding floridaInbox = new CsenetInboxBinding("fl-dcf");
        TransmittalType own = fromFlorida();
        TransmittalType miami = fromFlorida();
        miami.getHeader().getSender().setLocatorCode("1208600");
        TransmittalType nobody = fromFlorida();
        nobody.getHeader().getSender().setLocatorCode("0100000");

        assertThat(received.translate(new CsenetRecord(1, writer.write(own, HeaderLayout.RECEIVED), List.of()), floridaInbox))
                .isInstanceOf(Accepted.class);
        for (TransmittalType other : List.of(miami, nobody)) {
            var result = received.translate(new CsenetRecord(2, writer.write(other, HeaderLayout.RECEIVED), List.of()),
                    floridaInbox);
            assertThat(result).isInstanceOfSatisfying(Refused.class, r -> {
                assertThat(r.error().code()).isEqualTo(CsenetErrorCode.SENDER_NOT_BOUND);
                assertThat(r.error().code().code()).isEqualTo("GW13");
                assertThat(r.partner()).map(Partner::id).as("the error file of the inbox's partner").contains("fl-dcf");
            });
        }
        // The federal drop takes every sender the directory knows.
        assertThat(received.translate(new CsenetRecord(3, writer.write(miami, HeaderLayout.RECEIVED), List.of()),
                CsenetInboxBinding.FEDERAL_DROP)).isInstanceOfSatisfying(Accepted.class,
                a -> assertThat(a.partner().id()).isEqualTo("fl-miami"));
    }

    @Test
    void aRecordFromAStateWithNoPartnerIsRefused() {
        TransmittalType t = fromFlorida();
        t.getHeader().getSender().setLocatorCode("0100000");
        var result = received.translate(new CsenetRecord(3, writer.write(t, HeaderLayout.RECEIVED), List.of()));

        assertThat(result).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.partner()).isEmpty();
            assertThat(r.error().code()).isEqualTo(CsenetErrorCode.UNKNOWN_SENDER);
            assertThat(r.error().position()).isEqualTo(8);
            assertThat(r.serialNumber()).isEqualTo(t.getHeader().getTransactionSerialNumber());
        });
    }

    @Test
    void aRecordThatDoesNotParseStillFindsThePartnerToTell() {
        String record = writer.write(fromFlorida(), HeaderLayout.RECEIVED);
        var result = received.translate(new CsenetRecord(2, record.substring(0, 300), List.of()));

        assertThat(result).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.partner()).map(Partner::id).contains("fl-dcf");
            assertThat(r.error().code()).isEqualTo(CsenetErrorCode.RECORD_TRUNCATED);
        });
        assertThat(received.translate(new CsenetRecord(1, "12", List.of())))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.partner()).isEmpty();
                    assertThat(r.serialNumber()).isNull();
                });
    }

    @Test
    void inTheSentLayoutTheSenderIsLocal() {
        CsenetRecordTranslator sent = new CsenetRecordTranslator(new CsenetTransactionParser(), partners, contractXml,
                HeaderLayout.SENT);
        String record = writer.write(fromFlorida(), HeaderLayout.SENT);
        assertThat(record.substring(0, 2)).isEqualTo("12");
        assertThat(sent.translate(new CsenetRecord(1, record, List.of())))
                .isInstanceOfSatisfying(Accepted.class, a -> assertThat(a.partner().id()).isEqualTo("fl-dcf"));
    }

    private static TransmittalType fromFlorida() {
        TransmittalType t = new CsenetSampleGenerator(5).next();
        t.getHeader().getSender().setLocatorCode("1200000");
        return t;
    }

    private static PartnerProperties partner(String id, SenderKind kind, String... locatorCodes) {
        PartnerProperties p = new PartnerProperties();
        p.setId(id);
        p.setKind(kind);
        p.setSecretHash("{sha256}" + "0".repeat(64));
        p.setLocatorCodes(List.of(locatorCodes));
        if (kind == SenderKind.FOREIGN_CENTRAL_AUTHORITY) {
            p.setCountryCode("MX");
        }
        return p;
    }

    private static CsxProperties properties(PartnerProperties... partners) {
        CsxProperties properties = new CsxProperties();
        properties.setPartners(List.of(partners));
        return properties;
    }
}
