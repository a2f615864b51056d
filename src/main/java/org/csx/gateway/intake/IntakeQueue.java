package org.csx.gateway.intake;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.Map;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.support.JmsUtils;

/**
 * Puts stored transmittals on the intake queue in ONE broker transaction (one journal sync for all of them), as
 * batch pointers of {@code batchSize} transmittals each ({@link IntakeMessages#batchPointer}), which processing takes
 * in one database transaction. A batch of one is a single pointer ({@link IntakeMessages#headers}). Used by the CSENet
 * file channel for a chunk, and by {@link IntakeQueuer} for what the SOAP channel stored meanwhile.
 */
public class IntakeQueue {

    private final JmsTemplate jms;
    private final String queue;
    private final int batchSize;

    public IntakeQueue(ConnectionFactory connectionFactory, String queue, int batchSize) {
        this.batchSize = Math.max(1, batchSize);
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.queue = queue;
    }

    /** Transmittals per intake message. */
    public int batchSize() {
        return batchSize;
    }

    public void send(List<IntakeResult> stored) {
        if (stored.isEmpty()) {
            return;
        }
        jms.execute(session -> {
            try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
                for (int from = 0; from < stored.size(); from += batchSize) {
                    producer.send(message(session, stored.subList(from, Math.min(stored.size(), from + batchSize))));
                }
                JmsUtils.commitIfNecessary(session);
            } catch (JMSException | RuntimeException e) {
                // never leave sends pending on a cached session: the next user's commit would send them
                JmsUtils.rollbackIfNecessary(session);
                throw e;
            }
            return null;
        }, false);
    }

    /** One transmittal: a single pointer; several: a batch pointer (IntakeMessages.batchPointer). */
    private static TextMessage message(Session session, List<IntakeResult> batch) throws JMSException {
        TextMessage message;
        Map<String, ?> headers;
        if (batch.size() == 1) {
            IntakeResult result = batch.get(0);
            message = session.createTextMessage(IntakeMessages.pointer(result.receipt().trackingId().toString()));
            headers = IntakeMessages.headers(result);
        } else {
            List<String> ids = batch.stream().map(r -> r.receipt().trackingId().toString()).toList();
            message = session.createTextMessage(IntakeMessages.batchPointer(ids));
            headers = IntakeMessages.batchHeaders(ids);
        }
        for (Map.Entry<String, ?> header : headers.entrySet()) {
            message.setObjectProperty(header.getKey(), header.getValue());
        }
        return message;
    }
}
