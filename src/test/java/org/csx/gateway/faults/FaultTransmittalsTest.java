package org.csx.gateway.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.csx.gateway.faults.FaultTransmittals.Answer;
import org.junit.jupiter.api.Test;

class FaultTransmittalsTest {

    private final FaultTransmittals transmittals = new FaultTransmittals();

    @Test
    void aTransmittalIsAFunctionOfPartnerAndSerialNumber() {
        FaultPartners.FaultPartner texas = FaultPartners.byId("fault-tx");

        String first = transmittals.soapRequest(texas, "000000000007");

        assertThat(first).isEqualTo(transmittals.soapRequest(texas, "000000000007"))
                .contains("<LocatorCode>4820100</LocatorCode>")
                .contains("<TransactionSerialNumber>000000000007</TransactionSerialNumber>")
                .contains("<ReceiverLocatorCode>3605500</ReceiverLocatorCode>")
                .doesNotContain("<?xml");
        assertThat(FaultTransmittals.districtOf("000000000007")).isEqualTo("36055");
        assertThat(FaultTransmittals.districtOf("000000000009")).isEqualTo("nyc");
    }

    @Test
    void readsAReceiptWhateverTheNamespacePrefix() {
        Answer answer = FaultTransmittals.parse(200, "<soap:Envelope><soap:Body><ex:Receipt xmlns:ex=\"urn:x\">"
                + "<ex:TrackingId>8c3f</ex:TrackingId><ex:ReceivedAt>2026-12-01T15:54:01.866736Z</ex:ReceivedAt>"
                + "<ex:Resent>true</ex:Resent></ex:Receipt></soap:Body></soap:Envelope>");

        assertThat(answer).isEqualTo(new Answer(true, "8c3f", true, "2026-12-01T15:54:01.866736Z", null));
    }

    @Test
    void aFaultIsNoReceipt() {
        Answer answer = FaultTransmittals.parse(500, "<soap:Envelope><soap:Body><soap:Fault><faultcode>soap:Server</faultcode>"
                + "<faultstring>UNAVAILABLE: The transmittal could not be stored</faultstring></soap:Fault></soap:Body></soap:Envelope>");

        assertThat(answer.receipt()).isFalse();
        assertThat(answer.fault()).startsWith("HTTP 500").contains("UNAVAILABLE");
    }

    @Test
    void thePartnersFileHoldsOnlyHashes() {
        String yaml = FaultPartners.partnersYaml();

        assertThat(yaml).contains("id: fault-ga", "{sha256}" + FaultPartners.sha256("fault-secret-fault-ga"))
                .doesNotContain("fault-secret-");
    }
}
