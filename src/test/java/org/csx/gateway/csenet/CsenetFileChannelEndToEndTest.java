package org.csx.gateway.csenet;

import org.csx.gateway.contract.MessageHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.csx.gateway.contract.acknowledgment.AcknowledgmentType;
import org.csx.gateway.contract.acknowledgment.Outcome;
import org.csx.gateway.contract.acknowledgment.ResponseCodeType;
import org.csx.gateway.contract.acknowledgment.TransactionReferenceType;
import org.csx.gateway.contract.referral.DistrictReferralType;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/**
 * The CSENet file channel through the real running gateway: a file dropped in the inbox → intake (PostgreSQL) →
 * Artemis → processing → the district queues, error records in the partner's error file, and the partner's
 * acknowledgments written back as a CSENet file in its outbox. Florida ({@code fl-dcf}, FIPS 12) is the CSENet
 * test partner; records from Alabama (01) have no partner.
 */
class CsenetFileChannelEndToEndTest extends GatewayTestSupport {

    private static final String FL = "fl-dcf";
    private static final AtomicLong SEEDS = new AtomicLong(100);
    private static final AtomicLong FILES = new AtomicLong();

    @Autowired
    CsenetProperties csenet;

    private final CsenetTransactionParser parser = new CsenetTransactionParser();
    private final CsenetTransactionWriter writer = new CsenetTransactionWriter();
    private final CsenetSampleGenerator generator = new CsenetSampleGenerator(SEEDS.incrementAndGet());

    @Test
    void aMixedFileQueuesTheGoodTransactionsAndRefusesOnlyTheBadOnes() throws Exception {
        TransmittalType enforcement = transmittalOf(FunctionalType.ENF);
        TransmittalType locate = transmittalOf(FunctionalType.LO_1);
        TransmittalType establishment = transmittalOf(FunctionalType.EST);
        TransmittalType unknownFarCode = transmittalOf(FunctionalType.ENF);
        unknownFarCode.getHeader().setActionReason("XXXXX");
        TransmittalType fromSamoa = transmittalOf(FunctionalType.PAT);
        fromSamoa.getHeader().getSender().setLocatorCode("6000000"); // American Samoa: no CSENet jurisdiction
        String good = record(establishment);

        List<String> lines = List.of(
                record(enforcement),                                   // 1 queued
                good.substring(0, good.length() - 10),                 // 2 truncated (GW01)
                record(locate),                                        // 3 queued
                set(record(transmittalOf(FunctionalType.PAT)), 93, "9"), // 4 counts disagree (GW02)
                set(record(transmittalOf(FunctionalType.PAT)), 200, "\u00e9"), // 5 non-ASCII byte (GW06)
                record(fromSamoa),                                   // 6 not in the partner directory (GW10)
                good,                                                  // 7 queued
                record(unknownFarCode),                                // 8 queued, then rejected by validation
                sameSerialOtherContent(enforcement));                  // 9 serial reused (GW11)

        Path done = drop(lines);

        // the good ones reach their district; the one with an unknown FAR code is rejected by validation
        for (TransmittalType t : List.of(enforcement, locate, establishment)) {
            String id = trackingId(serial(t));
            TransmittalView view = awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
            assertThat(view.channel()).isEqualTo("CSENET");
            assertThat(view.partnerId()).isEqualTo(FL);
            DistrictReferralType referral = contractXml.read(
                    receive("district." + view.districtId() + ".inbound", id).getText(), DistrictReferralType.class);
            assertThat(referral.getSender().getPartnerId()).isEqualTo(FL);
            assertThat(referral.getTransmittal().getHeader().getTransactionSerialNumber()).isEqualTo(serial(t));
            assertThat(referral.getTransmittal().getHeader().getReceiverLocatorCode())
                    .isEqualTo(t.getHeader().getReceiverLocatorCode());
        }
        String rejectedId = trackingId(serial(unknownFarCode));
        assertThat(awaitStatus(rejectedId, TransmittalStatus.REJECTED).violations())
                .extracting(TransmittalView.Violation::code).contains("FAR_COMBINATION_INVALID");

        // every refused record is recorded with its line, code and reason
        String sha = CsenetFileIntake.sha256(done);
        assertThat(jdbc.queryForList("SELECT line_number, error_code, partner_id FROM csenet_record_error "
                + "WHERE file_sha256 = ? ORDER BY line_number", sha))
                .extracting(row -> row.get("line_number") + " " + row.get("error_code") + " " + row.get("partner_id"))
                .containsExactly("2 GW01 fl-dcf", "4 GW02 fl-dcf", "5 GW06 fl-dcf", "6 GW10 null", "9 GW11 fl-dcf");
        assertThat(jdbc.queryForMap("SELECT status, record_count, queued_count, refused_count FROM csenet_file "
                + "WHERE sha256 = ?", sha)).containsAllEntriesOf(Map.of(
                        "status", "DONE", "record_count", 9, "queued_count", 4, "refused_count", 5));

        // ... and each gets an error record in its partner's error file; the one without a partner for staff
        await().atMost(Duration.ofSeconds(20)).until(() -> errorRecords(FL).stream()
                .filter(e -> e.substring(90, 102).equals(serial(unknownFarCode))).count() == 1);
        List<String> floridaErrors = errorRecords(FL);
        assertThat(floridaErrors).allSatisfy(e -> assertThat(e).hasSize(CsenetErrorRecordWriter.RECORD_LENGTH));
        assertThat(codeFor(floridaErrors, serial(unknownFarCode))).isEqualTo("GW12");
        assertThat(codeFor(floridaErrors, serial(enforcement))).isEqualTo("GW11");
        assertThat(floridaErrors).filteredOn(e -> e.startsWith("GW0", 85)).extracting(e -> e.substring(85, 89))
                .contains("GW01", "GW02", "GW06");
        await().atMost(Duration.ofSeconds(20)).until(() -> errorRecords(CsenetOutbox.UNIDENTIFIED).stream()
                .anyMatch(e -> e.substring(90, 102).equals(serial(fromSamoa))));

        // the accepted ones are acknowledged to Florida as CSENet transactions in its outbox
        for (TransmittalType t : List.of(enforcement, locate, establishment)) {
            TransmittalType ack = awaitAcknowledgment(t);
            assertThat(ack.getHeader().getSender().getLocatorCode()).isEqualTo("3600000");
            assertThat(ack.getHeader().getActionCode().value()).isEqualTo("A");
            assertThat(ack.getHeader().getFunctionalType()).isEqualTo(t.getHeader().getFunctionalType());
        }
        // A CSENet transaction carries no documents: the enforcement request's supporting papers are still
        // to come, so the registry acknowledges "additional information needed" (issue 5's checklist).
        assertThat(awaitAcknowledgment(enforcement).getHeader().getActionReason()).isEqualTo("AADIN");
        assertThat(awaitAcknowledgment(locate).getHeader().getActionReason()).isNull();
    }

