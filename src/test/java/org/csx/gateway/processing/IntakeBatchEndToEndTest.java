package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.jms.core.JmsTemplate;

/**
 * Several transmittals in one intake message (a batch pointer, as the CSENet file channel queues a chunk): processed
 * in one database transaction, and when one of them cannot be processed, the others are not held back and only that
 * one is dead-lettered.
 */
class IntakeBatchEndToEndTest extends GatewayTestSupport {

    @Test
    void aBatchPointerForwardsEachOfItsTransmittalsOnceInOneDatabaseTransaction() {
        List<String> ids = storeLocateRequests(4);

        queueBatch(ids);

        for (String id : ids) {
            assertForwardedOnce(id);
        }
        assertThat(validationTransactions(ids)).as("one database transaction for the batch").hasSize(1);
    }

    @Test
    void aBatchDeliveredAgainChangesNothingForTheTransmittalsItAlreadyProcessed() {
        // as after a crash between the database commit and the broker's: the batch comes again, with one newcomer
        List<String> processed = storeLocateRequests(2);
        queueBatch(processed);
        for (String id : processed) {
            assertForwardedOnce(id);
        }
        List<String> before = validationTransactions(processed);
        String newcomer = storeLocateRequests(1).get(0);
        List<String> again = new ArrayList<>(processed);
        again.add(newcomer);

        queueBatch(again);

        assertForwardedOnce(newcomer);
        for (String id : processed) {
            assertThat(isOnQueue("district." + ledger.find(UUID.fromString(id)).orElseThrow().districtId()
                    + ".inbound", id)).as("a second referral of " + id).isFalse();
        }
        assertThat(validationTransactions(processed)).as("their validation, as recorded the first time").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE tracking_id::text = ANY (?)",
                Integer.class, (Object) processed.toArray(String[]::new))).as("referral and acknowledgment, once each")
                .isEqualTo(4);
    }

    @Test
    void aBatchWithATransmittalThatCannotBeProcessedForwardsTheOthersAndDeadLettersOnlyThatOne() {
        List<String> good = storeLocateRequests(3);
        // what intake stored is not XML: processing fails on every delivery (as in FailureHandlingEndToEndTest)
        String bad = storeWithoutQueueing("<Transmittal xmlns=\"urn:csx:transmittal:1\"><Header>", nextSerial())
                .trackingId().toString();
        List<String> batch = new ArrayList<>(good);
        batch.add(1, bad);

        queueBatch(batch);

        for (String id : good) {
            assertForwardedOnce(id);
        }
        TransmittalView failed = awaitStatus(bad, TransmittalStatus.DEAD_LETTERED);
        assertThat(failed.statusReason()).contains("CorruptIntakeMessageException");
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters(batch), rows -> !rows.isEmpty());
        assertThat(deadLetters(batch)).as("dead letters of the batch's transmittals")
                .extracting(row -> row.get("tracking_id").toString()).containsExactly(bad);
        assertThat(validationTransactions(good)).as("the batch was rolled back; each was then processed alone")
                .hasSize(3);
    }

    private List<String> storeLocateRequests(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(storeWithoutQueueing(withSerial(example("lo1-request.xml"), nextSerial())).trackingId().toString());
        }
        return ids;
    }

    /** One intake message for all of them, as intake.IntakeQueue sends it. */
    private void queueBatch(List<String> ids) {
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setSessionTransacted(true);
        jms.send("registry.intake", session -> {
            var message = session.createTextMessage(IntakeMessages.batchPointer(ids));
            for (Map.Entry<String, Object> header : IntakeMessages.batchHeaders(ids).entrySet()) {
                message.setObjectProperty(header.getKey(), header.getValue());
            }
            return message;
        });
    }

    private List<Map<String, Object>> deadLetters(List<String> ids) {
        return jdbc.queryForList("SELECT tracking_id FROM dead_letter WHERE tracking_id::text = ANY (?)",
                (Object) ids.toArray(String[]::new));
    }
}
