package org.csx.gateway.district;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.csx.gateway.support.TestEnvironment;

/** A district system on the broker's network acceptor, logged in with its own login: Artemis CORE or AMQP 1.0. */
public final class DistrictMessaging {

    private DistrictMessaging() {
    }

    public static ConnectionFactory client(String user, String secret) {
        return new ActiveMQConnectionFactory("tcp://127.0.0.1:" + TestEnvironment.BROKER_PORT, user, secret);
    }

    public static ConnectionFactory amqp(String user, String secret) {
        return new org.apache.qpid.jms.JmsConnectionFactory(user, secret, "amqp://127.0.0.1:" + TestEnvironment.BROKER_PORT);
    }

    public static void send(String user, String secret, String queue, String body) throws Exception {
        send(client(user, secret), queue, body);
    }

    public static void sendOverAmqp(String user, String secret, String queue, String body) throws Exception {
        send(amqp(user, secret), queue, body);
    }

    private static void send(ConnectionFactory factory, String queue, String body) throws Exception {
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue(queue)).send(session.createTextMessage(body));
        }
    }

    /** The district's own rejection of its message, read with its own login; null when none within the wait. */
    public static String receiveRejection(String user, String secret, String districtId, String messageId, long waitMillis)
            throws Exception {
        try (Connection connection = client(user, secret).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer consumer = session.createConsumer(session.createQueue("district." + districtId + ".rejections"),
                    "csxDistrictMessageId = '" + messageId + "'")) {
                Message m = consumer.receive(waitMillis);
                return m == null ? null : ((TextMessage) m).getText();
            }
        }
    }

    /** A district message: the header part; blocks follow in {@code blocks}. */
    public static String message(String messageId, String caseOrReceiver, String districtCaseId, String function,
                                 String action, String reason, String blocks) {
        String target = caseOrReceiver.contains("-") ? "<CaseTrackingId>" + caseOrReceiver + "</CaseTrackingId>"
                : "<ReceiverLocatorCode>" + caseOrReceiver + "</ReceiverLocatorCode>";
        return "<DistrictMessage xmlns=\"urn:csx:district-message:1\" xmlns:dm=\"urn:csx:district-message:1\""
                + " xmlns:tx=\"urn:csx:transmittal:1\">"
                + "<MessageId>" + messageId + "</MessageId>" + target
                + "<DistrictCaseId>" + districtCaseId + "</DistrictCaseId>"
                + "<FunctionalType>" + function + "</FunctionalType><ActionCode>" + action + "</ActionCode>"
                + (reason == null ? "" : "<ActionReason>" + reason + "</ActionReason>")
                + (blocks == null ? "" : blocks) + "</DistrictMessage>";
    }
}
