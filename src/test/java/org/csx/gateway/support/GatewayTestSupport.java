package org.csx.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.camel.CamelContext;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.MessageHeaders;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.ledger.ReceiptRecord;
import org.csx.gateway.ledger.ReceivedTransmittal;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole gateway, started once for all end-to-end tests: Tomcat + CXF on a random port, embedded
 * Artemis (persistent journal) and embedded PostgreSQL (Flyway-migrated), in a fresh data directory.
 * Tests talk to it as partners and districts do: SOAP over HTTP in, JMS queues out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class GatewayTestSupport {

    public static final String CA = "ca-dcss";
    public static final String CA_SECRET = "ca-test-secret";
    public static final String TX = "tx-oag";
    public static final String TX_SECRET = "tx-test-secret";
    public static final String MX = "mx-central-authority";
    public static final String MX_SECRET = "mx-test-secret";
    public static final String COURT = "court-36047";
    public static final String COURT_SECRET = "court-test-secret";
    /** Test identities (application-test.yml): staff by role, districts by login name. */
    public static final String VIEWER = "viewer";
    public static final String VIEWER_SECRET = "viewer-test-secret";
    public static final String SPECIALIST = "specialist";
    public static final String SPECIALIST_SECRET = "specialist-test-secret";
    public static final String ADMIN = "admin";
    public static final String ADMIN_SECRET = "admin-test-secret";
    public static final String ERIE_DISTRICT = "district-36029";
    public static final String ERIE_DISTRICT_SECRET = "erie-test-secret";

    private static final String SERVICE_NS = "urn:csx:exchange-service:1";
    private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("csx.embedded.data-directory", () -> TestEnvironment.DATA_DIRECTORY.toString());
        registry.add("csx.embedded.broker.acceptor-host", () -> "127.0.0.1");
        registry.add("csx.embedded.broker.acceptor-port", () -> TestEnvironment.BROKER_PORT);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected ConnectionFactory connectionFactory;
    @Autowired
    protected TransmittalLedger ledger;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected CamelContext camelContext;
    @Autowired
    protected ContractXml contractXml;

    protected final HttpClient http = HttpClient.newHttpClient();

    protected String exchangeUrl() {
        return "http://localhost:" + port + "/services/exchange";
    }

    /** Submits a transmittal with a CXF JAX-WS client, as a partner's system would. */
    protected ReceiptType submit(String partner, String secret, String transmittalXml) {
        try {
            Service service = Service.create(new URL(exchangeUrl() + "?wsdl"), new QName(SERVICE_NS, "CaseExchangeService"));
            Dispatch<Source> dispatch = service.createDispatch(new QName(SERVICE_NS, "CaseExchangePort"), Source.class,
                    Service.Mode.PAYLOAD);
            dispatch.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, partner);
            dispatch.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, secret);
            dispatch.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, exchangeUrl());
            Source response = dispatch.invoke(new StreamSource(new StringReader(transmittalXml)));
            return contractXml.read(toString(response), ReceiptType.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Submits a transmittal whose manifest entries marked ATTACHED really carry their document: each gets a
     * Content-ID and a distinct synthetic PDF part (SOAP with attachments, multipart/related), as a partner's
     * system sends papers with the request. Entries announced "to follow" carry nothing.
     */
    protected ReceiptType submitWithDocuments(String partner, String secret, String transmittalXml) {
        java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<Delivery>ATTACHED</Delivery>").matcher(transmittalXml);
        StringBuilder withIds = new StringBuilder();
        while (m.find()) {
            String id = "doc-" + (parts.size() + 1) + "-" + UUID.randomUUID();
            parts.put(id, ("%PDF-1.7\n% synthetic document " + id + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
            m.appendReplacement(withIds, "<Delivery>ATTACHED</Delivery><ContentId>"
                    + id + "</ContentId>");
        }
        m.appendTail(withIds);
        String boundary = "csx-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
        text.accept("--" + boundary + "\r\nContent-Type: text/xml; charset=UTF-8\r\nContent-ID: <root>\r\n\r\n");
        text.accept(soapEnvelope(withIds.toString()));
        parts.forEach((id, bytes) -> {
            text.accept("\r\n--" + boundary + "\r\nContent-Type: application/pdf\r\nContent-ID: <" + id
                    + ">\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            body.writeBytes(bytes);
        });
        text.accept("\r\n--" + boundary + "--\r\n");
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(exchangeUrl()))
                    .header("Content-Type", "multipart/related; type=\"text/xml\"; start=\"<root>\"; boundary=\""
                            + boundary + "\"")
                    .header("Authorization", basicAuth(partner, secret))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("SubmitTransmittal answered " + response.statusCode() + ": " + response.body());
            }
            ReceiptType receipt = new ReceiptType();
            receipt.setTrackingId(response.body().replaceFirst("(?s).*<[^>]*TrackingId>([^<]+)<.*", "$1"));
            return receipt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * SubmitDocuments for a case, each document a distinct synthetic PDF sent inline (base64), as a partner sends
     * papers after its request. {@code documents}: DocumentTypeCode names, "!" suffixed when certified.
     * @return the DocumentsReceipt's XML
     */
    protected String submitDocuments(String partner, String secret, String trackingId, String... documents) {
        StringBuilder request = new StringBuilder("<SubmitDocuments xmlns=\"urn:csx:exchange:1\"><TrackingId>")
                .append(trackingId).append("</TrackingId>");
        for (String document : documents) {
            boolean certified = document.endsWith("!");
            String type = certified ? document.substring(0, document.length() - 1) : document;
            byte[] pdf = ("%PDF-1.7\n% synthetic " + type + " " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
            request.append("<Document><DocumentType>").append(type).append("</DocumentType><Certified>").append(certified)
                    .append("</Certified><MediaType>application/pdf</MediaType><Content>")
                    .append(Base64.getEncoder().encodeToString(pdf)).append("</Content></Document>");
        }
        request.append("</SubmitDocuments>");
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/services/documents"))
                    .header("Content-Type", "text/xml; charset=UTF-8")
                    .header("SOAPAction", "\"urn:csx:exchange-service:1:SubmitDocuments\"")
                    .header("Authorization", basicAuth(partner, secret))
                    .POST(HttpRequest.BodyPublishers.ofString(soapEnvelope(request.toString())))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("SubmitDocuments answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts raw bytes as a SOAP request: for what no well-behaved client would send. */
    protected HttpResponse<String> postRaw(String partner, String secret, String body, String... extraHeaders) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(exchangeUrl()))
                    .header("Content-Type", "text/xml; charset=UTF-8")
                    .header("SOAPAction", "\"urn:csx:exchange-service:1:SubmitTransmittal\"")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((partner + ":" + secret).getBytes(StandardCharsets.UTF_8)));
            if (extraHeaders.length > 0) {
                request.headers(extraHeaders);
            }
            return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JMS connection factory for the broker's network acceptor, logged in as an outside system would. */
    protected static ConnectionFactory brokerClient(String user, String secret) {
        return new org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + TestEnvironment.BROKER_PORT, user, secret);
    }

    /** An HTTP Basic Authorization header value. */
    public static String basicAuth(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** What staff with the viewer role send to read the API. */
    protected static String viewerAuth() {
        return basicAuth(VIEWER, VIEWER_SECRET);
    }

    /** What a specialist sends to record documents or withdraw a registration. */
    protected static String specialistAuth() {
        return basicAuth(SPECIALIST, SPECIALIST_SECRET);
    }

    protected static String soapEnvelope(String transmittalXml) {
        String body = transmittalXml.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + body + "</soap:Body></soap:Envelope>";
    }

    /** An example from schemas/examples with a serial number no other test uses. */
    protected static String example(String name) {
        return withSerial(readExample(name), nextSerial());
    }

    protected static String readExample(String name) {
        try (InputStream in = GatewayTestSupport.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String nextSerial() {
        return String.format("%012d", SERIALS.incrementAndGet());
    }

    protected static String withSerial(String xml, String serial) {
        return xml.replaceFirst("<TransactionSerialNumber>[0-9]*</TransactionSerialNumber>",
                "<TransactionSerialNumber>" + serial + "</TransactionSerialNumber>");
    }

    protected static String serialOf(String xml) {
        return xml.replaceFirst("(?s).*<TransactionSerialNumber>([0-9]*)</TransactionSerialNumber>.*", "$1");
    }

    /** Takes the message for this transmittal off a queue, waiting up to 20 s for it to arrive. */
    protected TextMessage receive(String queue, String trackingId) {
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setReceiveTimeout(20_000);
        Message message = jms.receiveSelected(queue, "csxTrackingId = '" + trackingId + "'");
        if (message == null) {
            throw new AssertionError("no message for " + trackingId + " on " + queue + " within 20 s");
        }
        return (TextMessage) message;
    }

    /** Takes a registration's message of this kind off a queue, waiting up to 20 s for it to arrive. */
    protected TextMessage receiveRegistrationMessage(String queue, UUID id, String kind) {
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setReceiveTimeout(20_000);
        Message message = jms.receiveSelected(queue, registrationSelector(id, kind));
        if (message == null) {
            throw new AssertionError("no " + kind + " for registration " + id + " on " + queue + " within 20 s");
        }
        return (TextMessage) message;
    }

    /** Whether a registration's message of this kind is on the queue now (no waiting). */
    protected boolean isRegistrationMessageOnQueue(String queue, UUID id, String kind) {
        Boolean found = new JmsTemplate(connectionFactory).browseSelected(queue, registrationSelector(id, kind),
                (session, browser) -> browser.getEnumeration().hasMoreElements());
        return Boolean.TRUE.equals(found);
    }

    private static String registrationSelector(UUID id, String kind) {
        return "csxRegistrationId = '" + id + "' AND csxMessageKind = '" + kind + "'";
    }

    /** Whether a message for this transmittal is on the queue now (no waiting). */
    protected boolean isOnQueue(String queue, String trackingId) {
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        Boolean found = jms.browseSelected(queue, "csxTrackingId = '" + trackingId + "'",
                (session, browser) -> browser.getEnumeration().hasMoreElements());
        return Boolean.TRUE.equals(found);
    }

    /** The intake queue's messages for this transmittal, browsed (left on the queue). */
    protected List<TextMessage> onIntake(String trackingId) {
        List<TextMessage> found = new JmsTemplate(connectionFactory).browseSelected("registry.intake",
                MessageHeaders.TRACKING_ID + " = '" + trackingId + "'", (session, browser) -> {
                    List<TextMessage> messages = new ArrayList<>();
                    for (Object m : Collections.list(browser.getEnumeration())) {
                        messages.add((TextMessage) m);
                    }
                    return messages;
                });
        return found == null ? List.of() : found;
    }

    private static final Set<String> INTAKE_HEADERS = Set.of(MessageHeaders.TRACKING_ID, MessageHeaders.PARTNER_ID,
            MessageHeaders.CHANNEL, MessageHeaders.SERIAL_NUMBER, MessageHeaders.RECEIVED_AT, MessageHeaders.RESENT,
            MessageHeaders.DUPLICATE_ID, MessageHeaders.OUTBOX_KEY);

    /**
     * Exactly one message for this transmittal on the intake queue now, and it is a pointer to its ledger row
     * (intake.IntakeMessages), whoever queued it: the body is the tracking id, the properties are intake headers (and
     * the broker's own) only; nothing of the transmittal and nothing of the request that brought it.
     */
    protected void assertOnePointerOnIntake(String trackingId) {
        // the SOAP channel's queuer sends just after the receipt (intake.IntakeQueuer)
        await().atMost(Duration.ofSeconds(20)).until(() -> !onIntake(trackingId).isEmpty());
        List<TextMessage> queued = onIntake(trackingId);
        assertThat(queued).as("intake messages for " + trackingId).hasSize(1);
        assertPointerTo(queued.get(0), trackingId);
    }

    private static void assertPointerTo(TextMessage message, String trackingId) {
        try {
            assertThat(message.getText()).as("the intake message's body").isEqualTo(trackingId);
            assertThat(message.getStringProperty(MessageHeaders.TRACKING_ID)).isEqualTo(trackingId);
            List<String> names = new ArrayList<>();
            for (Object name : Collections.list(message.getPropertyNames())) {
                names.add((String) name);
            }
            assertThat(names).contains(MessageHeaders.PARTNER_ID, MessageHeaders.CHANNEL, MessageHeaders.RECEIVED_AT)
                    .allMatch(name -> INTAKE_HEADERS.contains(name) || name.startsWith("JMSX") || name.startsWith("_AMQ"),
                            "only intake headers");
        } catch (jakarta.jms.JMSException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs the steps with transmittal processing stopped (intake messages stay on the queue), then starts it again. */
    protected <T> T withProcessingStopped(Callable<T> steps) throws Exception {
        camelContext.getRouteController().stopRoute("transmittal-processing");
        try {
            return steps.call();
        } finally {
            camelContext.getRouteController().startRoute("transmittal-processing");
        }
    }

    /**
     * A transmittal from California stored in the ledger as intake stores it (RECEIVED), but never queued: as if the
     * process died after intake's database commit and before its queue send.
     */
    protected ReceiptRecord storeWithoutQueueing(String transmittal, String serial) {
        return ledger.recordReceipt(new ReceivedTransmittal(CA, "SOAP", SenderKind.STATE_IV_D_AGENCY, "0603700", null,
                serial, "LO1", "R", null, "CA-LA-0000123", transmittal, "sha256-" + UUID.randomUUID()));
    }

    protected ReceiptRecord storeWithoutQueueing(String transmittal) {
        return storeWithoutQueueing(transmittal, serialOf(transmittal));
    }

    protected TransmittalView awaitStatus(String trackingId, TransmittalStatus status) {
        UUID id = UUID.fromString(trackingId);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ledger.find(id).map(TransmittalView::status).orElse(null) == status);
        return ledger.find(id).orElseThrow();
    }

    /** ACKNOWLEDGED, and its referral on its district's queue exactly once (taken off the queue). */
    protected void assertForwardedOnce(String trackingId) {
        TransmittalView view = awaitStatus(trackingId, TransmittalStatus.ACKNOWLEDGED);
        String district = "district." + view.districtId() + ".inbound";
        assertThat(receive(district, trackingId)).as("referral of " + trackingId).isNotNull();
        assertThat(isOnQueue(district, trackingId)).as("a second referral of " + trackingId).isFalse();
    }

    /**
     * The database transactions that recorded these transmittals' validation ({@code xmin}: the transaction that
     * wrote a row). One for several transmittals: they were processed in one database transaction.
     */
    protected List<String> validationTransactions(List<String> trackingIds) {
        return jdbc.queryForList("SELECT DISTINCT xmin::text FROM transmittal_event WHERE status = 'VALIDATED'"
                + " AND tracking_id::text = ANY (?)", String.class, (Object) trackingIds.toArray(String[]::new));
    }

    protected int storedCount(String partner, String serial) {
        return jdbc.queryForObject("SELECT count(*) FROM transmittal WHERE partner_id = ? AND transaction_serial_number = ?",
                Integer.class, partner, serial);
    }

    protected static String toString(Source source) {
        try {
            StringWriter out = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(source, new StreamResult(out));
            return out.toString();
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
