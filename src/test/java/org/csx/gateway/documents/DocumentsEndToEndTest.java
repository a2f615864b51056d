package org.csx.gateway.documents;

import org.csx.gateway.contract.MessageHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.jms.TextMessage;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.SOAPBinding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.xml.namespace.QName;
import org.csx.gateway.contract.acknowledgment.AcknowledgmentType;
import org.csx.gateway.contract.acknowledgment.DocumentsReminderType;
import org.csx.gateway.contract.acknowledgment.StatusResponseType;
import org.csx.gateway.contract.exchange.CompletenessStatus;
import org.csx.gateway.contract.exchange.DocumentsReceiptType;
import org.csx.gateway.contract.exchange.ObjectFactory;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.contract.exchange.StoredDocumentType;
import org.csx.gateway.contract.exchange.SubmitDocumentsType;
import org.csx.gateway.contract.exchange.SubmittedDocumentType;
import org.csx.gateway.contract.referral.DistrictReferralType;
import org.csx.gateway.contract.referral.DocumentsReceivedNoticeType;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.deadlines.Duty;
import org.csx.gateway.deadlines.DutyJobs;
import org.csx.gateway.deadlines.DutyKind;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Documents, completeness, clocks, reminders and status inquiries through the running gateway: SOAP (MTOM) in,
 * JMS queues and REST out.
 */
class DocumentsEndToEndTest extends GatewayTestSupport {

    private static final String SERVICE_NS = "urn:csx:exchange-service:1";
    private static final String ERIE = "36029";
    private static final String ERIE_LOGIN = "district-36029";
    private static final String ERIE_SECRET = "erie-test-secret";
    private static final JAXBContext EXCHANGE = jaxb();

    @Autowired
    DocumentsReminderJob reminderJob;
    @Autowired
    DutyJobs escalationJob;
    @Autowired
    DutyRepository duties;
    @Autowired
    DocumentStore store;
    @Autowired
    org.csx.gateway.outbox.OutboxRelay relay;

    // ---------------------------------------------------------------- late documents complete a case

    /** A process killed between the commit of the documents and the notice's send (the relay stopped meanwhile). */
    @Test
    void aDocumentsReceivedNoticeCommittedWhileNothingIsSentIsSentExactlyOnceAfterRestart() throws Exception {
        String caseId = "TXO" + nextSerial().substring(1);
        String id = submit(TX, TX_SECRET, establishment(caseId)).getTrackingId();
        receive("partner.tx-oag.outbound", id);
        receive("district.36029.inbound", id);
        relay.stop();
        try {
            submitDocuments(TX, TX_SECRET, byTrackingId(id, pdf(DocumentTypeCode.CONFIDENTIAL_INFORMATION_FORM, "cif " + id)));
            assertThat(jdbc.queryForList("SELECT status FROM outbox_message WHERE tracking_id = ?::uuid"
                    + " AND kind = 'DOCUMENTS_RECEIVED'", String.class, id)).containsExactly("PENDING");
            assertThat(isOnQueue("district.36029.inbound", id)).isFalse();
        } finally {
            relay.start();
        }
        contractXml.read(receive("district.36029.inbound", id).getText(), DocumentsReceivedNoticeType.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(jdbc.queryForObject(
                "SELECT status FROM outbox_message WHERE tracking_id = ?::uuid AND kind = 'DOCUMENTS_RECEIVED'",
                String.class, id)));
        assertThat(isOnQueue("district.36029.inbound", id)).as("sent once").isFalse();
    }

