package org.csx.gateway.processing;

import org.csx.gateway.contract.MessageHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Message;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.deadletter.DeadLetterRecorder;
import org.csx.gateway.intake.IntakeRecoveryJob;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.csx.gateway.ledger.ReceiptRecord;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/** Nothing lost, nothing twice: poison messages, duplicate forwards, dead letters and stranded transmittals. */
class FailureHandlingEndToEndTest extends GatewayTestSupport {

    @Autowired
    IntakeRecoveryJob recoveryJob;
    @Autowired
    PersonalDataCipher cipher;

    @Test
    void aTransmittalWhoseProcessingKeepsFailingIsDeadLetteredRecordedForStaffAndMarkedInTheLedger() {
        // The ledger holds what intake stored; here a body that is not XML, so processing fails on every delivery.
        ReceiptRecord stored = storeWithoutQueueing("<Transmittal xmlns=\"urn:csx:transmittal:1\"><Header>", nextSerial());
        String id = stored.trackingId().toString();

        pointAt(id, "<ignored/>", Map.of());

        TransmittalView view = awaitStatus(id, TransmittalStatus.DEAD_LETTERED);
        assertThat(view.statusReason()).contains("CorruptIntakeMessageException", "not well-formed");
        Map<String, Object> item = awaitDeadLetter(id);
        assertThat(item.get("problem")).isEqualTo("PROCESSING_FAILED");
        assertThat(item.get("failed_route")).isEqualTo("transmittal-processing");
        assertThat((String) item.get("cause")).contains("CorruptIntakeMessageException", "not well-formed");
        assertThat(item.get("status")).isEqualTo("OPEN");
        assertThat(item.get("body")).as("the ledger holds the transmittal; the dead letter does not copy it").isNull();
        assertThat(isOnQueue("registry.dead-letter", id)).as("recorded, not left on the queue").isFalse();
    }

    @Test
    void anIntakeMessageNamingATransmittalTheLedgerDoesNotHoldIsRecordedWithItsBodyNeverDropped() {
        String unknown = UUID.randomUUID().toString();
        pointAt(unknown, "<Transmittal>kept for staff</Transmittal>", Map.of());

        Map<String, Object> item = await().atMost(Duration.ofSeconds(30)).until(
                () -> jdbc.queryForList("SELECT * FROM dead_letter WHERE headers->>'csxTrackingId' = ?", unknown),
                rows -> rows.size() == 1).get(0);
        assertThat(item.get("problem")).isEqualTo("NO_LEDGER_ROW");
        assertThat((String) item.get("cause")).contains("MissingLedgerRowException");
        assertThat((String) item.get("body")).as("sealed at rest").startsWith("csx-enc:1:").doesNotContain("kept for staff");
        assertThat(cipher.open((String) item.get("body"), DeadLetterRecorder.context((String) item.get("message_key"))))
                .isEqualTo("<Transmittal>kept for staff</Transmittal>");
    }

    @Test
    void aSecondCopyOfAnIntakeMessageIsNotProcessedAgainWhateverTheBrokersDuplicateCacheHolds() throws Exception {
        String transmittal = example("lo1-request.xml");
        ReceiptType receipt = submit(CA, CA_SECRET, transmittal);
        String id = receipt.getTrackingId();
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
        receive("district.36001.inbound", id);
        receive("partner.ca-dcss.outbound", id);

        // A copy with a fresh duplicate id (the broker cannot recognise it), naming another partner in its
        // headers and carrying another body: the ledger row decides, and it says the work is done.
        NotifyBuilder secondAttempt = new NotifyBuilder(camelContext).fromRoute("transmittal-processing")
                .filter(exchange -> id.equals(exchange.getMessage().getHeader(MessageHeaders.TRACKING_ID)))
                .whenDone(1).create();
        pointAt(id, withSerial(transmittal, nextSerial()), Map.of(MessageHeaders.PARTNER_ID, TX,
                MessageHeaders.DUPLICATE_ID, "fresh-" + UUID.randomUUID()));
        assertThat(secondAttempt.matches(30, TimeUnit.SECONDS)).isTrue();

        assertThat(isOnQueue("district.36001.inbound", id)).as("a second referral").isFalse();
        assertThat(isOnQueue("partner.ca-dcss.outbound", id)).as("a second acknowledgment").isFalse();
        assertThat(isOnQueue("partner.tx-oag.outbound", id)).as("a message to the partner named in a header").isFalse();
        TransmittalView view = ledger.find(UUID.fromString(id)).orElseThrow();
        assertThat(view.status()).isEqualTo(TransmittalStatus.ACKNOWLEDGED);
        assertThat(view.history()).filteredOn(e -> e.status() == TransmittalStatus.FORWARDED).hasSize(1);
        assertThat(outboxKeys(id)).containsExactlyInAnyOrder("referral-" + id, "ack-" + id);
    }