    @Test
    void aTransactionIsQueuedForProcessingAsItsTrackingIdAloneAndForwardedFromTheLedger() throws Exception {
        TransmittalType locate = transmittalOf(FunctionalType.LO_1);
        String id = withProcessingStopped(() -> {
            drop(List.of(record(locate)));
            String stored = trackingId(serial(locate));
            await().atMost(Duration.ofSeconds(20)).until(() -> !onIntake(stored).isEmpty());
            assertOnePointerOnIntake(stored);
            return stored;
        });
        TransmittalView view = awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
        assertThat(receive("district." + view.districtId() + ".inbound", id).getText()).contains(serial(locate));
    }

    @Test
    void aFileIsQueuedAsBatchPointersAndEachBatchIsProcessedInOneDatabaseTransaction() throws Exception {
        List<TransmittalType> transactions = List.of(transmittalOf(FunctionalType.LO_1), transmittalOf(FunctionalType.LO_1),
                transmittalOf(FunctionalType.LO_1));
        List<String> ids = withProcessingStopped(() -> {
            drop(transactions.stream().map(this::record).toList());
            List<String> stored = transactions.stream().map(t -> trackingId(serial(t))).toList();
            List<TextMessage> batches = await().atMost(Duration.ofSeconds(20))
                    .until(() -> batchesOnIntake(stored.get(0)), found -> !found.isEmpty());
            assertThat(batches).as("one intake message for the three").hasSize(1);
            TextMessage batch = batches.get(0);
            assertThat(batch.getText().lines().toList()).as("the body: their tracking ids").isEqualTo(stored);
            assertThat(batch.getIntProperty(MessageHeaders.INTAKE_BATCH)).isEqualTo(3);
            List<String> names = new ArrayList<>();
            for (Object name : Collections.list(batch.getPropertyNames())) {
                names.add((String) name);
            }
            assertThat(names).as("nothing of the transactions in the properties")
                    .allMatch(n -> n.equals(MessageHeaders.INTAKE_BATCH) || n.startsWith("JMSX") || n.startsWith("_AMQ"));
            for (String id : stored) {
                assertThat(onIntake(id)).as("no single pointer besides the batch").isEmpty();
            }
            return stored;
        });
        for (String id : ids) {
            TransmittalView view = awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
            assertThat(receive("district." + view.districtId() + ".inbound", id)).isNotNull();
        }
        assertThat(validationTransactions(ids)).as("one database transaction for the three").hasSize(1);
    }

