package org.csx.gateway.registration;

import org.csx.gateway.deadlines.WorkingDayCalendar;
import org.csx.gateway.contract.MessageHeaders;

import org.csx.gateway.contract.ContractXml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import org.apache.cxf.binding.soap.SoapFault;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.csx.gateway.contract.acknowledgment.AcknowledgmentType;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.contract.registration.CourtAnswerResultType;
import org.csx.gateway.contract.registration.RegistrationNoticeType;
import org.csx.gateway.contract.registration.RegistrationPacketType;
import org.csx.gateway.contract.registration.RegistrationUpdateType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/**
 * Registration through the real gateway: a registration request over SOAP opens a registration, the
 * court gets the packet and the notice, the court's SOAP answers drive the lifecycle and are passed on,
 * the contest-deadline job confirms exactly once, and what does not fit is refused.
 */
class RegistrationEndToEndTest extends GatewayTestSupport {

    private static final String COURT = "court-36047";
    private static final String COURT_SECRET = "court-test-secret";
    private static final String COURTS_NS = "urn:csx:courts-service:1";
    private static final String COURT_QUEUE = "court.36047.registrations";

    @Autowired
    private ContractXml registrationXml;
    @Autowired
    private org.csx.gateway.deadlines.DutyJobs dutyJobs;
    @Autowired
    private Clock clock;

    @Autowired
    private WorkingDayCalendar workingDays;

    @Test
    void aCompleteRequestReachesTheCourtWithItsPacketAndNoticeAndTheDistrictStillGetsItsReferral() throws Exception {
        ReceiptType receipt = submitWithDocuments(CA, CA_SECRET, completeRequest());
        String trackingId = receipt.getTrackingId();

        receive("district.nyc.inbound", trackingId);
        receive("partner.ca-dcss.outbound", trackingId);
        UUID id = awaitRegistration(trackingId, RegistrationStatus.SENT_TO_TRIBUNAL);

        String packetXml = receiveRegistrationMessage(COURT_QUEUE, id, "REGISTRATION_PACKET").getText();
        assertSchemaValid(packetXml);
        RegistrationPacketType packet = registrationXml.read(packetXml, RegistrationPacketType.class);
        assertThat(packet.getCourtId()).isEqualTo("36047");
        assertThat(packet.getReasonCode()).isEqualTo("ERRES");
        assertThat(packet.getOrder()).extracting(o -> o.getOrderId()).containsExactly("LA-FAM-2016-0042");
        assertThat(packet.getAllegedArrears().getAmount()).isEqualByComparingTo("5400.00");
        assertThat(packet.getTransmittal().getNcpIdentification()).isNotNull();
        assertThat(packet.getNotice().getVersion()).isEqualTo("DRAFT");
        String notice = pdfText(packet.getNotice().getContent());
        assertThat(notice).contains("NOTICE OF REGISTRATION OF SUPPORT ORDER", "LA-FAM-2016-0042", "$5,400.00",
                "within 20 days after notice", "enforceable as of the date of registration", "Failure to contest",
                "Kings County");

        String json = get("/api/registrations/" + id).body();
        assertThat(json).contains("\"status\":\"SENT_TO_TRIBUNAL\"", "LA-FAM-2016-0042", "\"courtId\":\"36047\"")
                .doesNotContain("555345678", "1985-03-03", "1987-05-20", "2015-12-01");
        assertThat(get("/api/registrations?orderId=LA-FAM-2016-0042").body()).contains(id.toString());
        assertThat(get("/api/registrations?lastName=placeholder").body()).contains(id.toString());
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/registrations/" + id + "/notice"))
                        .header("Authorization", viewerAuth()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdfText(pdf.body())).contains("LA-FAM-2016-0042");
    }