    @Test
    void aTransmittalStoredButNeverQueuedIsQueuedByTheRecoveryJobAndForwarded() {
        ReceiptRecord stored = storeWithoutQueueing(example("lo1-request.xml"));
        String id = stored.trackingId().toString();
        assertThat(ledger.find(stored.trackingId()).orElseThrow().status()).isEqualTo(TransmittalStatus.RECEIVED);

        int requeued = recoveryJob.requeueReceivedBefore(OffsetDateTime.now().plusSeconds(1));

        assertThat(requeued).isGreaterThanOrEqualTo(1);
        receive("district.36001.inbound", id);
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
    }

    @Test
    void recoveryQueuesEachTransmittalUnderAFreshDuplicateIdAndProcessingForwardsItOnce() throws Exception {
        camelContext.getRouteController().stopRoute("transmittal-processing");
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                ids.add(storeWithoutQueueing(example("lo1-request.xml")).trackingId().toString());
            }
            OffsetDateTime cutoff = OffsetDateTime.now().plusSeconds(1);
            // Two runs while processing is stopped: each transmittal is queued twice, never under the same id
            // (the first run's id is in the broker's duplicate cache; reusing it would drop the copy for ever).
            assertThat(recoveryJob.requeueReceivedBefore(cutoff)).isGreaterThanOrEqualTo(2);
            assertThat(recoveryJob.requeueReceivedBefore(OffsetDateTime.now().plusSeconds(2))).isGreaterThanOrEqualTo(2);
            for (String id : ids) {
                List<String> duplicateIds = duplicateIdsOnIntake(id);
                assertThat(duplicateIds).hasSize(2).doesNotHaveDuplicates();
                assertThat(jdbc.queryForObject("SELECT queue_count FROM transmittal WHERE tracking_id = ?::uuid",
                        Integer.class, id)).isEqualTo(3);
            }
        } finally {
            camelContext.getRouteController().startRoute("transmittal-processing");
        }
        for (String id : ids) {
            awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
            receive("district.36001.inbound", id);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> duplicateIdsOnIntake(id).isEmpty()));
        for (String id : ids) {
            assertThat(isOnQueue("district.36001.inbound", id)).as("a second referral for " + id).isFalse();
            assertThat(outboxKeys(id)).containsExactlyInAnyOrder("referral-" + id, "ack-" + id);
        }
    }

    /** An intake message naming a tracking id, as intake or the recovery job puts one on the queue. */
    private void pointAt(String trackingId, String body, Map<String, String> headers) {
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setSessionTransacted(true);
        jms.send("registry.intake", session -> {
            var message = session.createTextMessage(body);
            message.setStringProperty(MessageHeaders.TRACKING_ID, trackingId);
            message.setStringProperty(MessageHeaders.PARTNER_ID, CA);
            message.setStringProperty(MessageHeaders.CHANNEL, "SOAP");
            for (Map.Entry<String, String> h : headers.entrySet()) {
                message.setStringProperty(h.getKey(), h.getValue());
            }
            return message;
        });
    }

    private Map<String, Object> awaitDeadLetter(String trackingId) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> jdbc.queryForList("SELECT * FROM dead_letter WHERE tracking_id = ?::uuid", trackingId),
                rows -> rows.size() == 1).get(0);
    }

    private List<String> outboxKeys(String trackingId) {
        return jdbc.queryForList("SELECT dedup_key FROM outbox_message WHERE tracking_id = ?::uuid", String.class, trackingId);
    }

    private List<String> duplicateIdsOnIntake(String trackingId) {
        List<String> ids = new ArrayList<>();
        for (Message m : onIntake(trackingId)) {
            try {
                ids.add(m.getStringProperty(MessageHeaders.DUPLICATE_ID));
            } catch (jakarta.jms.JMSException e) {
                throw new IllegalStateException(e);
            }
        }
        return ids;
    }
}
