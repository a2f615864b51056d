package org.csx.gateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.paging.PagingStore;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.csx.gateway.config.EmbeddedProperties;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A queue nobody reads holds at most csx.embedded.broker.address-memory of the gateway's heap: past it, the embedded
 * broker pages its messages to disk, and every one still comes out, in order, once a consumer reads the queue. Before,
 * such a queue (a partner that does not fetch its answers) kept everything on the heap up to half of it, and the
 * collector's full pauses grew with it (docs/performance.md, fifteenth session).
 */
class BrokerPagingTest extends GatewayTestSupport {

    private static final String QUEUE = "registry.paging-check";
    // a text's characters take two bytes each; below the core client's large-message size (100 KiB): a normal message
    private static final int BODY_CHARS = 40 * 1024;

    @Autowired
    EmbeddedActiveMQ broker;
    @Autowired
    EmbeddedProperties embedded;

    @Test
    void aQueueNobodyReadsPagesPastItsMemoryAndGivesEveryMessageBackInOrder() throws Exception {
        long limit = embedded.getBroker().getAddressMemory().toBytes();
        int count = (int) (limit / (2L * BODY_CHARS)) + 40; // well past the limit
        String body = "x".repeat(BODY_CHARS);

        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            Queue queue = session.createQueue(QUEUE);
            MessageProducer producer = session.createProducer(queue);
            for (int i = 0; i < count; i++) {
                TextMessage message = session.createTextMessage(body);
                message.setIntProperty("index", i);
                producer.send(message);
            }
            session.commit();

            PagingStore store = broker.getActiveMQServer().getPagingManager().getPageStore(SimpleString.of(QUEUE));
            assertThat(store.isPaging()).as("paging past %d bytes", limit).isTrue();
            assertThat(store.getAddressSize()).as("bytes held in memory").isLessThanOrEqualTo(limit + 4L * BODY_CHARS);

            connection.start();
            MessageConsumer consumer = session.createConsumer(queue);
            for (int i = 0; i < count; i++) {
                TextMessage message = (TextMessage) consumer.receive(10_000);
                assertThat(message).as("message %d of %d", i, count).isNotNull();
                assertThat(message.getIntProperty("index")).isEqualTo(i);
                assertThat(message.getText()).hasSize(BODY_CHARS);
            }
            assertThat(consumer.receiveNoWait()).isNull();
            session.commit();
            await().atMost(Duration.ofSeconds(30)).until(() -> !store.isPaging());
        }
    }
}