    @Test
    void lateDocumentsCompleteACaseAndTheDistrictIsTold() throws Exception {
        String caseId = "TXD" + nextSerial().substring(1);
        String id = submit(TX, TX_SECRET, establishment(caseId)).getTrackingId();

        AcknowledgmentType ack = contractXml.read(receive("partner.tx-oag.outbound", id).getText(), AcknowledgmentType.class);
        assertThat(ack.getResponse().getActionReason()).isEqualTo("AADIN");
        assertThat(ack.getMissingDocument()).extracting(m -> m.getDocumentType().name()).containsExactlyInAnyOrder(
                "CONFIDENTIAL_INFORMATION_FORM", "UNIFORM_SUPPORT_PETITION", "GENERAL_TESTIMONY",
                "PERSONAL_INFORMATION_FORM_311");
        assertThat(ack.getMissingDocument()).allSatisfy(m -> assertThat(m.getReason()).contains("required"));
        DistrictReferralType referral = contractXml.read(receive("district.36029.inbound", id).getText(),
                DistrictReferralType.class);
        assertThat(referral.getCompleteness()).isEqualTo("INCOMPLETE");
        assertThat(referral.getMissingDocument()).hasSize(4);
        assertThat(duties.find(UUID.fromString(id), DutyKind.DOCUMENTS_OUTSTANDING)).get()
                .satisfies(d -> assertThat(d.isOpen()).isTrue());
        assertThat(duties.find(UUID.fromString(id), DutyKind.CENTRAL_REGISTRY_REVIEW)).get()
                .satisfies(d -> assertThat(d.isOpen()).isFalse());

        // Two of four, by tracking id: still incomplete, the district hears of them.
        DocumentsReceiptType first = submitDocuments(TX, TX_SECRET, byTrackingId(id,
                pdf(DocumentTypeCode.CONFIDENTIAL_INFORMATION_FORM, "cif " + id),
                pdf(DocumentTypeCode.UNIFORM_SUPPORT_PETITION, "usp " + id)));
        assertThat(first.getCompleteness()).isEqualTo(CompletenessStatus.INCOMPLETE);
        assertThat(first.getMissingDocument()).extracting(m -> m.getDocumentType()).containsExactlyInAnyOrder(
                DocumentTypeCode.GENERAL_TESTIMONY, DocumentTypeCode.PERSONAL_INFORMATION_FORM_311);
        DocumentsReceivedNoticeType firstNotice = contractXml.read(
                receive("district.36029.inbound", id).getText(), DocumentsReceivedNoticeType.class);
        assertThat(firstNotice.getDocument()).hasSize(2);
        assertThat(firstNotice.getCompleteness()).isEqualTo("INCOMPLETE");

        // The rest, by the sender's own case id: complete now, and the district is told.
        SubmitDocumentsType rest = new SubmitDocumentsType();
        rest.setSenderCaseId(caseId);
        rest.getDocument().add(pdf(DocumentTypeCode.GENERAL_TESTIMONY, "gt " + id));
        rest.getDocument().add(tiff(DocumentTypeCode.PERSONAL_INFORMATION_FORM_311));
        DocumentsReceiptType second = submitDocuments(TX, TX_SECRET, rest);
        assertThat(second.getTrackingId()).isEqualTo(id);
        assertThat(second.getCompleteness()).isEqualTo(CompletenessStatus.COMPLETE);
        assertThat(second.getMissingDocument()).isEmpty();
        DocumentsReceivedNoticeType notice = contractXml.read(
                receive("district.36029.inbound", id).getText(), DocumentsReceivedNoticeType.class);
        assertThat(notice.getCompleteness()).isEqualTo("COMPLETE");
        assertThat(notice.getDocument()).extracting(d -> d.getDocumentType()).containsExactlyInAnyOrder(
                DocumentTypeCode.GENERAL_TESTIMONY, DocumentTypeCode.PERSONAL_INFORMATION_FORM_311);
        assertThat(duties.find(UUID.fromString(id), DutyKind.DOCUMENTS_OUTSTANDING)).get()
                .satisfies(d -> assertThat(d.isOpen()).isFalse());

        // The same document again is held once.
        DocumentsReceiptType again = submitDocuments(TX, TX_SECRET, byTrackingId(id,
                pdf(DocumentTypeCode.GENERAL_TESTIMONY, "gt " + id)));
        assertThat(again.getStored()).singleElement().satisfies(s -> assertThat(s.isAlreadyHeld()).isTrue());
        assertThat(isOnQueue("district.36029.inbound", id)).isFalse();

        // The case's documents over REST, and the content for the district's system only.
        HttpResponse<String> list = get("/api/cases/" + id + "/documents", viewerAuth());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"completeness\":\"COMPLETE\"", "GENERAL_TESTIMONY").doesNotContain("TXD");
        String sha = notice.getDocument().get(0).getSha256();
        HttpResponse<String> content = get(notice.getDocument().get(0).getHref(), basic(ERIE_LOGIN, ERIE_SECRET));
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(sha256(content.body().getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(sha);
        assertThat(get("/api/documents/" + sha, basic(ERIE_LOGIN, "wrong")).statusCode()).isEqualTo(401);
        assertThat(get("/api/documents/" + sha, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/documents/" + "0".repeat(64), basic(ERIE_LOGIN, ERIE_SECRET)).statusCode()).isEqualTo(403);
    }

    @Test
    void documentsSentWhileTheTransmittalIsProcessedAreNeverLost() throws Exception {
        String id = submit(TX, TX_SECRET, establishment("TXP" + nextSerial().substring(1))).getTrackingId();
        // At once, without waiting for the acknowledgment: processing may or may not have reviewed the case yet.
        DocumentsReceiptType receipt = submitDocuments(TX, TX_SECRET, byTrackingId(id,
                pdf(DocumentTypeCode.CONFIDENTIAL_INFORMATION_FORM, "cif " + id),
                pdf(DocumentTypeCode.UNIFORM_SUPPORT_PETITION, "usp " + id),
                pdf(DocumentTypeCode.GENERAL_TESTIMONY, "gt " + id),
                pdf(DocumentTypeCode.PERSONAL_INFORMATION_FORM_311, "pif " + id)));
        assertThat(receipt.getStored()).hasSize(4);

        AcknowledgmentType ack = contractXml.read(receive("partner.tx-oag.outbound", id).getText(), AcknowledgmentType.class);
        DistrictReferralType referral = contractXml.read(receive("district.36029.inbound", id).getText(),
                DistrictReferralType.class);
        if ("ANOAD".equals(ack.getResponse().getActionReason())) {
            // The review saw them: the referral carries all four.
            assertThat(receipt.getCompleteness()).isNull();
            assertThat(ack.getMissingDocument()).isEmpty();
            assertThat(referral.getCompleteness()).isEqualTo("COMPLETE");
            assertThat(referral.getDocument()).hasSize(4);
        } else {
            // The review came first: the documents completed the case and the district was told.
            assertThat(ack.getResponse().getActionReason()).isEqualTo("AADIN");
            assertThat(receipt.getCompleteness()).isEqualTo(CompletenessStatus.COMPLETE);
            DocumentsReceivedNoticeType notice = contractXml.read(receive("district.36029.inbound", id).getText(),
                    DocumentsReceivedNoticeType.class);
            assertThat(notice.getCompleteness()).isEqualTo("COMPLETE");
        }
        assertThat(get("/api/cases/" + id + "/documents", viewerAuth()).body()).contains("\"completeness\":\"COMPLETE\"");
    }

    @Test
    void aNondisclosureFindingIsNotedInTheReferral() throws Exception {
        String transmittal = establishment("TXN" + nextSerial().substring(1))
                .replace("<NondisclosureFinding>false</NondisclosureFinding>", "<NondisclosureFinding>true</NondisclosureFinding>");
        String id = submit(TX, TX_SECRET, transmittal).getTrackingId();

        DistrictReferralType referral = contractXml.read(receive("district.36029.inbound", id).getText(),
                DistrictReferralType.class);
        assertThat(referral.isConfidential()).isTrue();
        assertThat(referral.getDisclosureNote()).contains("UIFSA §312", "Confidential Information Form");
    }

    @Test
    void theSubmitDocumentsExampleWorksWithoutMtomForASmallDocument() throws Exception {
        String id = submit(TX, TX_SECRET, example("est-request.xml")).getTrackingId();
        receive("partner.tx-oag.outbound", id);

        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/services/documents"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:csx:exchange-service:1:SubmitDocuments\"")
                .header("Authorization", basic(TX, TX_SECRET))
                .POST(HttpRequest.BodyPublishers.ofString(soapEnvelope(readExample("submit-documents.xml"))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("DocumentsReceipt", "TrackingId>" + id + "</",
                "GENERAL_TESTIMONY", "INCOMPLETE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_document WHERE tracking_id = ?", Integer.class,
                UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void documentsForACaseThatIsNotTheSendersAreRefused() {
        String id = submit(TX, TX_SECRET, establishment("TXO" + nextSerial().substring(1))).getTrackingId();

        assertThatThrownBy(() -> submitDocuments(CA, CA_SECRET, byTrackingId(id, pdf(DocumentTypeCode.OTHER, "x"))))
                .isInstanceOf(jakarta.xml.ws.WebServiceException.class).hasMessageContaining("CASE_NOT_FOUND");
        SubmitDocumentsType unknown = new SubmitDocumentsType();
        unknown.setSenderCaseId("NOSUCHCASE");
        unknown.getDocument().add(pdf(DocumentTypeCode.OTHER, "x"));
        assertThatThrownBy(() -> submitDocuments(TX, TX_SECRET, unknown))
                .isInstanceOf(jakarta.xml.ws.WebServiceException.class).hasMessageContaining("CASE_NOT_FOUND");
    }

    // ---------------------------------------------------------------- refused documents

    @Test
    void aDocumentDeclaredAsPdfThatIsNotAPdfIsRefusedAndNothingOfTheRequestIsKept() throws Exception {
        String id = submit(TX, TX_SECRET, establishment("TXM" + nextSerial().substring(1))).getTrackingId();
        receive("partner.tx-oag.outbound", id);

        SubmittedDocumentType good = pdf(DocumentTypeCode.GENERAL_TESTIMONY, "good " + id);
        SubmittedDocumentType mislabeled = document(DocumentTypeCode.UNIFORM_SUPPORT_PETITION, "application/pdf",
                new GeneratedContent(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 2_000, "application/pdf"));

        assertThatThrownBy(() -> submitDocuments(TX, TX_SECRET, byTrackingId(id, good, mislabeled)))
                .isInstanceOf(jakarta.xml.ws.WebServiceException.class)
                .hasMessageContaining("DOCUMENT_CONTENT_MISMATCH")
                .hasMessageContaining("declared as application/pdf");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_document WHERE tracking_id = ?", Integer.class,
                UUID.fromString(id))).isZero();
    }

    @Test
    void anOversizedDocumentIsRefusedWhileStreaming() throws Exception {
        String id = submit(TX, TX_SECRET, establishment("TXL" + nextSerial().substring(1))).getTrackingId();
        long limit = 57_671_680L;
        SubmittedDocumentType huge = document(DocumentTypeCode.GENERAL_TESTIMONY, "application/pdf",
                GeneratedContent.pdf(limit + 1));

        assertThatThrownBy(() -> submitDocuments(TX, TX_SECRET, byTrackingId(id, huge)))
                .isInstanceOf(jakarta.xml.ws.WebServiceException.class)
                .hasMessageContaining("DOCUMENT_TOO_LARGE")
                .hasMessageContaining(String.valueOf(limit));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_document WHERE tracking_id = ?", Integer.class,
                UUID.fromString(id))).isZero();
    }

    // ---------------------------------------------------------------- a large attachment is streamed

    @Test
    void aFiftyMegabyteAttachmentIsStreamedToTheStoreWithItsSha256() throws Exception {
        String id = submit(TX, TX_SECRET, establishment("TXB" + nextSerial().substring(1))).getTrackingId();
        long size = 50L * 1024 * 1024;
        String expected = GeneratedContent.pdf(size).sha256();
        // A small one first, so the client and the endpoint are set up before the heap is measured.
        submitDocuments(TX, TX_SECRET, byTrackingId(id, pdf(DocumentTypeCode.OTHER, "warm-up " + id)));
        long heapBefore = usedHeapAfterGc();

        DocumentsReceiptType receipt = submitDocuments(TX, TX_SECRET, byTrackingId(id,
                document(DocumentTypeCode.GENERAL_TESTIMONY, "application/pdf", GeneratedContent.pdf(size))));

        long heapAfter = usedHeapAfterGc();
        StoredDocumentType stored = receipt.getStored().get(0);
        assertThat(stored.getSha256()).isEqualTo(expected);
        assertThat(stored.getSizeBytes()).isEqualTo(size);
        try (var stream = store.open(expected).orElseThrow()) {
            assertThat(stream.transferTo(java.io.OutputStream.nullOutputStream())).isEqualTo(size);
        }
        // Nothing of the 50 MB stays in the heap (it went through 64 KB buffers and CXF's file spool).
        assertThat(heapAfter - heapBefore).isLessThan(20L * 1024 * 1024);
    }

    // ---------------------------------------------------------------- reminders and escalation, once

    @Test
    void overdueDocumentsGetOneReminderEvenWhenTwoInstancesRunTheJobAtOnce() throws Exception {
        String id = submit(TX, TX_SECRET, establishment("TXR" + nextSerial().substring(1))).getTrackingId();
        receive("partner.tx-oag.outbound", id); // the AADIN
        Duty outstanding = duties.find(UUID.fromString(id), DutyKind.DOCUMENTS_OUTSTANDING).orElseThrow();
        assertThat(outstanding.remindOn()).isAfter(outstanding.triggeredAt().toLocalDate().plusDays(9));

        assertThat(reminderJob.remind(Instant.now())).as("before the wait is over").isGreaterThanOrEqualTo(0);
        assertThat(isOnQueue("partner.tx-oag.outbound", id)).isFalse();

        Instant later = Instant.now().plus(30, ChronoUnit.DAYS);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> reminderJob.remind(later));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> reminderJob.remind(later));
        CompletableFuture.allOf(a, b).join();
        assertThat(a.join() + b.join()).isGreaterThanOrEqualTo(1);
        reminderJob.remind(later.plus(1, ChronoUnit.DAYS)); // and once more, later

        TextMessage message = receive("partner.tx-oag.outbound", id);
        assertThat(message.getStringProperty(MessageHeaders.MESSAGE_KIND)).isEqualTo("DOCUMENTS_REMINDER");
        assertThat(message.getStringProperty(MessageHeaders.CSENET_TRANSACTION)).isEqualTo("EST M GRPOU");
        DocumentsReminderType reminder = contractXml.read(message.getText(), DocumentsReminderType.class);
        assertThat(reminder.getReminder().getActionReason()).isEqualTo("GRPOU");
        assertThat(reminder.getMissingDocument()).hasSize(4);
        assertThat(isOnQueue("partner.tx-oag.outbound", id)).as("a second reminder").isFalse();
        assertThat(duties.find(UUID.fromString(id), DutyKind.DOCUMENTS_OUTSTANDING).orElseThrow().reminderSentAt()).isNotNull();
    }

