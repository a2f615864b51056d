package org.csx.gateway.csenet;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.Map;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.intake.IntakeResult;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.support.JmsUtils;

/**
 * Puts a chunk of stored transmittals on the intake queue in ONE broker transaction (one journal sync per chunk), as
 * batch pointers of {@code batchSize} transmittals each ({@link IntakeMessages#batchPointer}), which processing takes
 * in one database transaction. A batch of one is the SOAP route's own pointer ({@link IntakeMessages#headers}).
 */
class CsenetIntakeQueue {

    /** A stored transmittal to queue. */
    public record Stored(IntakeResult result) {
    }

    private final JmsTemplate jms;
    private final String queue;
    private final int batchSize;

    public CsenetIntakeQueue(ConnectionFactory connectionFactory, String queue, int batchSize) {
        this.batchSize = Math.max(1, batchSize);
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.queue = queue;
    }

    public void send(List<Stored> stored) {
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

    /** One transmittal: the SOAP channel's pointer; several: a batch pointer (IntakeMessages.batchPointer). */
    private static TextMessage message(Session session, List<Stored> batch) throws JMSException {
        TextMessage message;
        Map<String, ?> headers;
        if (batch.size() == 1) {
            IntakeResult result = batch.get(0).result();
            message = session.createTextMessage(IntakeMessages.pointer(result.receipt().trackingId().toString()));
            headers = IntakeMessages.headers(result);
        } else {
            List<String> ids = batch.stream().map(s -> s.result().receipt().trackingId().toString()).toList();
            message = session.createTextMessage(IntakeMessages.batchPointer(ids));
            headers = IntakeMessages.batchHeaders(ids);
        }
        for (Map.Entry<String, ?> header : headers.entrySet()) {
            message.setObjectProperty(header.getKey(), header.getValue());
        }
        return message;
    }
}
