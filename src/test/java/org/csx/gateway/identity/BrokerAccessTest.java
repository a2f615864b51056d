package org.csx.gateway.identity;

import org.csx.gateway.contract.MessageHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.qpid.jms.JmsConnectionFactory;
import jakarta.jms.TextMessage;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.support.GatewayTestSupport;
import org.springframework.jms.core.JmsTemplate;
import org.csx.gateway.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The embedded broker's doors, tried over each protocol a district or court system may speak (CORE, AMQP 1.0,
 * STOMP 1.2) on the network acceptor: no credentials, another district's queue, another court's answers, the
 * intake queue. The refusals come from the broker; what gets through is checked by the court-answer and
 * processing tests (RegistrationEndToEndTest, FailureHandlingEndToEndTest).
 */
class BrokerAccessTest extends GatewayTestSupport {

    enum Protocol { CORE, AMQP }

    private static final String ALBANY = "district-36001";
    private static final String ALBANY_SECRET = "albany-test-secret";

    private static ConnectionFactory factory(Protocol protocol, String user, String secret) {
        String host = "127.0.0.1:" + TestEnvironment.BROKER_PORT;
        return switch (protocol) {
            case CORE -> user == null ? new ActiveMQConnectionFactory("tcp://" + host)
                    : new ActiveMQConnectionFactory("tcp://" + host, user, secret);
            case AMQP -> user == null ? new JmsConnectionFactory("amqp://" + host)
                    : new JmsConnectionFactory(user, secret, "amqp://" + host);
        };
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void noCredentialsNoConnection(Protocol protocol) {
        assertThatThrownBy(() -> {
            try (Connection connection = factory(protocol, null, null).createConnection()) {
                connection.start();
                connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            }
        }).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> {
            try (Connection connection = factory(protocol, ERIE_DISTRICT, "wrong").createConnection()) {
                connection.start();
                connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            }
        }).isInstanceOf(JMSSecurityException.class);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aDistrictReadsItsOwnQueueAndNoOtherDistricts(Protocol protocol) throws Exception {
        try (Connection connection = factory(protocol, ERIE_DISTRICT, ERIE_DISTRICT_SECRET).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            assertThatCode(() -> session.createConsumer(session.createQueue("district.36029.inbound")).close())
                    .doesNotThrowAnyException();
            assertThatCode(() -> session.createBrowser(session.createQueue("district.36029.inbound")).close())
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> session.createConsumer(session.createQueue("district.36001.inbound")).receive(2000))
                    .isInstanceOf(JMSSecurityException.class);
        }
        try (Connection connection = factory(protocol, ERIE_DISTRICT, ERIE_DISTRICT_SECRET).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            assertThatThrownBy(() -> session.createBrowser(session.createQueue("district.36001.inbound")).getEnumeration().hasMoreElements())
                    .isInstanceOf(JMSSecurityException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aDistrictCannotPutAnythingOnItsOwnQueue(Protocol protocol) {
        assertRefusedToSend(protocol, ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36029.inbound");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aDistrictSendsOnlyToItsOwnOutboundQueueAndReadsOnlyItsOwnRejections(Protocol protocol) throws Exception {
        // the way back (docs/way-back.md): send-only on its own outbound queue, which it may not read
        assertRefusedToSend(protocol, ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36001.outbound");
        assertRefusedToSend(protocol, CA, CA_SECRET, "district.36029.outbound");
        assertRefusedToSend(protocol, ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36029.rejections");
        assertThatThrownBy(() -> consumeOnce(protocol, ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36029.outbound"))
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> consumeOnce(protocol, ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36001.rejections"))
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> consumeOnce(protocol, CA, CA_SECRET, "district.36029.rejections"))
                .isInstanceOf(JMSSecurityException.class);
        assertThatCode(() -> consumeOnce(protocol, ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "district.36029.rejections"))
                .doesNotThrowAnyException();
        try (Connection connection = factory(protocol, ERIE_DISTRICT, ERIE_DISTRICT_SECRET).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            assertThatCode(() -> session.createProducer(session.createQueue("district.36029.outbound"))
                    .send(session.createTextMessage("<not-a-district-message/>"))).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aCourtAnswersOnlyForItself(Protocol protocol) throws Exception {
        assertRefusedToSend(protocol, COURT, COURT_SECRET, "court.36061.responses");
        assertThatThrownBy(() -> consumeOnce(protocol, COURT, COURT_SECRET, "court.36061.registrations"))
                .isInstanceOf(JMSSecurityException.class);
        assertThatCode(() -> consumeOnce(protocol, COURT, COURT_SECRET, "court.36047.registrations"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aPartnerReadsOnlyItsOwnAcknowledgments(Protocol protocol) {
        assertThatThrownBy(() -> consumeOnce(protocol, CA, CA_SECRET, "partner.tx-oag.outbound"))
                .isInstanceOf(JMSSecurityException.class);
        assertThatCode(() -> consumeOnce(protocol, CA, CA_SECRET, "partner.ca-dcss.outbound")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nobodyButTheGatewaySendsToTheRegistryQueues(Protocol protocol) {
        for (String[] login : List.of(new String[] {CA, CA_SECRET}, new String[] {COURT, COURT_SECRET},
                new String[] {ERIE_DISTRICT, ERIE_DISTRICT_SECRET}, new String[] {ADMIN, ADMIN_SECRET})) {
            for (String queue : List.of("registry.intake", "registry.exceptions", "registry.dead-letter", "registry.overdue",
                    "partner.ca-dcss.outbound", "district.36001.inbound")) {
                assertRefusedToSend(protocol, login[0], login[1], queue);
            }
        }
        assertThatThrownBy(() -> consumeOnce(protocol, CA, CA_SECRET, "registry.intake")).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void anIntakeMessageWithNoStoredTransmittalBehindItIsDeadLetteredAndChangesNothing() throws Exception {
        // Only the gateway's own login can put it there; even so its headers are not believed.
        String forgedId = UUID.randomUUID().toString();
        String transmittal = example("lo1-request.xml");
        new JmsTemplate(connectionFactory).send("registry.intake", session -> {
            var message = session.createTextMessage(transmittal);
            message.setStringProperty(MessageHeaders.TRACKING_ID, forgedId);
            message.setStringProperty(MessageHeaders.PARTNER_ID, TX);
            return message;
        });

        // Dead-lettered and recorded for staff (never dropped), with the message kept
        Map<String, Object> item = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(
                () -> jdbc.queryForList("SELECT problem, cause FROM dead_letter WHERE headers->>'csxTrackingId' = ?", forgedId),
                rows -> rows.size() == 1).get(0);
        assertThat(item.get("problem")).isEqualTo("NO_LEDGER_ROW");
        assertThat((String) item.get("cause")).contains("The ledger holds no transmittal");
        assertThat(ledger.find(UUID.fromString(forgedId))).isEmpty();
        assertThat(isOnQueue("partner.tx-oag.outbound", forgedId)).isFalse();
        assertThat(isOnQueue("district.36001.inbound", forgedId)).isFalse();
    }

    @Test
    void processingTakesTheSenderFromTheLedgerNotFromTheMessage() throws Exception {
        String transmittal = example("lo1-request.xml");
        String id = submit(CA, CA_SECRET, transmittal).getTrackingId();
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
        receive("partner.ca-dcss.outbound", id);
        receive("district.36001.inbound", id);

        // The same stored transmittal again, claiming to come from Texas: whatever it produces goes to California.
        org.apache.camel.builder.NotifyBuilder done = new org.apache.camel.builder.NotifyBuilder(camelContext)
                .fromRoute("transmittal-processing")
                .filter(exchange -> id.equals(exchange.getMessage().getHeader(MessageHeaders.TRACKING_ID))).whenDone(1).create();
        new JmsTemplate(connectionFactory).send("registry.intake", session -> {
            var message = session.createTextMessage(transmittal);
            message.setStringProperty(MessageHeaders.TRACKING_ID, id);
            message.setStringProperty(MessageHeaders.PARTNER_ID, TX);
            message.setStringProperty("_AMQ_DUPL_ID", "replay-" + id);
            return message;
        });
        assertThat(done.matches(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(isOnQueue("partner.tx-oag.outbound", id)).isFalse();
        assertThat(ledger.find(UUID.fromString(id)).orElseThrow().partnerId()).isEqualTo(CA);
    }

    @Test
    void staffWithoutTheAdministratorRoleCannotLogInToTheBroker() {
        assertThatThrownBy(() -> {
            try (Connection connection = factory(Protocol.CORE, VIEWER, VIEWER_SECRET).createConnection()) {
                connection.start();
            }
        }).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void overStompTheSameDoorsAreLocked() throws Exception {
        // no credentials
        try (Stomp stomp = new Stomp()) {
            stomp.send("CONNECT\naccept-version:1.2\nhost:localhost\n\n");
            assertThat(stomp.readFrame()).startsWith("ERROR");
        }
        // another district's queue, the intake queue, another court's answers
        try (Stomp stomp = new Stomp()) {
            stomp.send("CONNECT\naccept-version:1.2\nhost:localhost\nlogin:" + ERIE_DISTRICT + "\npasscode:" + ERIE_DISTRICT_SECRET + "\n\n");
            assertThat(stomp.readFrame()).startsWith("CONNECTED");
            stomp.send("SUBSCRIBE\nid:1\ndestination:district.36001.inbound\nsubscription-type:ANYCAST\nreceipt:r1\n\n");
            assertThat(stomp.readFrame()).startsWith("ERROR");
        }
        for (String[] attempt : List.of(new String[] {ERIE_DISTRICT, ERIE_DISTRICT_SECRET, "registry.intake"},
                new String[] {COURT, COURT_SECRET, "court.36061.responses"}, new String[] {ALBANY, ALBANY_SECRET, "registry.intake"})) {
            try (Stomp stomp = new Stomp()) {
                stomp.send("CONNECT\naccept-version:1.2\nhost:localhost\nlogin:" + attempt[0] + "\npasscode:" + attempt[1] + "\n\n");
                assertThat(stomp.readFrame()).startsWith("CONNECTED");
                stomp.send("SEND\ndestination:" + attempt[2] + "\ndestination-type:ANYCAST\nreceipt:s1\ncontent-type:text/plain\n\nforged");
                assertThat(stomp.readFrame()).as(attempt[0] + " sending to " + attempt[2]).startsWith("ERROR");
            }
        }
    }

    private static void assertRefusedToSend(Protocol protocol, String user, String secret, String queue) {
        assertThatThrownBy(() -> {
            try (Connection connection = factory(protocol, user, secret).createConnection()) {
                connection.start();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                session.createProducer(session.createQueue(queue)).send(session.createTextMessage("forged " + UUID.randomUUID()));
            }
        }).as("%s sending to %s over %s", user, queue, protocol).isInstanceOf(JMSSecurityException.class);
    }

    private static void consumeOnce(Protocol protocol, String user, String secret, String queue) throws Exception {
        try (Connection connection = factory(protocol, user, secret).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            session.createConsumer(session.createQueue(queue)).receiveNoWait();
        }
    }

    /** A STOMP 1.2 client with nothing but a socket. */
    private static final class Stomp implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Stomp() throws IOException {
            socket = new Socket("127.0.0.1", TestEnvironment.BROKER_PORT);
            socket.setSoTimeout(10_000);
            out = socket.getOutputStream();
            in = socket.getInputStream();
        }

        void send(String frame) throws IOException {
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.write(0);
            out.flush();
        }

        String readFrame() throws IOException {
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                if (b == 0) {
                    break;
                }
                if (frame.size() == 0 && (b == '\n' || b == '\r')) {
                    continue;
                }
                frame.write(b);
            }
            return frame.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
