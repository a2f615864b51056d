package org.csx.gateway.csenet;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.Map;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.intake.IntakeResult;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.support.JmsUtils;

/**
 * Puts stored transmittals on the intake queue exactly as the SOAP route does (the same pointer, the same headers and the
 * same duplicate-detection id, from {@link IntakeMessages#headers}), but a whole chunk in ONE broker transaction:
 * one journal sync per chunk instead of one per transmittal.
 */
class CsenetIntakeQueue {

    /** A stored transmittal to queue. */
    public record Stored(IntakeResult result) {
    }

    private final JmsTemplate jms;
    private final String queue;

    public CsenetIntakeQueue(ConnectionFactory connectionFactory, String queue) {
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
                for (Stored s : stored) {
                    TextMessage message = session.createTextMessage(
                            IntakeMessages.pointer(s.result().receipt().trackingId().toString()));
                    for (Map.Entry<String, Object> header : IntakeMessages.headers(s.result()).entrySet()) {
                        message.setObjectProperty(header.getKey(), header.getValue());
                    }
                    producer.send(message);
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
}
