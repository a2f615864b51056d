package org.csx.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csx.gateway.district.DistrictMessaging;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.springframework.beans.factory.annotation.Autowired;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The way back over the real stack (docs/way-back.md): North Dakota asks Erie County (LO1 R); Erie's system answers
 * LO1 P over AMQP 1.0 on district.36029.outbound, logged in as district-36029; the gateway validates it, stages it in the
 * outbox with the case-history line, and delivery takes it for North Dakota's SOAP endpoint, attempting the push and
 * recording each attempt. (Here North Dakota's endpoint is down; a push receipted by a real second gateway is
 * TwoGatewaysEndToEndTest.) Widest legal values: a 15-character case id, a 64-character message id.
 */
class DistrictResponseDeliveryEndToEndTest extends GatewayTestSupport {

    @Autowired
    PersonalDataCipher cipher;

    private String northDakotaCaseForErie(String ndCaseId) {
        String xml = example("lo1-request.xml").replace("<LocatorCode>0603700</LocatorCode>", "<LocatorCode>3801700</LocatorCode>")
                .replace("<ReceiverLocatorCode>3600100</ReceiverLocatorCode>", "<ReceiverLocatorCode>3602900</ReceiverLocatorCode>")
                .replace("CA-LA-0000123", ndCaseId);
        String id = submit(PartnerDeliveryEndToEndTest.ND, PartnerDeliveryEndToEndTest.ND_SECRET, xml).getTrackingId();
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
        receive("district.36029.inbound", id);
        return id;
    }

    @Test
    void aDistrictsLocateResponseReachesThePartnersSoapEndpointWithBothCaseIdsAndOurSerial() throws Exception {
        String ndCaseId = "ND-CASE-0000001"; // 15 characters: the widest CSENet case id
        String caseId = northDakotaCaseForErie(ndCaseId);
        String messageId = ("M" + UUID.randomUUID().toString().replace("-", "")).repeat(2).substring(0, 64);
        String districtCaseId = "ERIE-0000012345";
        String body = readExample("district-lo1-response.xml")
                .replace("00000000-0000-0000-0000-000000000000", caseId)
                .replace("ERIE-2026-000001", messageId);
        DistrictMessaging.sendOverAmqp(ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36029.outbound", body);

        Map<String, Object> sent = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "SELECT * FROM district_message WHERE message_id = ?", messageId), rows -> rows.size() == 1).get(0);
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("partner_id")).isEqualTo(PartnerDeliveryEndToEndTest.ND);
        assertThat(sent.get("transaction")).isEqualTo("LO1 P LSADR");
        String requestId = sent.get("id").toString();

        // What goes to the partner, under our serial number, with both case ids: the delivery row holds it until
        // delivered or failed for good (about 2.4 s of retries against North Dakota's endpoint, down here).
        Map<String, Object> delivery = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.queryForList("SELECT * FROM partner_delivery WHERE tracking_id = ?::uuid", requestId),
                        rows -> rows.size() == 1 && rows.get(0).get("body") != null).get(0);
        assertThat(delivery.get("csenet_transaction")).isEqualTo("LO1 P LSADR");
        assertThat(delivery.get("partner_id")).isEqualTo(PartnerDeliveryEndToEndTest.ND);
        // sealed while it waits (it holds the case's personal data), and opens to the transmittal for the partner
        String stored = (String) delivery.get("body");
        assertThat(PersonalDataCipher.isSealed(stored)).isTrue();
        assertThat(stored).doesNotContain("SAMPLE STREET").doesNotContain("LocatorCode");
        assertThat(cipher.open(stored, PartnerDeliveryStep.context((String) delivery.get("message_key"))))
                .contains("<LocatorCode>3602900</LocatorCode>")
                .contains("<ReceiverLocatorCode>3801700</ReceiverLocatorCode>")
                .contains("<TransactionSerialNumber>" + delivery.get("serial_number") + "</TransactionSerialNumber>")
                .contains("<FunctionalType>LO1</FunctionalType>").contains("<ActionCode>P</ActionCode>")
                .contains("<ActionReason>LSADR</ActionReason>")
                .contains("<SenderCaseId>" + districtCaseId + "</SenderCaseId>")
                .contains("<ReceiverCaseId>" + ndCaseId + "</ReceiverCaseId>")
                .contains("1 SAMPLE STREET");
        // the push is attempted on the partner's SOAP channel, each attempt recorded
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM partner_delivery_attempt WHERE delivery_id = ?", Integer.class, delivery.get("id")) >= 1);

        // and the case's history says so
        List<String> history = ledger.find(UUID.fromString(caseId)).orElseThrow().history().stream()
                .map(e -> e.detail() == null ? "" : e.detail()).toList();
        assertThat(history).anyMatch(d -> d.startsWith("district 36029 sent LO1 P LSADR to partner nd-dhs"));
    }
}
