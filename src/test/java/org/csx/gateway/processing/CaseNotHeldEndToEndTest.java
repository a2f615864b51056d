package org.csx.gateway.processing;

import org.csx.gateway.contract.MessageHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.CaseType;
import org.csx.gateway.contract.transmittal.CaseTypeCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.InformationType;
import org.csx.gateway.contract.transmittal.OpenClosed;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.csenet.CsenetProperties;
import org.csx.gateway.csenet.CsenetTransactionParser;
import org.csx.gateway.csenet.CsenetTransactionWriter;
import org.csx.gateway.csenet.HeaderLayout;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11 item 5 through the real gateway: an update, response or cancel naming a case the registry does not hold
 * is not forwarded; the partner gets MSC P REJCT ("case ID invalid") on its own channel: on its queue for a SOAP
 * partner, in its CSENet outbox for a CSENet sender. One naming a case we hold goes through as before.
 */
class CaseNotHeldEndToEndTest extends GatewayTestSupport {

    private static final AtomicLong CASES = new AtomicLong(System.nanoTime() % 1_000_000L);
    private static final AtomicLong CSENET_SERIALS = new AtomicLong(800_000_000L);

    @Autowired
    CsenetProperties csenet;

    @Test
    void aCancelNamingACaseWeDoNotHoldIsAnsweredWithMscPRejctAndNotForwarded() throws Exception {
        String caseId = "TXNOCASE" + CASES.incrementAndGet();
        String cancel = cancel(example("est-request.xml"), caseId);

        ReceiptType receipt = submit(TX, TX_SECRET, cancel);

        String id = receipt.getTrackingId();
        TransmittalView view = awaitStatus(id, TransmittalStatus.REJECTED);
        assertThat(view.violations()).extracting(TransmittalView.Violation::code)
                .containsExactly(CaseNotHeldReply.CASE_NOT_HELD);
        assertThat(view.districtId()).isNull();
        TextMessage reply = receive("partner." + TX + ".outbound", id);
        assertThat(reply.getStringProperty(MessageHeaders.MESSAGE_KIND)).isEqualTo("CSENET_MSC_P_REJCT");
        TransmittalType rejct = contractXml.readTransmittal(reply.getText());
        HeaderType h = rejct.getHeader();
        assertThat(h.getFunctionalType() + " " + h.getActionCode() + " " + h.getActionReason())
                .isEqualTo("MSC P REJCT");
        assertThat(h.getSender().getLocatorCode()).isEqualTo("3600000");
        assertThat(h.getReceiverLocatorCode()).isEqualTo("4820100");
        assertThat(h.getReceiverCaseId()).isEqualTo(caseId);
        // brief 1.9: the rejected transaction's serial, action, function, date and reason, in that order
        assertThat(rejct.getInformation().getTextLine().get(0)).isEqualTo(serialOf(cancel) + "CEST20261119");
    }

    @Test
    void aCancelNamingACaseWeHoldIsForwardedAsBefore() {
        String caseId = "TXHELD" + CASES.incrementAndGet();
        String request = example("est-request.xml").replace("<SenderCaseId>TX0000456789</SenderCaseId>",
                "<SenderCaseId>" + caseId + "</SenderCaseId>");
        awaitStatus(submit(TX, TX_SECRET, request).getTrackingId(), TransmittalStatus.ACKNOWLEDGED);

        ReceiptType cancel = submit(TX, TX_SECRET, cancel(example("est-request.xml"), caseId));

        assertThat(awaitStatus(cancel.getTrackingId(), TransmittalStatus.ACKNOWLEDGED).districtId()).isEqualTo("36029");
    }

    @Test
    void aResponseFromACsenetStateNamingNoCaseOfOursGetsMscPRejctInItsOutbox() throws IOException {
        String serial = String.format("%012d", CSENET_SERIALS.incrementAndGet());
        String caseId = "NVNOCASE" + CASES.incrementAndGet();
        String record = new CsenetTransactionWriter().write(unsolicitedInformation(serial, caseId), HeaderLayout.RECEIVED);

        drop(record);

        // Nevada has no configured partner: its directory id is the partner id, its outbox the way back
        await().atMost(Duration.ofSeconds(30)).until(() -> storedCount("us-nv", serial) == 1);
        CsenetTransactionParser parser = new CsenetTransactionParser();
        TransmittalType[] found = new TransmittalType[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (String line : outboxLines("us-nv")) {
                TransmittalType t = parser.parse(line, HeaderLayout.SENT).transmittal().orElseThrow();
                if (caseId.equals(t.getHeader().getReceiverCaseId())) {
                    found[0] = t;
                    return true;
                }
            }
            return false;
        });
        HeaderType h = found[0].getHeader();
        assertThat(h.getFunctionalType() + " " + h.getActionCode() + " " + h.getActionReason()).isEqualTo("MSC P REJCT");
        assertThat(h.getSender().getLocatorCode()).isEqualTo("3600000"); // Local = us (SENT layout)
        assertThat(h.getReceiverLocatorCode()).isEqualTo("3200000");
        assertThat(found[0].getInformation().getTextLine().get(0)).isEqualTo(serial + "PMSC20261120GSUPD");
    }

    private static String cancel(String estRequest, String caseId) {
        return estRequest.replace("<ActionCode>R</ActionCode>", "<ActionCode>C</ActionCode>")
                .replace("<ActionReason>SRORD</ActionReason>", "")
                .replace("<SenderCaseId>TX0000456789</SenderCaseId>", "<SenderCaseId>" + caseId + "</SenderCaseId>");
    }

    /** MSC P GSUPD (unsolicited information) from Nevada about its case {@code caseId}. */
    private static TransmittalType unsolicitedInformation(String serial, String caseId) {
        TransmittalType t = new TransmittalType();
        HeaderType h = new HeaderType();
        SenderType s = new SenderType();
        s.setKind(SenderKind.STATE_IV_D_AGENCY);
        s.setLocatorCode("3200000");
        h.setSender(s);
        h.setReceiverLocatorCode("3602900");
        h.setTransactionSerialNumber(serial);
        h.setFunctionalType(FunctionalType.MSC);
        h.setActionCode(ActionCode.P);
        h.setActionReason("GSUPD");
        h.setTransactionDate(LocalDate.of(2026, 11, 20));
        h.setSenderCaseId(caseId);
        h.setReceiverCaseId("NY000000000001");
        t.setHeader(h);
        CaseType c = new CaseType();
        c.setCaseType(CaseTypeCode.T);
        c.setCaseStatus(OpenClosed.O);
        t.setCase(c);
        InformationType info = new InformationType();
        info.getTextLine().add("THE NONCUSTODIAL PARENT HAS A NEW EMPLOYER.");
        t.setInformation(info);
        return t;
    }

    private void drop(String record) throws IOException {
        String name = "rejct-" + UUID.randomUUID();
        Path inbox = Files.createDirectories(Path.of(csenet.getInbox()));
        Path temp = inbox.resolve(name + ".tmp");
        Files.write(temp, (record + "\n").getBytes(StandardCharsets.US_ASCII));
        Files.move(temp, inbox.resolve(name + ".txt"), StandardCopyOption.ATOMIC_MOVE);
    }

    private List<String> outboxLines(String partner) {
        Path dir = Path.of(csenet.getOutbox(), partner);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("CSENET-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