    /** Batch pointers on the intake queue whose body names this transmittal (browsed, left on the queue). */
    private List<TextMessage> batchesOnIntake(String trackingId) {
        List<TextMessage> found = new JmsTemplate(connectionFactory).browseSelected("registry.intake",
                MessageHeaders.INTAKE_BATCH + " IS NOT NULL", (session, browser) -> {
                    List<TextMessage> messages = new ArrayList<>();
                    for (Object m : Collections.list(browser.getEnumeration())) {
                        if (((TextMessage) m).getText().contains(trackingId)) {
                            messages.add((TextMessage) m);
                        }
                    }
                    return messages;
                });
        return found == null ? List.of() : found;
    }

    @Test
    void anEmptyFileIsDoneWithNothingQueued() throws Exception {
        Path done = drop(List.of());

        assertThat(Files.size(done)).isZero();
        assertThat(jdbc.queryForMap("SELECT status, record_count FROM csenet_file WHERE sha256 = ?",
                CsenetFileIntake.sha256(done))).containsAllEntriesOf(Map.of("status", "DONE", "record_count", 0));
    }

    @Test
    void aHalfWrittenFileIsNotPickedUpUntilItIsRenamed() throws Exception {
        TransmittalType first = transmittalOf(FunctionalType.LO_1);
        TransmittalType second = transmittalOf(FunctionalType.EST);
        String name = "half-" + FILES.incrementAndGet();
        Path inbox = Files.createDirectories(Path.of(csenet.getInbox()));
        Path partial = inbox.resolve(name + ".tmp");
        String whole = record(first) + "\n" + record(second) + "\n";
        Files.writeString(partial, whole.substring(0, whole.length() / 2), StandardCharsets.ISO_8859_1);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> Files.exists(partial) && storedCount(FL, serial(first)) == 0);

