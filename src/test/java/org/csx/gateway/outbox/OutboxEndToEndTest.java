package org.csx.gateway.outbox;

import org.csx.gateway.contract.MessageHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Message;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultExchange;
import org.csx.gateway.infrastructure.DatabaseTransactionPolicy;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox through the real broker and database: what a crash leaves behind (a committed row not yet sent,
 * or a row sent but not yet marked) is delivered exactly once.
 */
class OutboxEndToEndTest extends GatewayTestSupport {

    private static final String QUEUE = "registry.exceptions";

    @Autowired
    Outbox outbox;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    DatabaseTransactionPolicy databaseTransaction;

    @Test
    void aMessageStagedInACommittedTransactionIsDeliveredOnceWithItsKeyAsDuplicateIdAndItsBodyDropped() {
        String key = "test-" + UUID.randomUUID();
        new TransactionTemplate(transactionManager).executeWithoutResult(tx ->
                outbox.stage(new OutboundMessage(QUEUE, key, "TEST", null, "<staged/>", Map.of(MessageHeaders.TRACKING_ID, key))));

        Message delivered = receive(QUEUE, key);
        assertThat(delivered).isNotNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(status(key)));
        assertThat(jdbc.queryForObject("SELECT body FROM outbox_message WHERE dedup_key = ?", String.class, key)).isNull();
        assertThat(isOnQueue(QUEUE, key)).as("a second copy").isFalse();
    }

    @Test
    void aBodyWaitingInTheOutboxIsSealed() throws Exception {
        String key = "test-" + UUID.randomUUID();
        String stored = new TransactionTemplate(transactionManager).execute(tx -> {
            outbox.stage(new OutboundMessage(QUEUE, key, "TEST", null, "<ssn>123456789</ssn>", Map.of(MessageHeaders.TRACKING_ID, key)));
            return jdbc.queryForObject("SELECT body FROM outbox_message WHERE dedup_key = ?", String.class, key);
        });
        assertThat(stored).startsWith("csx-enc:1:").doesNotContain("123456789");
        assertThat(receive(QUEUE, key).getText()).isEqualTo("<ssn>123456789</ssn>");
    }

    @Test
    void aMessageStagedInATransactionThatRollsBackIsNeverSent() {
        String key = "test-" + UUID.randomUUID();
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            outbox.stage(new OutboundMessage(QUEUE, key, "TEST", null, "<rolled-back/>", Map.of(MessageHeaders.TRACKING_ID, key)));
            tx.setRollbackOnly();
        });
        // a message staged afterwards is delivered: the relay has run past the rolled-back one
        String after = "test-" + UUID.randomUUID();
        new TransactionTemplate(transactionManager).executeWithoutResult(tx ->
                outbox.stage(new OutboundMessage(QUEUE, after, "TEST", null, "<after/>", Map.of(MessageHeaders.TRACKING_ID, after))));
        receive(QUEUE, after);
        assertThat(jdbc.queryForList("SELECT 1 FROM outbox_message WHERE dedup_key = ?", key)).isEmpty();
        assertThat(isOnQueue(QUEUE, key)).isFalse();
    }

    @Test
    void stagingTheSameKeyTwiceStagesOnceAndTheFirstStands() throws Exception {
        String key = "test-" + UUID.randomUUID();
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            outbox.stage(new OutboundMessage(QUEUE, key, "TEST", null, "<one/>", Map.of(MessageHeaders.TRACKING_ID, key)));
            outbox.stage(new OutboundMessage(QUEUE, key, "TEST", null, "<two/>", Map.of(MessageHeaders.TRACKING_ID, key)));
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE dedup_key = ?", Integer.class, key)).isOne();
        assertThat(receive(QUEUE, key).getText()).isEqualTo("<one/>");
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(status(key)));
        assertThat(isOnQueue(QUEUE, key)).isFalse();
    }

    @Test
    void inTheProcessingTransactionTheMessagesAreSeenInsideItWrittenOnceAndDeliveredOnce() throws Exception {
        // the policy the processing route runs in (routes/transmittal-processing.yaml); an inner one joins the outer's
        List<String> keys = List.of("test-" + UUID.randomUUID(), "test-" + UUID.randomUUID(), "test-" + UUID.randomUUID());
        List<Integer> seenInside = new java.util.ArrayList<>();
        Processor stage = exchange -> {
            for (String key : keys) {
                outbox.stage(new OutboundMessage(QUEUE, key, "TEST", null, "<" + key + "/>", Map.of(MessageHeaders.TRACKING_ID, key)));
            }
            outbox.stage(new OutboundMessage(QUEUE, keys.get(0), "TEST", null, "<again/>", Map.of()));
            seenInside.add(rows(keys));
        };
        Exchange exchange = new DefaultExchange(camelContext);
        databaseTransaction.wrap(null, databaseTransaction.wrap(null, stage)).process(exchange);

        assertThat(exchange.getException()).isNull();
        // staged (database.StagedStatements), and a read in the same transaction writes them first: it sees each key once
        assertThat(seenInside).as("rows seen by a read inside the transaction").containsExactly(3);
        assertThat(rows(keys)).isEqualTo(3);
        for (String key : keys) {
            assertThat(receive(QUEUE, key).getText()).isEqualTo("<" + key + "/>");
            await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(status(key)));
            assertThat(isOnQueue(QUEUE, key)).as("a second copy").isFalse();
        }
    }

    @Test
    void inTheProcessingTransactionAFailingStepWritesNoneOfItsMessages() throws Exception {
        String key = "test-" + UUID.randomUUID();
        Exchange exchange = new DefaultExchange(camelContext);
        databaseTransaction.wrap(null, e -> {
            outbox.stage(new OutboundMessage(QUEUE, key, "TEST", null, "<rolled-back/>", Map.of(MessageHeaders.TRACKING_ID, key)));
            throw new IllegalStateException("a later step fails");
        }).process(exchange);

        assertThat(exchange.getException()).hasMessage("a later step fails");
        assertThat(rows(List.of(key))).isZero();
        // the next transaction on this thread stages as usual: nothing of the failed one is left behind
        String after = "test-" + UUID.randomUUID();
        new TransactionTemplate(transactionManager).executeWithoutResult(tx ->
                outbox.stage(new OutboundMessage(QUEUE, after, "TEST", null, "<after/>", Map.of(MessageHeaders.TRACKING_ID, after))));
        assertThat(rows(List.of(after))).isOne();
        receive(QUEUE, after);
        assertThat(isOnQueue(QUEUE, key)).isFalse();
    }

    private int rows(List<String> keys) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE dedup_key = ANY (?)", Integer.class,
                (Object) keys.toArray(new String[0]));
    }

    @Test
    void aRowLeftPendingAfterTheBrokerAlreadyTookItsMessageIsNotDeliveredTwice() {
        // As after a crash between the relay's broker commit and its database commit: the message is on the
        // queue under the row's key, and the row still says PENDING.
        String key = "test-" + UUID.randomUUID();
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setSessionTransacted(true);
        jms.send(QUEUE, session -> {
            var message = session.createTextMessage("<sent-before-the-crash/>");
            message.setStringProperty(MessageHeaders.TRACKING_ID, key);
            message.setStringProperty("_AMQ_DUPL_ID", key);
            return message;
        });
        jdbc.update("INSERT INTO outbox_message (dedup_key, destination, kind, body, headers) VALUES (?, ?, 'TEST', ?, ?::jsonb)",
                key, QUEUE, cipher.seal("<sent-before-the-crash/>", Outbox.context(key)), "{\"csxTrackingId\":\"" + key + "\"}");

        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(status(key)));
        assertThat(receive(QUEUE, key)).isNotNull();
        assertThat(isOnQueue(QUEUE, key)).as("the relay's copy, dropped by the broker").isFalse();
    }

    @Test
    void stagingOutsideATransactionIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        outbox.stage(new OutboundMessage(QUEUE, "k-" + UUID.randomUUID(), "TEST", null, "<x/>", Map.of())))
                .isInstanceOf(IllegalStateException.class);
    }

    private String status(String key) {
        return jdbc.queryForList("SELECT status FROM outbox_message WHERE dedup_key = ?", String.class, key)
                .stream().findFirst().orElse(null);
    }
}
