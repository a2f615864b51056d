package org.csx.gateway.district;

import org.csx.gateway.contract.MessageHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The initiating side (docs/way-back.md): a district's own request opens its clocks on the duty table; the partner's
 * answer through intake is matched to it, passed to the district and stops the clocks; a request left unanswered gets
 * ONE reminder to the partner and an item for the district, even with two instances running the job at once.
 */
class DistrictRequestClocksEndToEndTest extends GatewayTestSupport {

    @Autowired
    DistrictRequestOverdueJob overdueJob;

    private static String messageId() {
        return "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** Erie's own request to Texas; returns the request's id. */
    private String erieAsksTexas(String function, String reason, String districtCaseId, String blocks) throws Exception {
        String id = messageId();
        DistrictMessaging.send(ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36029.outbound",
                DistrictMessaging.message(id, "4845300", districtCaseId, function, "R", reason, blocks));
        Map<String, Object> row = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT id::text AS id, status, violations::text AS v FROM district_message WHERE message_id = ?", id),
                rows -> rows.size() == 1).get(0);
        assertThat(row.get("status")).as(String.valueOf(row.get("v"))).isEqualTo("SENT");
        String requestId = (String) row.get("id");
        receive("partner.tx-oag.outbound", requestId);
        return requestId;
    }

    /** The EST request example's blocks, as district-message blocks. */
    private static String estBlocks() {
        String est = readExample("est-request.xml");
        String blocks = est.substring(est.indexOf("<Case>"), est.indexOf("</Transmittal>"));
        for (String block : List.of("Case", "NcpIdentification", "NcpLocate", "Participant")) {
            blocks = blocks.replace("<" + block + ">", "<dm:" + block + " xmlns=\"urn:csx:transmittal:1\">")
                    .replace("</" + block + ">", "</dm:" + block + ">");
        }
        return blocks;
    }

    @Test
    void thePartnersAnswerIsMatchedToTheRequestPassedToTheDistrictAndStopsTheClocks() throws Exception {
        String districtCaseId = "ERIE-" + (System.nanoTime() % 10_000_000_000L);
        String requestId = erieAsksTexas("LO1", null, districtCaseId, "<NcpIdentification><tx:Name><tx:Last>SAMPLE</tx:Last>"
                + "</tx:Name><tx:Ssn>555123456</tx:Ssn></NcpIdentification>");

        // Texas answers LO1 P LUALL to Erie's locator code, naming Erie's case id: through the exchange service
        String answer = example("lo1-request.xml")
                .replace("<LocatorCode>0603700</LocatorCode>", "<LocatorCode>4845300</LocatorCode>")
                .replace("<ReceiverLocatorCode>3600100</ReceiverLocatorCode>", "<ReceiverLocatorCode>3602900</ReceiverLocatorCode>")
                .replace("<ActionCode>R</ActionCode>", "<ActionCode>P</ActionCode><ActionReason>LUALL</ActionReason>")
                .replace("<SenderCaseId>CA-LA-0000123</SenderCaseId>",
                        "<SenderCaseId>TX-NEW-0000001</SenderCaseId><ReceiverCaseId>" + districtCaseId + "</ReceiverCaseId>")
                .replace("</Header>", "</Header><Case><CaseType>N</CaseType><CaseStatus>O</CaseStatus></Case>");
        String answerId = submit(TX, TX_SECRET, answer).getTrackingId();
        awaitStatus(answerId, TransmittalStatus.ACKNOWLEDGED);
        receive("district.36029.inbound", answerId);

        Map<String, Object> request = jdbc.queryForMap(
                "SELECT answered_by::text AS answered_by, partner_case_id FROM district_message WHERE id = ?::uuid", requestId);
        assertThat(request.get("answered_by")).isEqualTo(answerId);
        assertThat(request.get("partner_case_id")).isEqualTo("TX-NEW-0000001");
        assertThat(jdbc.queryForList("SELECT kind FROM duty WHERE tracking_id = ?::uuid AND completed_at IS NOT NULL ORDER BY kind",
                String.class, requestId)).containsExactly("PARTNER_ACKNOWLEDGMENT", "PARTNER_RESPONSE");
    }

    @Test
    void anOverdueRequestGetsOneReminderAndTheDistrictAnItemWithTwoInstancesRunning() throws Exception {
        String requestId = erieAsksTexas("EST", "SRORD", "ERIE-EST-000001", estBlocks());
        Instant later = Instant.now().plus(Duration.ofDays(120)); // past the 10-working-day and the 75-day clocks

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> overdueJob.remind(later));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> overdueJob.remind(later));
        one.get();
        two.get();
        overdueJob.remind(later); // and again later: nothing more

        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE dedup_key = ?", Integer.class,
                "district-reminder-" + requestId)).isEqualTo(1);
        var reminder = receive("partner.tx-oag.outbound", "reminder-" + requestId);
        assertThat(reminder.getText()).contains("<FunctionalType>EST</FunctionalType>").contains("<ActionCode>M</ActionCode>")
                .contains("<SenderCaseId>ERIE-EST-000001</SenderCaseId>").contains("<LocatorCode>3602900</LocatorCode>");
        assertThat(isOnQueue("partner.tx-oag.outbound", "reminder-" + requestId)).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE kind = 'PARTNER_OVERDUE' AND tracking_id = ?::uuid",
                Integer.class, requestId)).isEqualTo(2); // one per clock: acknowledgment and response
        var item = receive("district.36029.inbound", requestId);
        assertThat(item.getStringProperty(MessageHeaders.MESSAGE_KIND)).isEqualTo("PARTNER_OVERDUE");
        assertThat(item.getText()).contains("has not sent its").contains("ERIE-EST-000001");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM duty WHERE tracking_id = ?::uuid AND reminder_sent_at IS NOT NULL",
                Integer.class, requestId)).isEqualTo(2);
    }
}
