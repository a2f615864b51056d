package org.csx.gateway.district;

import org.csx.gateway.contract.MessageHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The way back over the real stack (docs/way-back.md): districts' messages refused with every violation on their
 * rejections queue and nothing sent; a forwarding within the state; a district's own request with its clocks; and
 * QueryCase for a partner's own case, never another partner's.
 */
class DistrictWayBackEndToEndTest extends GatewayTestSupport {

    private static final String ALBANY = "district-36001";
    private static final String ALBANY_SECRET = "albany-test-secret";

    /** A case from Texas referred to a district (receiver locator code of that county). */
    private String texasCaseFor(String receiverLocator) {
        String xml = example("lo1-request.xml").replace("<LocatorCode>0603700</LocatorCode>", "<LocatorCode>4845300</LocatorCode>")
                .replace("<ReceiverLocatorCode>3600100</ReceiverLocatorCode>", "<ReceiverLocatorCode>" + receiverLocator + "</ReceiverLocatorCode>");
        String id = submit(TX, TX_SECRET, xml).getTrackingId();
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
        return id;
    }

    private static String messageId() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    private String rejection(String user, String secret, String district, String messageId) throws Exception {
        String rejection = DistrictMessaging.receiveRejection(user, secret, district, messageId, 20_000);
        assertThat(rejection).as("rejection of " + messageId).isNotNull();
        return rejection;
    }