    @Test
    void aRedeliveredTransmittalDoesNotOpenASecondRegistrationNorSendASecondPacket() throws Exception {
        String transmittal = completeRequest();
        ReceiptType receipt = submitWithDocuments(CA, CA_SECRET, transmittal);
        String trackingId = receipt.getTrackingId();
        UUID id = awaitRegistration(trackingId, RegistrationStatus.SENT_TO_TRIBUNAL);
        receiveRegistrationMessage(COURT_QUEUE, id, "REGISTRATION_PACKET");

        NotifyBuilder again = new NotifyBuilder(camelContext).fromRoute("transmittal-processing")
                .filter(e -> trackingId.equals(e.getMessage().getHeader(MessageHeaders.TRACKING_ID)))
                .whenDone(1).create();
        new JmsTemplate(connectionFactory).send("registry.intake", session -> {
            var message = session.createTextMessage(transmittal);
            message.setStringProperty(MessageHeaders.TRACKING_ID, trackingId);
            message.setStringProperty(MessageHeaders.PARTNER_ID, CA);
            message.setStringProperty(MessageHeaders.CHANNEL, "SOAP");
            message.setStringProperty(MessageHeaders.SERIAL_NUMBER, serialOf(transmittal));
            return message;
        });
        assertThat(again.matches(30, TimeUnit.SECONDS)).isTrue();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM registration WHERE tracking_id = ?", Integer.class,
                UUID.fromString(trackingId))).isEqualTo(1);
        assertThat(isRegistrationMessageOnQueue(COURT_QUEUE, id, "REGISTRATION_PACKET")).as("a second packet").isFalse();
    }

    @Test
    void courtAnswersDriveTheLifecycleAndArePassedOnToTheSenderAndTheDistrict() throws Exception {
        UUID id = registrationAtCourt();
        String docket = "KF-" + id.toString().substring(0, 8);
        LocalDate today = LocalDate.now(clock);

        CourtAnswerResultType filed = registrationXml.read(courtAnswer(id.toString(), "FILED", docket), CourtAnswerResultType.class);
        assertThat(filed.getStatus()).isEqualTo("CONTEST_PERIOD");
        assertThat(filed.getDocketNumber()).isEqualTo(docket);
        // §605(b)(2): 20 days, rolled to the next working day when the 20th is a weekend or holiday (filed on
        // 2026-12-05, the 20th day was Christmas and the last day Monday the 28th)
        LocalDate twentiethDay = today.plusDays(20);
        assertThat(filed.getLastDayToContest()).isEqualTo(workingDays.workingDayOnOrAfter(twentiethDay));
        assertThat(filed.getLastDayToContest()).isBetween(twentiethDay, twentiethDay.plusDays(4));

        String esregXml = receiveRegistrationMessage("partner.ca-dcss.outbound", id, "CSENET_ENF_P_ESREG").getText();
        assertThat(new org.csx.gateway.validation.TransmittalSchemaValidator().validate(esregXml)).isEmpty();
        TransmittalType esreg = contractXml.readTransmittal(esregXml);
        assertThat(esreg.getHeader().getFunctionalType().value()).isEqualTo("ENF");
        assertThat(esreg.getHeader().getActionCode().value()).isEqualTo("P");
        assertThat(esreg.getHeader().getActionReason()).isEqualTo("ESREG");
        assertThat(esreg.getInformation().getTextLine().get(0)).contains(docket);
        RegistrationUpdateType update = registrationXml.read(
                receiveRegistrationMessage("district.nyc.inbound", id, "REGISTRATION_UPDATE").getText(), RegistrationUpdateType.class);
        assertThat(update.getStatus()).isEqualTo("FILED");
        assertThat(update.getCsenetTransaction()).isEqualTo("ENF P ESREG");
        String noticeXml = receiveRegistrationMessage(COURT_QUEUE, id, "REGISTRATION_NOTICE").getText();
        assertSchemaValid(noticeXml);
        RegistrationNoticeType notice = registrationXml.read(noticeXml, RegistrationNoticeType.class);
        assertThat(pdfText(notice.getNotice().getContent())).contains(docket, "no later than");
        assertThat(get("/api/registrations?docketNumber=" + docket).body()).contains(id.toString());

        assertThat(registrationXml.read(courtAnswer(id.toString(), "HEARING_REQUESTED", null), CourtAnswerResultType.class)
                .getStatus()).isEqualTo("CONTESTED");
        assertThat(registrationXml.read(courtAnswer(id.toString(), "VACATED", null), CourtAnswerResultType.class)
                .getStatus()).isEqualTo("VACATED");
        TransmittalType gsfil = contractXml.readTransmittal(
                receiveRegistrationMessage("partner.ca-dcss.outbound", id, "CSENET_ENF_P_GSFIL").getText());
        assertThat(gsfil.getInformation().getTextLine().get(0)).contains("vacating");

        List<String> history = jdbc.queryForList("SELECT status FROM registration_event WHERE registration_id = ? ORDER BY id",
                String.class, id);
        assertThat(history).containsExactly("RECEIVED", "SENT_TO_TRIBUNAL", "FILED", "NOTICE_SENT", "CONTEST_PERIOD",
                "CONTESTED", "VACATED");
    }

    @Test
    void anAnswerOutOfOrderOrForAnUnknownRegistrationIsRefusedWithAFaultAndChangesNothing() throws Exception {
        UUID id = registrationAtCourt();

        String outOfOrder = faultOf(() -> courtAnswer(id.toString(), "CONFIRMED", null));
        assertThat(outOfOrder).startsWith("OUT_OF_ORDER").contains("SENT_TO_TRIBUNAL");
        assertThat(statusOf(id)).isEqualTo("SENT_TO_TRIBUNAL");

        String noDocket = faultOf(() -> courtAnswer(id.toString(), "FILED", null));
        assertThat(noDocket).startsWith("INVALID_ANSWER");
        assertThat(statusOf(id)).isEqualTo("SENT_TO_TRIBUNAL");

        String unknown = UUID.randomUUID().toString();
        String notFound = faultOf(() -> courtAnswer(unknown, "FILED", "KF-1"));
        assertThat(notFound).startsWith("UNKNOWN_REGISTRATION");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM registration_refusal WHERE registration_ref = ?", Integer.class,
                unknown)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM registration_refusal WHERE registration_ref = ?", Integer.class,
                id.toString())).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT status FROM registration_event WHERE registration_id = ?", String.class, id))
                .containsExactly("RECEIVED", "SENT_TO_TRIBUNAL");

        // A partner that is not a court is stopped by the filter chain (403) before the courts service reads anything
        assertThatThrownBy(() -> courtAnswerAs(CA, CA_SECRET, id.toString(), "FILED", "KF-2"))
                .hasStackTraceContaining("403");
        assertThat(statusOf(id)).isEqualTo("SENT_TO_TRIBUNAL");
    }

    @Test
    void missingDocumentsBlockFilingAreAskedForInTheOneAcknowledgmentAndSubmitDocumentsMovesTheRegistrationOn() throws Exception {
        // The manifest announces every paper, but none is in the message: announced is not held.
        String transmittal = completeRequest();
        ReceiptType receipt = submit(CA, CA_SECRET, transmittal);
        String trackingId = receipt.getTrackingId();
        UUID id = awaitRegistration(trackingId, RegistrationStatus.AWAITING_DOCUMENTS);

        // One "documents needed" message: the acknowledgment names the checklist's papers and §602's together.
        AcknowledgmentType ack = contractXml.read(receive("partner.ca-dcss.outbound", trackingId).getText(), AcknowledgmentType.class);
        assertThat(ack.getResponse().getActionReason()).isEqualTo("AADIN");
        assertThat(ack.getMissingDocument()).extracting(m -> m.getDocumentType().name()).contains(
                "CONFIDENTIAL_INFORMATION_FORM", "LETTER_OF_TRANSMITTAL_REGISTRATION", "CERTIFIED_ORDER_COPY", "ORDER_COPY",
                "ARREARS_STATEMENT").doesNotHaveDuplicates();
        assertThat(ack.getMissingDocument()).filteredOn(m -> m.getDocumentType().name().equals("ARREARS_STATEMENT"))
                .singleElement().satisfies(m -> assertThat(m.getReason()).contains("§602(a)(3)"));
        assertThat(isRegistrationMessageOnQueue("partner.ca-dcss.outbound", id, "DOCUMENTS_REQUESTED")).isFalse();
        assertThat(isOnQueue("partner.ca-dcss.outbound", trackingId)).as("a second documents request").isFalse();
        assertThat(isRegistrationMessageOnQueue(COURT_QUEUE, id, "REGISTRATION_PACKET")).isFalse();

        String firstReceipt = submitDocuments(CA, CA_SECRET, trackingId, "LETTER_OF_TRANSMITTAL_REGISTRATION",
                "CERTIFIED_ORDER_COPY!", "ORDER_COPY");
        assertThat(firstReceipt).contains("ARREARS_STATEMENT", "§602(a)(3)").doesNotContain("§602(a)(2)");
        assertThat(statusOf(id)).isEqualTo("AWAITING_DOCUMENTS");
        assertThat(jdbc.queryForList("SELECT requirement FROM registration_requirement WHERE registration_id = ? "
                + "AND blocking AND satisfied_at IS NULL", String.class, id)).containsExactly("SWORN_OR_CERTIFIED_ARREARS_STATEMENT");

        // The last paper, by SubmitDocuments: the registration goes to the court in the same transaction.
        submitDocuments(CA, CA_SECRET, trackingId, "ARREARS_STATEMENT!");
        assertThat(statusOf(id)).isEqualTo("SENT_TO_TRIBUNAL");
        RegistrationPacketType packet = registrationXml.read(
                receiveRegistrationMessage(COURT_QUEUE, id, "REGISTRATION_PACKET").getText(), RegistrationPacketType.class);
        assertThat(packet.getDocument()).extracting(d -> d.getKind()).containsExactlyInAnyOrder(
                "LETTER_OF_TRANSMITTAL_REGISTRATION", "CERTIFIED_ORDER_COPY", "ORDER_COPY", "ARREARS_STATEMENT");
        assertThat(jdbc.queryForList("SELECT status FROM registration_event WHERE registration_id = ? ORDER BY id", String.class, id))
                .containsExactly("RECEIVED", "AWAITING_DOCUMENTS", "SENT_TO_TRIBUNAL");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM registration_requirement WHERE registration_id = ? "
                + "AND blocking AND satisfied_at IS NULL", Integer.class, id)).isZero();
    }

    @Test
    void aCertifiedOrderRecordedByStaffFromThePostMovesAWaitingRegistrationOn() throws Exception {
        String transmittal = completeRequest().replace(
                "<Document><DocumentType>CERTIFIED_ORDER_COPY</DocumentType><Certified>true</Certified><Delivery>ATTACHED</Delivery></Document>",
                "<Document><DocumentType>CERTIFIED_ORDER_COPY</DocumentType><Certified>true</Certified><Delivery>TO_FOLLOW_BY_MAIL</Delivery></Document>");
        UUID id = awaitRegistration(submitWithDocuments(CA, CA_SECRET, transmittal).getTrackingId(),
                RegistrationStatus.AWAITING_DOCUMENTS);
        assertThat(jdbc.queryForList("SELECT requirement FROM registration_requirement WHERE registration_id = ? "
                + "AND blocking AND satisfied_at IS NULL", String.class, id)).containsExactly("TWO_ORDER_COPIES_ONE_CERTIFIED");

        HttpResponse<String> recorded = recordPaper(id, "CERTIFIED_ORDER_COPY", true);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(statusOf(id)).isEqualTo("SENT_TO_TRIBUNAL");
        receiveRegistrationMessage(COURT_QUEUE, id, "REGISTRATION_PACKET");
    }

    @Test
    void theContestDeadlineJobConfirmsOnceEvenWhenTwoInstancesRunAtTheSameTime() throws Exception {
        UUID id = registrationAtCourt();
        CourtAnswerResultType filed = registrationXml.read(courtAnswer(id.toString(), "FILED", "KF-J-" + id.toString().substring(0, 8)),
                CourtAnswerResultType.class);
        LocalDate lastDay = filed.getLastDayToContest();
        UUID trackingId = jdbc.queryForObject("SELECT tracking_id FROM registration WHERE id = ?", UUID.class, id);
        // The contest period is a clock of the duty table, due on its last day.
        assertThat(jdbc.queryForObject("SELECT due_date FROM duty WHERE tracking_id = ? AND kind = 'REGISTRATION_CONTEST'",
                LocalDate.class, trackingId)).isEqualTo(lastDay);

        assertThat(runTwice(lastDay)).doesNotContain(trackingId);
        assertThat(statusOf(id)).isEqualTo("CONTEST_PERIOD");

        List<UUID> confirmed = runTwice(lastDay.plusDays(1));
        assertThat(confirmed).filteredOn(trackingId::equals).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT completion FROM duty WHERE tracking_id = ? AND kind = 'REGISTRATION_CONTEST'",
                String.class, trackingId)).contains("§606");
        assertThat(statusOf(id)).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM registration_event WHERE registration_id = ? AND status = 'CONFIRMED'",
                Integer.class, id)).isEqualTo(1);
        receiveRegistrationMessage("partner.ca-dcss.outbound", id, "CSENET_ENF_P_GSFIL");
        assertThat(isRegistrationMessageOnQueue("partner.ca-dcss.outbound", id, "CSENET_ENF_P_GSFIL")).isFalse();

        String afterConfirmation = faultOf(() -> courtAnswer(id.toString(), "HEARING_REQUESTED", null));
        assertThat(afterConfirmation).startsWith("OUT_OF_ORDER");
    }

    @Test
    void aRefusalCarriesAFaultDetailACourtSystemCanActOn() throws Exception {
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<CourtAnswer xmlns=\"urn:csx:registration:1\"><RegistrationId>not-a-registration</RegistrationId>"
                + "<Answer>CONFIRMED</Answer></CourtAnswer></soap:Body></soap:Envelope>";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/services/courts"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:csx:courts-service:1:SubmitCourtAnswer\"")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (COURT + ":" + COURT_SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("CourtAnswerFault", "UNKNOWN_REGISTRATION", "not-a-registration");
    }

    @Test
    void aCourtMayAnswerOnItsResponsesQueueAndARefusedAnswerGoesToStaff() {
        UUID id = registrationAtCourt();
        // The court's own system, logged in to the broker as the court
        JmsTemplate jms = new JmsTemplate(brokerClient(COURT, COURT_SECRET));
        jms.convertAndSend("court.36047.responses", "<CourtAnswer xmlns=\"urn:csx:registration:1\"><RegistrationId>" + id
                + "</RegistrationId><Answer>FILED</Answer><DocketNumber>KF-Q-" + id.toString().substring(0, 8)
                + "</DocketNumber></CourtAnswer>");
        await().atMost(Duration.ofSeconds(30)).until(() -> "CONTEST_PERIOD".equals(statusOf(id)));
        receiveRegistrationMessage("partner.ca-dcss.outbound", id, "CSENET_ENF_P_ESREG");

        String unknown = UUID.randomUUID().toString();
        jms.convertAndSend("court.36047.responses", "<CourtAnswer xmlns=\"urn:csx:registration:1\"><RegistrationId>" + unknown
                + "</RegistrationId><Answer>CONFIRMED</Answer></CourtAnswer>");
        JmsTemplate staffQueue = new JmsTemplate(connectionFactory);
        staffQueue.setReceiveTimeout(20_000);
        Message refused = staffQueue.receiveSelected("registry.exceptions", "csxCourtAnswerRefused LIKE '%" + unknown + "%'");
        assertThat(refused).isNotNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM registration_refusal WHERE registration_ref = ?", Integer.class,
                unknown)).isEqualTo(1);
    }

    @Test
    void anAnswerOnACourtsQueueNotSentByThatCourtIsRefusedRecordedAndChangesNothing() {
        UUID id = registrationAtCourt();
        String answer = "<CourtAnswer xmlns=\"urn:csx:registration:1\"><RegistrationId>" + id
                + "</RegistrationId><Answer>FILED</Answer><DocketNumber>FORGED-1</DocketNumber></CourtAnswer>";
        // Put there by the gateway's own login (the only other one that may send there): the broker's validated
        // user is not the court's, so the answer does not count, whatever the message says.
        new JmsTemplate(connectionFactory).convertAndSend("court.36047.responses", answer);

        JmsTemplate staffQueue = new JmsTemplate(connectionFactory);
        staffQueue.setReceiveTimeout(20_000);
        assertThat(staffQueue.receiveSelected("registry.exceptions", "csxCourtAnswerRefused LIKE 'NOT_FROM_THIS_COURT%'"))
                .isNotNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM registration_refusal WHERE code = 'NOT_FROM_THIS_COURT' "
                + "AND court_partner_id = ?", Integer.class, COURT)).isGreaterThanOrEqualTo(1);
        assertThat(statusOf(id)).isEqualTo("SENT_TO_TRIBUNAL");
        assertThat(jdbc.queryForList("SELECT status FROM registration_event WHERE registration_id = ?", String.class, id))
                .containsExactly("RECEIVED", "SENT_TO_TRIBUNAL");
    }

    @Test
    void aCourtsQueueRefusesDoctypesEntitiesAndOversizedOrInvalidAnswers() {
        UUID id = registrationAtCourt();
        String valid = "<CourtAnswer xmlns=\"urn:csx:registration:1\"><RegistrationId>" + id
                + "</RegistrationId><Answer>FILED</Answer><DocketNumber>KF-X-1</DocketNumber></CourtAnswer>";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + valid.replace("KF-X-1", "&x;");
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + valid.replace("KF-X-1", "&c;");
        String invalid = valid.replace("<Answer>FILED</Answer>", "<Answer>WHATEVER</Answer>");
        String oversized = valid.replace("</CourtAnswer>", "<!--" + "x".repeat(70_000) + "--></CourtAnswer>");
        JmsTemplate court = new JmsTemplate(brokerClient(COURT, COURT_SECRET));
        for (String message : List.of(xxe, billionLaughs, invalid, oversized)) {
            court.convertAndSend("court.36047.responses", message);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM registration_refusal WHERE code = 'INVALID_ANSWER' AND registration_ref IS NULL "
                        + "AND occurred_at > now() - interval '1 minute'", Integer.class) >= 4);
        assertThat(jdbc.queryForList("SELECT reason FROM registration_refusal WHERE code = 'INVALID_ANSWER' "
                + "AND registration_ref IS NULL", String.class))
                .anyMatch(r -> r.contains("DOCTYPE")).anyMatch(r -> r.contains("larger than"))
                .allMatch(r -> !r.contains("passwd") && !r.contains("aaaa"));
        assertThat(statusOf(id)).isEqualTo("SENT_TO_TRIBUNAL");
    }

    @Test
    void aRegistrationCanBeWithdrawnOnceAndAForbiddenTransitionChangesNothing() throws Exception {
        String transmittal = completeRequest().replace("<Delivery>ATTACHED</Delivery>", "<Delivery>TO_FOLLOW_BY_MAIL</Delivery>");
        UUID id = awaitRegistration(submit(CA, CA_SECRET, transmittal).getTrackingId(), RegistrationStatus.AWAITING_DOCUMENTS);

        HttpResponse<String> withdrawn = post("/api/registrations/" + id + "/withdrawal");
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("\"status\":\"WITHDRAWN\"");
        RegistrationUpdateType update = registrationXml.read(
                receiveRegistrationMessage("district.nyc.inbound", id, "REGISTRATION_UPDATE").getText(), RegistrationUpdateType.class);
        assertThat(update.getStatus()).isEqualTo("WITHDRAWN");

        HttpResponse<String> again = post("/api/registrations/" + id + "/withdrawal");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("cannot move from WITHDRAWN to WITHDRAWN", "final state");
        assertThat(jdbc.queryForList("SELECT status FROM registration_event WHERE registration_id = ? ORDER BY id", String.class, id))
                .containsExactly("RECEIVED", "AWAITING_DOCUMENTS", "WITHDRAWN");
        // Documents arriving now are kept but send nothing to the court.
        assertThat(recordPaper(id, "LETTER_OF_TRANSMITTAL_REGISTRATION", false).statusCode()).isEqualTo(200);
        assertThat(statusOf(id)).isEqualTo("WITHDRAWN");
        assertThat(post("/api/registrations/" + UUID.randomUUID() + "/withdrawal").statusCode()).isEqualTo(404);
    }

    @Test
    void aForeignCentralAuthoritysRequestRegistersAsAnOrderOfThatCountry() throws Exception {
        String transmittal = completeRequest()
                .replace("<Kind>STATE_IV_D_AGENCY</Kind>", "<Kind>FOREIGN_CENTRAL_AUTHORITY</Kind>")
                .replace("<LocatorCode>0603700</LocatorCode>", "<CountryCode>MX</CountryCode>")
                .replace("<Name>California DCSS, Los Angeles</Name>", "<Name>Mexico central authority</Name>")
                .replace("<OrderLocatorCode>0603700</OrderLocatorCode>", "")
                .replace("<ActionReason>ERRES</ActionReason>", "<ActionReason>ERREO</ActionReason>");
        ReceiptType receipt = submitWithDocuments(MX, MX_SECRET, transmittal);
        UUID id = awaitRegistration(receipt.getTrackingId(), RegistrationStatus.SENT_TO_TRIBUNAL);

        RegistrationPacketType packet = registrationXml.read(
                receiveRegistrationMessage(COURT_QUEUE, id, "REGISTRATION_PACKET").getText(), RegistrationPacketType.class);
        assertThat(packet.getIssuingJurisdiction().getKind().value()).isEqualTo("COUNTRY");
        assertThat(packet.getIssuingJurisdiction().getCode()).isEqualTo("MX");
        assertThat(packet.isConventionOrder()).isFalse();
        assertThat(packet.getRequester()).isEqualTo("OBLIGEE");
        // Not a Convention country here: Article 6, 20 days.
        assertThat(pdfText(packet.getNotice().getContent())).contains("within 20 days", "Country MX");
        assertThat(get("/api/registrations/" + id).body()).contains("\"kind\":\"COUNTRY\"", "\"code\":\"MX\"");
    }

    // ------------------------------------------------------------------ helpers

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", specialistAuth())
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The fault string of a SOAP fault the courts endpoint answered with. */
    private static String faultOf(Runnable call) {
        try {
            call.run();
        } catch (WebServiceException e) {
            return e.getCause() instanceof SoapFault fault ? fault.getMessage() : e.getMessage();
        }
        throw new AssertionError("the answer was not refused");
    }

    /** Two job runs started together, as two gateway instances would. */
    private List<UUID> runTwice(LocalDate today) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<List<UUID>> run = () -> {
                start.await();
                return dutyJobs.expire(today);
            };
            Future<List<UUID>> a = pool.submit(run);
            Future<List<UUID>> b = pool.submit(run);
            start.countDown();
            List<UUID> all = new ArrayList<>(a.get(30, TimeUnit.SECONDS));
            all.addAll(b.get(30, TimeUnit.SECONDS));
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A complete request through SOAP, up to the packet on the court's queue. */
    private UUID registrationAtCourt() {
        ReceiptType receipt = submitWithDocuments(CA, CA_SECRET, completeRequest());
        UUID id = awaitRegistration(receipt.getTrackingId(), RegistrationStatus.SENT_TO_TRIBUNAL);
        receiveRegistrationMessage(COURT_QUEUE, id, "REGISTRATION_PACKET");
        return id;
    }

    /**
     * The ENF R ERRES example with everything §602 asks for: the obligee's address, and the letter, two
     * copies of the order (one certified) and a certified arrears statement attached.
     */
    static String completeRequest() {
        return example("enf-request.xml")
                .replaceFirst("<ParticipantStatus>O</ParticipantStatus>\\s*</Participant>",
                        "<ParticipantStatus>O</ParticipantStatus><Address><Line1>1 EXAMPLE WAY</Line1><City>LOS ANGELES</City>"
                                + "<State>CA</State><Zip5>90001</Zip5></Address></Participant>")
                .replaceFirst("(?s)<DocumentManifest>.*</DocumentManifest>", """
                        <DocumentManifest>
                          <Document><DocumentType>LETTER_OF_TRANSMITTAL_REGISTRATION</DocumentType><Delivery>ATTACHED</Delivery></Document>
                          <Document><DocumentType>CERTIFIED_ORDER_COPY</DocumentType><Certified>true</Certified><Delivery>ATTACHED</Delivery></Document>
                          <Document><DocumentType>ORDER_COPY</DocumentType><Delivery>ATTACHED</Delivery></Document>
                          <Document><DocumentType>ARREARS_STATEMENT</DocumentType><Certified>true</Certified><Delivery>ATTACHED</Delivery></Document>
                        </DocumentManifest>""");
    }

    private UUID awaitRegistration(String trackingId, RegistrationStatus status) {
        UUID tracking = UUID.fromString(trackingId);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "SELECT status FROM registration WHERE tracking_id = ?", String.class, tracking).contains(status.name()));
        return jdbc.queryForObject("SELECT id FROM registration WHERE tracking_id = ?", UUID.class, tracking);
    }

    private String statusOf(UUID id) {
        return jdbc.queryForObject("SELECT status FROM registration WHERE id = ?", String.class, id);
    }

    private String courtAnswer(String registrationId, String answer, String docket) {
        return courtAnswerAs(COURT, COURT_SECRET, registrationId, answer, docket);
    }

    /** A court's system answering over SOAP (JAX-WS dispatch, payload mode). */
    private String courtAnswerAs(String partner, String secret, String registrationId, String answer, String docket) {
        try {
            String courtsUrl = base() + "/services/courts";
            Service service = Service.create(new URL(courtsUrl + "?wsdl"), new QName(COURTS_NS, "CourtsService"));
            Dispatch<Source> dispatch = service.createDispatch(new QName(COURTS_NS, "CourtsPort"), Source.class, Service.Mode.PAYLOAD);
            dispatch.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, partner);
            dispatch.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, secret);
            dispatch.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, courtsUrl);
            String xml = "<CourtAnswer xmlns=\"urn:csx:registration:1\"><RegistrationId>" + registrationId + "</RegistrationId>"
                    + "<Answer>" + answer + "</Answer>"
                    + (docket == null ? "" : "<DocketNumber>" + docket + "</DocketNumber>") + "</CourtAnswer>";
            return toString(dispatch.invoke(new StreamSource(new StringReader(xml))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A specialist records a paper the registry received by mail for the registration's case. */
    private HttpResponse<String> recordPaper(UUID id, String type, boolean certified) throws Exception {
        UUID trackingId = jdbc.queryForObject("SELECT tracking_id FROM registration WHERE id = ?", UUID.class, id);
        byte[] pdf = ("%PDF-1.7\n% synthetic paper " + type + " " + UUID.randomUUID() + "\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/api/cases/" + trackingId + "/documents?type=" + type
                                + "&certified=" + certified + "&fileName=scan.pdf"))
                        .header("Content-Type", "application/pdf").header("Authorization", specialistAuth())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", viewerAuth()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** Against schemas/registration-packet.xsd (which imports transmittal.xsd), as packaged. */
    private static void assertSchemaValid(String xml) throws Exception {
        javax.xml.validation.SchemaFactory factory = javax.xml.validation.SchemaFactory.newInstance(
                javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);
        javax.xml.validation.Schema schema = factory.newSchema(
                RegistrationEndToEndTest.class.getResource("/schemas/registration-packet.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
