package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.contract.registration.CourtAnswerResultType;
import org.csx.gateway.outbox.OutboxRelay;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/**
 * Issue 11 item 3 for registrations: court answers are idempotent (an answer repeating a state already reached is
 * acknowledged with the same result, over SOAP and on the court's responses queue), and a court answer passed on, a
 * withdrawal and a confirmation by operation of law committed while nothing is sent (the outbox relay stopped: a
 * process killed between the database commit and the send) are sent exactly once when it runs again.
 */
class RegistrationMessagesOnceEndToEndTest extends GatewayTestSupport {

    private static final String COURT = "court-36047";
    private static final String COURT_SECRET = "court-test-secret";
    private static final String COURTS_NS = "urn:csx:courts-service:1";
    private static final String COURT_QUEUE = "court.36047.registrations";
    private static final String PARTNER_QUEUE = "partner.ca-dcss.outbound";

    @Autowired
    private ContractXml registrationXml;
    @Autowired
    private OutboxRelay relay;
    @Autowired
    private org.csx.gateway.deadlines.DutyJobs dutyJobs;

    // ---------------------------------------------------------------- repeated answers

    @Test
    void anAnswerRepeatingAStateAlreadyReachedIsAcknowledgedWithTheSameResultAndChangesNothing() {
        UUID id = registrationAtCourt();
        String docket = "KF-R-" + id.toString().substring(0, 8);
        CourtAnswerResultType filed = result(courtAnswer(id, "FILED", docket));
        assertThat(filed.getStatus()).isEqualTo("CONTEST_PERIOD");

        CourtAnswerResultType again = result(courtAnswer(id, "FILED", docket));
        assertThat(again.getStatus()).isEqualTo(filed.getStatus());
        assertThat(again.getDocketNumber()).isEqualTo(docket);
        assertThat(again.getLastDayToContest()).isEqualTo(filed.getLastDayToContest());

        assertThat(result(courtAnswer(id, "HEARING_REQUESTED", null)).getStatus()).isEqualTo("CONTESTED");
        assertThat(result(courtAnswer(id, "HEARING_REQUESTED", null)).getStatus()).isEqualTo("CONTESTED");
        // filed under the docket it has: still a repeat, though the registration moved on since
        assertThat(result(courtAnswer(id, "FILED", docket)).getStatus()).isEqualTo("CONTESTED");

        assertThat(events(id)).containsExactly("RECEIVED", "SENT_TO_TRIBUNAL", "FILED", "NOTICE_SENT", "CONTEST_PERIOD",
                "CONTESTED");
        assertThat(refusals(id)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE dedup_key LIKE ?", Integer.class,
                "reg-reply-" + id + "-%")).as("one ESREG, nothing for the repeats").isEqualTo(1);