        Files.writeString(partial, whole, StandardCharsets.ISO_8859_1);
        Files.move(partial, inbox.resolve(name + ".txt"), StandardCopyOption.ATOMIC_MOVE);
        awaitDone(name + ".txt");
        awaitStatus(trackingId(serial(first)), TransmittalStatus.ACKNOWLEDGED);
        awaitStatus(trackingId(serial(second)), TransmittalStatus.ACKNOWLEDGED);
    }

    @Test
    void theSameFileDroppedTwiceIsProcessedOnce() throws Exception {
        TransmittalType t = transmittalOf(FunctionalType.ENF);
        List<String> lines = List.of(record(t));
        Path first = drop(lines);
        String id = trackingId(serial(t));
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);

        Path second = drop(lines);

        assertThat(CsenetFileIntake.sha256(second)).isEqualTo(CsenetFileIntake.sha256(first));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM csenet_file WHERE sha256 = ?", Integer.class,
                CsenetFileIntake.sha256(first))).isEqualTo(1);
        assertThat(storedCount(FL, serial(t))).isEqualTo(1);
        // not even seen as a resend: the whole file was skipped
        assertThat(ledger.find(UUID.fromString(id)).orElseThrow().history()).extracting(TransmittalView.Event::status)
                .containsExactly(TransmittalStatus.RECEIVED, TransmittalStatus.VALIDATED, TransmittalStatus.FORWARDED,
                        TransmittalStatus.ACKNOWLEDGED);
    }

    @Test
    void theSameTransactionsInAnotherFileAreResendsNotNewWork() throws Exception {
        TransmittalType t = transmittalOf(FunctionalType.LO_1);
        drop(List.of(record(t)));
        String id = trackingId(serial(t));
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);

        // same transaction, different file bytes (a trailing CR LF)
        Path done = drop(List.of(record(t) + "\r"));

        assertThat(jdbc.queryForMap("SELECT record_count, queued_count, resent_count FROM csenet_file "
                + "WHERE sha256 = ?", CsenetFileIntake.sha256(done)))
                .containsAllEntriesOf(Map.of("record_count", 1, "queued_count", 0, "resent_count", 1));
        assertThat(storedCount(FL, serial(t))).isEqualTo(1);
    }

    @Test
    void anAcknowledgmentDeliveredTwiceIsWrittenOnceAndNoFileIsLeftHalfWritten() throws Exception {
        String caseId = "FL-REDELIVER-" + FILES.incrementAndGet();
        AcknowledgmentType ack = new AcknowledgmentType();
        ack.setTrackingId(UUID.randomUUID().toString());
        ack.setCreatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        ack.setOutcome(Outcome.ACCEPTED);
        ack.setRespondingLocatorCode("3600000");
        TransactionReferenceType original = new TransactionReferenceType();
        original.setSenderLocatorCode("1200000");
        original.setTransactionSerialNumber(nextSerial());
        original.setSenderCaseId(caseId);
        ack.setOriginalTransaction(original);
        ResponseCodeType response = new ResponseCodeType();
        response.setFunctionalType("PAT");
        response.setActionCode("A");
        response.setActionReason("ANOAD");
        ack.setResponse(response);
        String xml = contractXml.toXml(new org.csx.gateway.contract.acknowledgment.ObjectFactory()
                .createAcknowledgment(ack));
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        for (int i = 0; i < 2; i++) { // as the broker would redeliver it after a rollback
            jms.send("partner." + FL + ".outbound", session -> {
                var message = session.createTextMessage(xml);
                message.setStringProperty(MessageHeaders.PARTNER_ID, FL);
                message.setStringProperty(MessageHeaders.TRACKING_ID, ack.getTrackingId());
                return message;
            });
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> outboxLines(FL, "CSENET-").stream()
                .anyMatch(line -> line.substring(60, 75).trim().equals(caseId)));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> outboxLines(FL, "CSENET-")
                .stream().filter(line -> line.substring(60, 75).trim().equals(caseId)).count() == 1);
        try (Stream<Path> files = Files.list(Path.of(csenet.getOutbox(), FL))) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> n.endsWith(".txt"))
                    .noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void aRegistrationRequestInAFileOpensARegistrationThatReachesTheCourtOnceItsPapersArrive() throws Exception {
        // A fixed seed: the four papers below complete the registration only if the generated order is a single
        // Article 6 order with the parties' details given; this seed's is (another may need more pieces).
        TransmittalType registration = transmittalOf(new CsenetSampleGenerator(102), FunctionalType.ENF); // ENF R ERREG
        registration.getHeader().setReceiverLocatorCode("3604700");        // Kings County: court 36047

        drop(List.of(record(registration)));

        UUID tracking = UUID.fromString(trackingId(serial(registration)));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "SELECT status FROM registration WHERE tracking_id = ?", String.class, tracking).contains("AWAITING_DOCUMENTS"));
        UUID id = jdbc.queryForObject("SELECT id FROM registration WHERE tracking_id = ?", UUID.class, tracking);
        // ONE "documents needed" message reaches Florida: the acknowledgment (ENF A AADIN) naming the checklist's
        // papers and registration's §602 papers together
        String floridaCase = registration.getHeader().getSenderCaseId();
        java.util.function.Supplier<Long> acknowledgments = () -> outboxLines(FL, "CSENET-").stream()
                .map(line -> parser.parse(line, HeaderLayout.SENT).transmittal().orElseThrow())
                .filter(t -> floridaCase.equals(t.getHeader().getReceiverCaseId())
                        && t.getHeader().getActionCode() == org.csx.gateway.contract.transmittal.ActionCode.A)
                .count();
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledgments.get() >= 1);
        // A CSENet transaction carries no papers: they come later by mail, and filing waits for them (UIFSA 602).
        for (String[] paper : new String[][] {{"LETTER_OF_TRANSMITTAL_REGISTRATION", "false"}, {"ORDER_COPY", "true"},
                {"ORDER_COPY", "false"}, {"ARREARS_STATEMENT", "true"}}) {
            byte[] scan = ("%PDF-1.7\n% synthetic scan " + paper[0] + " " + UUID.randomUUID() + "\n%%EOF\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            HttpResponse<String> recorded = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/cases/" + tracking + "/documents?type=" + paper[0]
                                    + "&certified=" + paper[1]))
                    .header("Content-Type", "application/pdf").header("Authorization", specialistAuth())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(scan))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        }

        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setReceiveTimeout(20_000);
        jakarta.jms.Message packet = jms.receiveSelected("court.36047.registrations",
                "csxRegistrationId = '" + id + "' AND csxMessageKind = 'REGISTRATION_PACKET'");
        assertThat(packet).as("the registration packet on the court's queue").isNotNull();
        assertThat(((TextMessage) packet).getText()).contains(serial(registration));
        assertThat(acknowledgments.get()).as("documents-needed messages to Florida").isEqualTo(1);
    }

    // ----- helpers -----

    /** A generated transaction of this type from Florida, with a serial number no other test uses. */
    private TransmittalType transmittalOf(FunctionalType type) {
        return transmittalOf(generator, type);
    }

    private TransmittalType transmittalOf(CsenetSampleGenerator generator, FunctionalType type) {
        for (int i = 0; i < 100; i++) {
            TransmittalType t = generator.next();
            if (t.getHeader().getFunctionalType() == type) {
                t.getHeader().getSender().setLocatorCode("1200000");
                t.getHeader().setTransactionSerialNumber(nextSerial());
                return t;
            }
        }
        throw new IllegalStateException("no " + type);
    }

    private String record(TransmittalType t) {
        return writer.write(t, HeaderLayout.RECEIVED);
    }

    private String sameSerialOtherContent(TransmittalType t) {
        TransmittalType other = transmittalOf(t.getHeader().getFunctionalType());
        other.getHeader().setTransactionSerialNumber(serial(t));
        return record(other);
    }

    private static String serial(TransmittalType t) {
        return t.getHeader().getTransactionSerialNumber();
    }

    private static String set(String record, int position, String value) {
        return record.substring(0, position - 1) + value + record.substring(position - 1 + value.length());
    }

    /** Writes the lines as a .tmp file, renames it to .txt, and waits for the gateway to move it to done/. */
    private Path drop(List<String> lines) throws IOException {
        String name = "batch-" + FILES.incrementAndGet();
        Path inbox = Files.createDirectories(Path.of(csenet.getInbox()));
        Path temp = inbox.resolve(name + ".tmp");
        StringBuilder content = new StringBuilder();
        lines.forEach(line -> content.append(line).append('\n'));
        Files.write(temp, content.toString().getBytes(StandardCharsets.ISO_8859_1));
        Files.move(temp, inbox.resolve(name + ".txt"), StandardCopyOption.ATOMIC_MOVE);
        return awaitDone(name + ".txt");
    }

    private Path awaitDone(String name) {
        Path doneDir = Path.of(csenet.getInbox(), "done");
        Path[] found = new Path[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            if (!Files.isDirectory(doneDir)) {
                return false;
            }
            try (Stream<Path> files = Files.list(doneDir)) {
                found[0] = files.filter(f -> f.getFileName().toString().endsWith("-" + name)).findFirst().orElse(null);
            }
            return found[0] != null;
        });
        return found[0];
    }

    private String trackingId(String serial) {
        await().atMost(Duration.ofSeconds(30)).until(() -> storedCount(FL, serial) == 1);
        return jdbc.queryForObject("SELECT tracking_id FROM transmittal WHERE partner_id = ? "
                + "AND transaction_serial_number = ?", UUID.class, FL, serial).toString();
    }

    private List<String> outboxLines(String partner, String prefix) {
        Path dir = Path.of(csenet.getOutbox(), partner);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private List<String> errorRecords(String partner) {
        return outboxLines(partner, "ERRORS-");
    }

    private static String codeFor(List<String> errorRecords, String serial) {
        return errorRecords.stream().filter(e -> e.substring(90, 102).equals(serial)).map(e -> e.substring(85, 89))
                .findFirst().orElse(null);
    }

    /** The acknowledgment of this transaction in Florida's outbox, parsed back (SENT layout). */
    private TransmittalType awaitAcknowledgment(TransmittalType original) {
        TransmittalType[] found = new TransmittalType[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (String line : outboxLines(FL, "CSENET-")) {
                CsenetParseResult parsed = parser.parse(line, HeaderLayout.SENT);
                assertThat(parsed.errors()).isEmpty();
                TransmittalType t = parsed.transmittal().orElseThrow();
                if ("1200000".equals(t.getHeader().getReceiverLocatorCode())
                        && original.getHeader().getSenderCaseId().equals(t.getHeader().getReceiverCaseId())) {
                    found[0] = t;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }
}