    @Test
    void aCaseNoDistrictTookIsEscalatedOnceBeforeItsDueDateAndListedAmongDeadlines() throws Exception {
        String id = submit(CA, CA_SECRET, example("unroutable-request.xml")).getTrackingId();
        awaitStatus(id, TransmittalStatus.ROUTING_EXCEPTION);
        Duty review = duties.find(UUID.fromString(id), DutyKind.CENTRAL_REGISTRY_REVIEW).orElseThrow();
        assertThat(review.isOpen()).isTrue();
        assertThat(review.escalateOn()).isBefore(review.dueDate());

        HttpResponse<String> deadlines = get("/api/deadlines?dueBefore=" + review.dueDate().plusDays(1), viewerAuth());
        assertThat(deadlines.statusCode()).isEqualTo(200);
        assertThat(deadlines.body()).contains(id, "CENTRAL_REGISTRY_REVIEW");
        assertThat(get("/api/deadlines?dueBefore=" + review.dueDate(), viewerAuth()).body()).doesNotContain(id);
        assertThat(get("/api/deadlines?dueBefore=tomorrow", viewerAuth()).statusCode()).isEqualTo(400);

        Instant escalationDay = review.escalateOn().atStartOfDay(java.time.ZoneId.of("America/New_York"))
                .plusHours(9).toInstant();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> escalationJob.escalate(escalationDay));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> escalationJob.escalate(escalationDay));
        CompletableFuture.allOf(a, b).join();
        escalationJob.escalate(escalationDay.plus(1, ChronoUnit.DAYS));

        TextMessage overdue = receive("registry.overdue", id);
        assertThat(overdue.getStringProperty(MessageHeaders.DUTY_KIND)).isEqualTo("CENTRAL_REGISTRY_REVIEW");
        assertThat(overdue.getStringProperty(MessageHeaders.DUE_DATE)).isEqualTo(review.dueDate().toString());
        assertThat(isOnQueue("registry.overdue", id)).as("a second escalation").isFalse();
    }

    // ---------------------------------------------------------------- status inquiries

    @Test
    void aStatusInquiryOnAKnownCaseIsAnsweredWithItsStatusDistrictAndMissingDocuments() throws Exception {
        String caseId = "TXS" + nextSerial().substring(1);
        String caseTrackingId = submit(TX, TX_SECRET, establishment(caseId)).getTrackingId();
        receive("partner.tx-oag.outbound", caseTrackingId);
        awaitStatus(caseTrackingId, TransmittalStatus.ACKNOWLEDGED);

        String inquiry = example("status-inquiry.xml").replace("TX0000456789", caseId);
        String inquiryId = submit(TX, TX_SECRET, inquiry).getTrackingId();

        TextMessage answer = receive("partner.tx-oag.outbound", inquiryId);
        StatusResponseType status = contractXml.read(answer.getText(), StatusResponseType.class);
        assertThat(status.getResponse().getFunctionalType()).isEqualTo("MSC");
        assertThat(status.getResponse().getActionCode()).isEqualTo("P");
        assertThat(status.getResponse().getActionReason()).isEqualTo("GSPUD");
        assertThat(status.isCaseFound()).isTrue();
        assertThat(status.getCaseTrackingId()).isEqualTo(caseTrackingId);
        assertThat(status.getCaseStatus()).isEqualTo("ACKNOWLEDGED");
        assertThat(status.getDistrict().getId()).isEqualTo(ERIE);
        assertThat(status.getCompleteness()).isEqualTo("INCOMPLETE");
        assertThat(status.getMissingDocument()).hasSize(4);
        assertThat(status.getOriginalTransaction().getSenderCaseId()).isEqualTo(caseId);
        assertThat(status.getMessage()).contains("Erie");
        assertThat(answer.getText()).doesNotContain("EXAMPLE", "555234567");

        assertThat(awaitStatus(inquiryId, TransmittalStatus.VALIDATED).history())
                .anySatisfy(e -> assertThat(e.detail()).contains("GSPUD"));
        assertThat(duties.find(UUID.fromString(inquiryId), DutyKind.STATUS_INQUIRY)).get()
                .satisfies(d -> assertThat(d.isOpen()).isFalse());
    }

    @Test
    void aStatusInquiryMayNameTheCaseByItsTrackingIdButOnlyTheSendersOwn() throws Exception {
        String caseTrackingId = submit(TX, TX_SECRET, establishment("TXT" + nextSerial().substring(1))).getTrackingId();
        awaitStatus(caseTrackingId, TransmittalStatus.ACKNOWLEDGED);
        // Its own case id names no case here (CSENet requires one); the tracking id in the text line does.
        String byTrackingId = example("status-inquiry.xml").replace("TX0000456789", "TXUNRELATED1")
                .replace("</Header>", "</Header><Information><TextLine>TRACKING ID " + caseTrackingId
                        + "</TextLine></Information>");

        String inquiryId = submit(TX, TX_SECRET, byTrackingId).getTrackingId();
        String answer = receive("partner.tx-oag.outbound", inquiryId).getText();
        assertThat(answer).contains("StatusResponse");
        StatusResponseType status = contractXml.read(answer, StatusResponseType.class);
        assertThat(status.isCaseFound()).as(status.getMessage()).isTrue();
        assertThat(status.getCaseTrackingId()).isEqualTo(caseTrackingId);

        // California cannot ask about Texas's case.
        String fromCalifornia = byTrackingId.replace("<LocatorCode>4820100</LocatorCode>", "<LocatorCode>0603700</LocatorCode>");
        String otherId = submit(CA, CA_SECRET, fromCalifornia).getTrackingId();
        String refusal = receive("partner.ca-dcss.outbound", otherId).getText();
        assertThat(refusal).contains("StatusResponse");
        StatusResponseType refused = contractXml.read(refusal, StatusResponseType.class);
        assertThat(refused.isCaseFound()).isFalse();
        assertThat(refused.getCaseTrackingId()).isNull();
    }

    @Test
    void aStatusInquiryOnAnUnknownCaseGetsAClearAnswer() throws Exception {
        String inquiry = example("status-inquiry.xml").replace("TX0000456789", "TXNOSUCHCASE");
        String inquiryId = submit(TX, TX_SECRET, inquiry).getTrackingId();

        StatusResponseType status = contractXml.read(receive("partner.tx-oag.outbound", inquiryId).getText(),
                StatusResponseType.class);
        assertThat(status.isCaseFound()).isFalse();
        assertThat(status.getResponse().getActionReason()).isEqualTo("GSPUD");
        assertThat(status.getMessage()).contains("No case from partner tx-oag", "TXNOSUCHCASE");
        assertThat(status.getDistrict()).isNull();
    }

    @Test
    void aTransmittalCarriesItsDocumentsInTheSameMessageAndIsAcknowledgedComplete() throws Exception {
        String transmittal = withAttachedManifest(establishment("TXATT" + nextSerial().substring(5)),
                "CONFIDENTIAL_INFORMATION_FORM", "UNIFORM_SUPPORT_PETITION", "GENERAL_TESTIMONY",
                "PERSONAL_INFORMATION_FORM_311");

        HttpResponse<String> response = postWithAttachments(transmittal, Map.of(
                "CONFIDENTIAL_INFORMATION_FORM", pdfBytes("cif"), "UNIFORM_SUPPORT_PETITION", pdfBytes("usp"),
                "GENERAL_TESTIMONY", pdfBytes("gt"), "PERSONAL_INFORMATION_FORM_311", pdfBytes("pif")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String trackingId = response.body().replaceFirst("(?s).*<[^>]*TrackingId>([^<]+)<.*", "$1");
        AcknowledgmentType ack = contractXml.read(receive("partner.tx-oag.outbound", trackingId).getText(),
                AcknowledgmentType.class);
        assertThat(ack.getResponse().getActionReason()).isEqualTo("ANOAD");
        assertThat(get("/api/cases/" + trackingId + "/documents", viewerAuth()).body())
                .contains("\"completeness\":\"COMPLETE\"", "GENERAL_TESTIMONY", "PERSONAL_INFORMATION_FORM_311");
    }

    @Test
    void aTransmittalWithAMislabeledAttachmentIsRefusedAndNothingIsKept() {
        String transmittal = withAttachedManifest(establishment("TXBAD" + nextSerial().substring(5)),
                "CONFIDENTIAL_INFORMATION_FORM");

        HttpResponse<String> response = postWithAttachments(transmittal,
                Map.of("CONFIDENTIAL_INFORMATION_FORM", "GIF89a not a pdf".getBytes(StandardCharsets.US_ASCII)));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault", "Nothing of this transmittal was kept");
        assertThat(storedCount(TX, serialOf(transmittal))).isZero();
    }

    /** A manifest naming one attached PDF per type, each by a Content-ID equal to its type. */
    private static String withAttachedManifest(String transmittal, String... types) {
        StringBuilder manifest = new StringBuilder("<DocumentManifest>");
        for (String type : types) {
            manifest.append("<Document><DocumentType>").append(type).append("</DocumentType><FileName>")
                    .append(type.toLowerCase()).append(".pdf</FileName><MediaType>application/pdf</MediaType>")
                    .append("<Delivery>ATTACHED</Delivery><ContentId>").append(type).append("</ContentId></Document>");
        }
        return transmittal.replace("</Transmittal>", manifest + "</DocumentManifest></Transmittal>");
    }

    private static byte[] pdfBytes(String text) {
        return ("%PDF-1.7\n% synthetic " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** SOAP with attachments (multipart/related), as any SOAP stack can send it. */
    private HttpResponse<String> postWithAttachments(String transmittal, Map<String, byte[]> parts) {
        String boundary = "csx-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
        text.accept("--" + boundary + "\r\nContent-Type: text/xml; charset=UTF-8\r\nContent-ID: <root>\r\n\r\n");
        text.accept(soapEnvelope(transmittal));
        parts.forEach((id, bytes) -> {
            text.accept("\r\n--" + boundary + "\r\nContent-Type: application/pdf\r\nContent-ID: <" + id
                    + ">\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            body.writeBytes(bytes);
        });
        text.accept("\r\n--" + boundary + "--\r\n");
        try {
            return http.send(HttpRequest.newBuilder(URI.create(exchangeUrl()))
                    .header("Content-Type", "multipart/related; type=\"text/xml\"; start=\"<root>\"; boundary=\""
                            + boundary + "\"")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString((TX + ":" + TX_SECRET).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String establishment(String caseId) {
        return example("est-request.xml").replace("TX0000456789", caseId);
    }

    private DocumentsReceiptType submitDocuments(String partner, String secret, SubmitDocumentsType request) {
        try {
            String address = "http://localhost:" + port + "/services/documents";
            Service service = Service.create(new URL(address + "?wsdl"), new QName(SERVICE_NS, "CaseExchangeService"));
            Dispatch<Object> dispatch = service.createDispatch(new QName(SERVICE_NS, "CaseDocumentsPort"), EXCHANGE,
                    Service.Mode.PAYLOAD);
            ((SOAPBinding) dispatch.getBinding()).setMTOMEnabled(true);
            dispatch.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, partner);
            dispatch.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, secret);
            dispatch.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, address);
            Object response = dispatch.invoke(new ObjectFactory().createSubmitDocuments(request));
            return (DocumentsReceiptType) ((JAXBElement<?>) response).getValue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SubmitDocumentsType byTrackingId(String trackingId, SubmittedDocumentType... documents) {
        SubmitDocumentsType request = new SubmitDocumentsType();
        request.setTrackingId(trackingId);
        request.getDocument().addAll(List.of(documents));
        return request;
    }

    private static SubmittedDocumentType pdf(DocumentTypeCode type, String text) {
        byte[] bytes = ("%PDF-1.7\n% synthetic " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        return document(type, "application/pdf", new GeneratedContent(bytes, bytes.length, "application/pdf"));
    }

    private static SubmittedDocumentType tiff(DocumentTypeCode type) {
        return document(type, "image/tiff", new GeneratedContent(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0}, 4_096, "image/tiff"));
    }

    private static SubmittedDocumentType document(DocumentTypeCode type, String mediaType, DataSource content) {
        SubmittedDocumentType document = new SubmittedDocumentType();
        document.setDocumentType(type);
        document.setFileName(type.name().toLowerCase() + (mediaType.endsWith("pdf") ? ".pdf" : ".tif"));
        document.setMediaType(org.csx.gateway.contract.exchange.DocumentMediaType.fromValue(mediaType));
        document.setContent(new DataHandler(content));
        return document;
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static JAXBContext jaxb() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Content generated on the fly: a header, then deterministic filler up to {@code size} bytes; never in memory. */
    record GeneratedContent(byte[] head, long size, String contentType) implements DataSource {

        static GeneratedContent pdf(long size) {
            return new GeneratedContent("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size, "application/pdf");
        }

        String sha256() throws Exception {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(getInputStream(), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        }

        @Override
        public InputStream getInputStream() {
            return new InputStream() {
                private long position;

                @Override
                public int read() {
                    if (position >= size) {
                        return -1;
                    }
                    long p = position++;
                    return p < head.length ? head[(int) p] & 0xFF : (int) ((p * 31 + 7) % 251);
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    if (position >= size) {
                        return -1;
                    }
                    int n = (int) Math.min(length, size - position);
                    for (int i = 0; i < n; i++) {
                        buffer[offset + i] = (byte) read();
                    }
                    return n;
                }
            };
        }

        @Override
        public OutputStream getOutputStream() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getName() {
            return "generated";
        }
    }
}