    private int sentToPartners(String caseId) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE tracking_id = ?::uuid AND dedup_key LIKE 'district-msg-%'",
                Integer.class, caseId);
    }

    @Test
    void aDistrictAnsweringAnotherDistrictsCaseIsRefusedOnItsRejectionsQueueAndNothingIsSent() throws Exception {
        String albanyCase = texasCaseFor("3600100");
        String id = messageId();
        DistrictMessaging.send(ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36029.outbound",
                DistrictMessaging.message(id, albanyCase, "ERIE-1", "LO1", "P", "LUALL", null));

        String rejection = rejection(ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "36029", id);
        assertThat(rejection).contains("MessageId>" + id + "</").contains("CASE_NOT_HELD_BY_DISTRICT")
                .contains("referred no case with this tracking id to district 36029");
        assertThat(sentToPartners(albanyCase)).isZero();
        assertThat(ledger.find(UUID.fromString(albanyCase)).orElseThrow().history())
                .noneMatch(e -> e.detail() != null && e.detail().startsWith("district 36029"));
        // the same sentence for a case that does not exist: nothing says the other district's case exists
        String unknown = messageId();
        DistrictMessaging.send(ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36029.outbound",
                DistrictMessaging.message(unknown, UUID.randomUUID().toString(), "ERIE-1", "LO1", "P", "LUALL", null));
        assertThat(rejection(ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "36029", unknown))
                .contains("referred no case with this tracking id to district 36029");
    }

    @Test
    void aMessageOnADistrictsQueueNotSentByItsLoginIsNotTheDistrictsWordAndNothingIsSent() throws Exception {
        String caseId = texasCaseFor("3602900");
        String id = messageId();
        // the gateway's own login may put messages anywhere; the queue name does not make it the district
        new org.springframework.jms.core.JmsTemplate(connectionFactory).send("district.36029.outbound", session ->
                session.createTextMessage(DistrictMessaging.message(id, caseId, "ERIE-1", "LO1", "P", "LUALL",
                        "<Case><tx:CaseType>N</tx:CaseType><tx:CaseStatus>O</tx:CaseStatus></Case>")));
        Map<String, Object> row = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT status, violations::text AS v FROM district_message WHERE district_id = '36029' AND violations::text LIKE '%NOT_FROM_THIS_DISTRICT%'"),
                rows -> !rows.isEmpty()).get(0);
        assertThat(row.get("status")).isEqualTo("REFUSED");
        var jms = new org.springframework.jms.core.JmsTemplate(connectionFactory);
        jms.setReceiveTimeout(20_000);
        var item = jms.receiveSelected("registry.exceptions", "csxDistrictId = '36029' AND csxRoutingProblem LIKE '%not by the district%'");
        assertThat(item).isNotNull();
        assertThat(sentToPartners(caseId)).isZero();
        assertThat(DistrictMessaging.receiveRejection(ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "36029", id, 1000)).isNull();
    }

    @Test
    void aRequestOutsideThePartnersAgreementIsRefusedWithEveryViolation() throws Exception {
        String id = messageId();
        // Wyoming's agreement leaves out ENF (application-test.yml); the request also lacks every required block
        DistrictMessaging.send(ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36029.outbound",
                DistrictMessaging.message(id, "5600000", "ERIE-ENF-000001", "ENF", "R", "ERALL", null));
        String rejection = rejection(ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "36029", id);
        assertThat(rejection).contains("OUTSIDE_EXCHANGE_AGREEMENT").contains("does not exchange ENF")
                .contains("BLOCK_REQUIRED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM district_message WHERE message_id = ? AND status = 'REFUSED'",
                Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE destination LIKE 'partner.%' AND headers->>'csxDistrictId' = '36029' "
                + "AND headers->>'csxCsenetTransaction' LIKE 'ENF R%'", Integer.class)).isZero();
    }

    @Test
    void aSchemaInvalidMessageGetsEverySchemaViolation() throws Exception {
        String id = messageId();
        DistrictMessaging.send(ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36029.outbound",
                DistrictMessaging.message(id, "5600000", "ERIE-0000000000000001", "LOX", "R", "ERALL", null));
        String rejection = DistrictMessaging.receiveRejection(ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "36029", id, 5000);
        // the message id cannot be trusted from an invalid message: the rejection is found by its row instead
        assertThat(rejection).isNull();
        Map<String, Object> row = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT status, violations::text AS v FROM district_message WHERE district_id = '36029' AND violations::text LIKE '%DistrictCaseId%'"),
                rows -> !rows.isEmpty()).get(0);
        assertThat(row.get("status")).isEqualTo("REFUSED");
        assertThat((String) row.get("v")).contains("SCHEMA_INVALID").contains("FunctionalType");
    }

    @Test
    void hostileXmlAndOversizedMessagesAreRefusedAndRecorded() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<DistrictMessage xmlns=\"urn:csx:district-message:1\"><MessageId>&x;</MessageId></DistrictMessage>";
        DistrictMessaging.send(ALBANY, ALBANY_SECRET, "district.36001.outbound", xxe);
        DistrictMessaging.send(ALBANY, ALBANY_SECRET, "district.36001.outbound", "<a>" + "x".repeat(300_000) + "</a>");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT violations::text FROM district_message WHERE district_id = '36001' AND status = 'REFUSED'", String.class),
                rows -> rows.stream().anyMatch(v -> v.contains("DOCTYPE_NOT_ALLOWED"))
                        && rows.stream().anyMatch(v -> v.contains("MESSAGE_TOO_LARGE")));
        assertThat(jdbc.queryForList("SELECT violations::text FROM district_message WHERE district_id = '36001'", String.class))
                .noneMatch(v -> v.contains("passwd"));
    }

    @Test
    void aCaseForwardedWithinTheStateReachesTheNewDistrictAndTheSenderLearnsWhere() throws Exception {
        String caseId = texasCaseFor("3602900");
        receive("district.36029.inbound", caseId);
        String id = messageId();
        DistrictMessaging.send(ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36029.outbound",
                DistrictMessaging.message(id, caseId, "ERIE-FWD-1", "MSC", "P", "GSFWD",
                        "<Forwarding><County>36001</County></Forwarding>"
                                + "<Case><tx:CaseType>N</tx:CaseType><tx:CaseStatus>O</tx:CaseStatus></Case>"));

        var referral = receive("district.36001.inbound", caseId);
        assertThat(referral.getStringProperty(MessageHeaders.FORWARDED_FROM)).isEqualTo("36029");
        // the new district gets it as any referral: district-referral.xsd, addressed to it
        org.csx.gateway.contract.referral.DistrictReferralType forwarded = contractXml.read(
                ((jakarta.jms.TextMessage) referral).getText(), org.csx.gateway.contract.referral.DistrictReferralType.class);
        assertThat(forwarded.getDistrict().getId()).isEqualTo("36001");
        assertThat(forwarded.getTrackingId()).isEqualTo(caseId);
        assertThat(ledger.find(UUID.fromString(caseId)).orElseThrow().districtId()).isEqualTo("36001");
        String sentId = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT id::text FROM district_message WHERE message_id = ?", String.class, id), rows -> rows.size() == 1).get(0);
        assertThat(jdbc.queryForObject("SELECT status FROM district_message WHERE message_id = ?", String.class, id))
                .isEqualTo("FORWARDED");
        var notice = receive("partner.tx-oag.outbound", sentId);
        assertThat(notice.getText()).contains("<ActionReason>GSFWD</ActionReason>").contains("CASE FORWARDED TO ALBANY")
                .contains("NEW LOCATOR CODE 3600100").contains("<ReceiverCaseId>CA-LA-0000123</ReceiverCaseId>");
    }

    @Test
    void aDistrictsOwnRequestGoesToThePartnerWithItsClocks() throws Exception {
        String id = messageId();
        DistrictMessaging.send(ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36029.outbound",
                DistrictMessaging.message(id, "4845300", "ERIE-LO1-000001", "LO1", "R", null,
                        "<NcpIdentification><tx:Name><tx:Last>SAMPLE</tx:Last><tx:First>ALEX</tx:First></tx:Name>"
                                + "<tx:Ssn>555123456</tx:Ssn></NcpIdentification>"));
        Map<String, Object> sent = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT id, status, partner_id, transaction FROM district_message WHERE message_id = ?", id), rows -> rows.size() == 1).get(0);
        assertThat(sent.get("status")).as(String.valueOf(jdbc.queryForList("SELECT violations::text FROM district_message WHERE message_id = ?", String.class, id)))
                .isEqualTo("SENT");
        assertThat(sent.get("partner_id")).isEqualTo(TX);
        String requestId = sent.get("id").toString();
        var request = receive("partner.tx-oag.outbound", requestId);
        assertThat(request.getText()).contains("<LocatorCode>3602900</LocatorCode>").contains("<SenderCaseId>ERIE-LO1-000001</SenderCaseId>");
        assertThat(jdbc.queryForList("SELECT kind FROM duty WHERE tracking_id = ?::uuid ORDER BY kind", String.class, requestId))
                .containsExactly("PARTNER_ACKNOWLEDGMENT", "PARTNER_RESPONSE");
    }

    private HttpResponse<String> queryCase(String partner, String secret, String inner) throws Exception {
        String body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<ex:QueryCase xmlns:ex=\"urn:csx:exchange:1\">" + inner + "</ex:QueryCase></soap:Body></soap:Envelope>";
        return http.send(HttpRequest.newBuilder(URI.create(exchangeUrl()))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:csx:exchange-service:1:QueryCase\"")
                .header("Authorization", basicAuth(partner, secret))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void queryCaseAnswersForTheCallersOwnCaseAndRefusesAnotherPartnersLikeAnUnknownOne() throws Exception {
        String caseId = texasCaseFor("3600100");

        HttpResponse<String> own = queryCase(TX, TX_SECRET, "<ex:TrackingId>" + caseId + "</ex:TrackingId>");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("TrackingId>" + caseId + "</").contains("Status>ACKNOWLEDGED</")
                .contains("Id>36001</").contains("Transaction>LO1 R</").contains("Event>")
                .doesNotContain("555123456").doesNotContain("SAMPLE");
        HttpResponse<String> byCaseId = queryCase(TX, TX_SECRET, "<ex:SenderCaseId>CA-LA-0000123</ex:SenderCaseId>");
        assertThat(byCaseId.statusCode()).isEqualTo(200);

        HttpResponse<String> other = queryCase(CA, CA_SECRET, "<ex:TrackingId>" + caseId + "</ex:TrackingId>");
        HttpResponse<String> none = queryCase(CA, CA_SECRET, "<ex:TrackingId>" + UUID.randomUUID() + "</ex:TrackingId>");
        assertThat(other.statusCode()).isEqualTo(500);
        assertThat(other.body()).contains("CASE_NOT_FOUND").doesNotContain(caseId).doesNotContain("ACKNOWLEDGED");
        assertThat(none.body().replaceAll("\\s", "")).isEqualTo(other.body().replaceAll("\\s", ""));

        List<Map<String, Object>> audit = jdbc.queryForList(
                "SELECT actor, subject_id, purpose FROM personal_data_access WHERE action = 'SOAP QueryCase' AND actor IN (?, ?)", TX, CA);
        assertThat(audit).anyMatch(r -> TX.equals(r.get("actor")) && caseId.equals(r.get("subject_id")));
        assertThat(audit).anyMatch(r -> CA.equals(r.get("actor")) && r.get("subject_id") == null);
    }

    @Test
    void queryCaseIsAnsweredWellUnderASecond() throws Exception {
        String caseId = texasCaseFor("3600100");
        queryCase(TX, TX_SECRET, "<ex:TrackingId>" + caseId + "</ex:TrackingId>");
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThat(queryCase(TX, TX_SECRET, "<ex:TrackingId>" + caseId + "</ex:TrackingId>").statusCode()).isEqualTo(200);
        }
        assertThat((System.nanoTime() - started) / 20 / 1_000_000).as("mean ms per QueryCase").isLessThan(1000);
    }
}