        // a different docket number is not a repeat: refused as before
        assertThat(courtAnswerFault(id, "FILED", "OTHER-" + docket)).contains("OUT_OF_ORDER");
        assertThat(refusals(id)).isEqualTo(1);
    }

    @Test
    void aRepeatedAnswerOnTheResponsesQueueIsNotAnItemForStaff() {
        UUID id = registrationAtCourt();
        String answer = "<CourtAnswer xmlns=\"urn:csx:registration:1\"><RegistrationId>" + id
                + "</RegistrationId><Answer>FILED</Answer><DocketNumber>KF-RQ-" + id.toString().substring(0, 8)
                + "</DocketNumber></CourtAnswer>";
        // the court's own system, logged in to the broker as the court
        JmsTemplate jms = new JmsTemplate(brokerClient(COURT, COURT_SECRET));
        jms.convertAndSend("court.36047.responses", answer);
        jms.convertAndSend("court.36047.responses", answer);
        // one consumer takes the court's queue in order: once this refusal is recorded, the repeat was handled
        String unknown = UUID.randomUUID().toString();
        jms.convertAndSend("court.36047.responses", "<CourtAnswer xmlns=\"urn:csx:registration:1\"><RegistrationId>"
                + unknown + "</RegistrationId><Answer>CONFIRMED</Answer></CourtAnswer>");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM registration_refusal WHERE registration_ref = ?", Integer.class, unknown) == 1);

        assertThat(statusOf(id)).isEqualTo("CONTEST_PERIOD");
        assertThat(refusals(id)).isZero();
        // registry staff's queue, read with the gateway's login: the later refusal is there, the repeat is not
        Boolean repeatRefused = new JmsTemplate(connectionFactory).browseSelected("registry.exceptions",
                "csxCourtAnswerRefused LIKE '%" + id + "%'", (session, browser) -> browser.getEnumeration().hasMoreElements());
        assertThat(repeatRefused).isFalse();
        receiveRegistrationMessage(PARTNER_QUEUE, id, "CSENET_ENF_P_ESREG");
        assertThat(isRegistrationMessageOnQueue(PARTNER_QUEUE, id, "CSENET_ENF_P_ESREG")).isFalse();
    }

    // ---------------------------------------------------------------- committed, then sent exactly once

    @Test
    void aCourtAnswerPassedOnWhileNothingIsSentIsSentExactlyOnceAfterRestart() {
        UUID id = registrationAtCourt();
        relay.stop();
        try {
            courtAnswer(id, "FILED", "KF-X-" + id.toString().substring(0, 8));
            assertPendingAndNotSent(id, "reg-reply-" + id + "-FILED", PARTNER_QUEUE, "CSENET_ENF_P_ESREG");
        } finally {
            relay.start();
        }
        assertSentOnce(id, "reg-reply-" + id + "-FILED", PARTNER_QUEUE, "CSENET_ENF_P_ESREG");
    }

    @Test
    void aWithdrawalWhileNothingIsSentIsSentExactlyOnceAfterRestart() throws Exception {
        String transmittal = RegistrationEndToEndTest.completeRequest()
                .replace("<Delivery>ATTACHED</Delivery>", "<Delivery>TO_FOLLOW_BY_MAIL</Delivery>");
        UUID id = awaitRegistration(submit(CA, CA_SECRET, transmittal).getTrackingId(), "AWAITING_DOCUMENTS");
        relay.stop();
        try {
            HttpResponse<String> withdrawn = http.send(HttpRequest.newBuilder(
                    URI.create(base() + "/api/registrations/" + id + "/withdrawal"))
                    .header("Authorization", specialistAuth())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(withdrawn.statusCode()).isEqualTo(200);
            assertPendingAndNotSent(id, "reg-update-" + id + "-WITHDRAWN", "district.nyc.inbound", "REGISTRATION_UPDATE");
        } finally {
            relay.start();
        }
        assertSentOnce(id, "reg-update-" + id + "-WITHDRAWN", "district.nyc.inbound", "REGISTRATION_UPDATE");
    }

    @Test
    void aConfirmationByOperationOfLawWhileNothingIsSentIsSentExactlyOnceAfterRestart() {
        UUID id = registrationAtCourt();
        CourtAnswerResultType filed = result(courtAnswer(id, "FILED", "KF-C-" + id.toString().substring(0, 8)));
        receiveRegistrationMessage(PARTNER_QUEUE, id, "CSENET_ENF_P_ESREG");
        relay.stop();
        try {
            assertThat(dutyJobs.expire(filed.getLastDayToContest().plusDays(1)))
                    .contains(jdbc.queryForObject("SELECT tracking_id FROM registration WHERE id = ?", UUID.class, id));
            assertPendingAndNotSent(id, "reg-reply-" + id + "-CONFIRMED", PARTNER_QUEUE, "CSENET_ENF_P_GSFIL");
        } finally {
            relay.start();
        }
        assertSentOnce(id, "reg-reply-" + id + "-CONFIRMED", PARTNER_QUEUE, "CSENET_ENF_P_GSFIL");
    }

    private void assertPendingAndNotSent(UUID id, String key, String queue, String kind) {
        assertThat(jdbc.queryForList("SELECT status FROM outbox_message WHERE dedup_key = ?", String.class, key))
                .containsExactly("PENDING");
        assertThat(isRegistrationMessageOnQueue(queue, id, kind)).isFalse();
    }

    private void assertSentOnce(UUID id, String key, String queue, String kind) {
        receiveRegistrationMessage(queue, id, kind);
        await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(
                jdbc.queryForObject("SELECT status FROM outbox_message WHERE dedup_key = ?", String.class, key)));
        assertThat(isRegistrationMessageOnQueue(queue, id, kind)).as("sent once").isFalse();
    }

    // ---------------------------------------------------------------- helpers (as RegistrationEndToEndTest's)

    private UUID registrationAtCourt() {
        ReceiptType receipt = submitWithDocuments(CA, CA_SECRET, RegistrationEndToEndTest.completeRequest());
        UUID id = awaitRegistration(receipt.getTrackingId(), "SENT_TO_TRIBUNAL");
        receiveRegistrationMessage(COURT_QUEUE, id, "REGISTRATION_PACKET");
        return id;
    }

    private UUID awaitRegistration(String trackingId, String status) {
        UUID tracking = UUID.fromString(trackingId);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "SELECT status FROM registration WHERE tracking_id = ?", String.class, tracking).contains(status));
        return jdbc.queryForObject("SELECT id FROM registration WHERE tracking_id = ?", UUID.class, tracking);
    }

    private String statusOf(UUID id) {
        return jdbc.queryForObject("SELECT status FROM registration WHERE id = ?", String.class, id);
    }

    private List<String> events(UUID id) {
        return jdbc.queryForList("SELECT status FROM registration_event WHERE registration_id = ? ORDER BY id", String.class, id);
    }

    private int refusals(UUID id) {
        return jdbc.queryForObject("SELECT count(*) FROM registration_refusal WHERE registration_ref = ?", Integer.class,
                id.toString());
    }

    private CourtAnswerResultType result(String xml) {
        return registrationXml.read(xml, CourtAnswerResultType.class);
    }

    private String courtAnswerFault(UUID id, String answer, String docket) {
        try {
            courtAnswer(id, answer, docket);
        } catch (jakarta.xml.ws.WebServiceException e) {
            return e.getMessage();
        }
        throw new AssertionError("the answer was not refused");
    }

    /** A court's system answering over SOAP (JAX-WS dispatch, payload mode). */
    private String courtAnswer(UUID registrationId, String answer, String docket) {
        try {
            String courtsUrl = base() + "/services/courts";
            Service service = Service.create(new URL(courtsUrl + "?wsdl"), new QName(COURTS_NS, "CourtsService"));
            Dispatch<Source> dispatch = service.createDispatch(new QName(COURTS_NS, "CourtsPort"), Source.class,
                    Service.Mode.PAYLOAD);
            dispatch.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, COURT);
            dispatch.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, COURT_SECRET);
            dispatch.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, courtsUrl);
            String xml = "<CourtAnswer xmlns=\"urn:csx:registration:1\"><RegistrationId>" + registrationId
                    + "</RegistrationId><Answer>" + answer + "</Answer>"
                    + (docket == null ? "" : "<DocketNumber>" + docket + "</DocketNumber>") + "</CourtAnswer>";
            return toString(dispatch.invoke(new StreamSource(new StringReader(xml))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
