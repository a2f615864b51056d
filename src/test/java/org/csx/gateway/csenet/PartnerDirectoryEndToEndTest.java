package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.csx.gateway.contract.referral.DistrictReferralType;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.InformationType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.partner.Jurisdiction;
import org.csx.gateway.partner.JurisdictionDirectory;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.support.GatewayTestSupport;
import org.csx.gateway.validation.ExchangeAgreementRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11 through the real gateway (inbox file, PostgreSQL, Artemis, district queues, CSENet outbox): one CSENet
 * file with a transaction from every jurisdiction in the partner directory, every field of every block at the widest
 * value its layout allows. No jurisdiction needs a hand-made partner entry: all are accepted and forwarded to their
 * district unchanged, and acknowledged in the sender's CSENet outbox. Wyoming's exchange agreement (test profile)
 * leaves out ENF: its ENF request is rejected with that reason.
 */
class PartnerDirectoryEndToEndTest extends GatewayTestSupport {

    private static final AtomicLong SERIALS = new AtomicLong(700_000_000L);
    private static final String WYOMING = "56";

    @Autowired
    CsenetProperties csenet;
    @Autowired
    JurisdictionDirectory directory;

    private final CsenetSampleGenerator generator = new CsenetSampleGenerator(11);
    private final CsenetTransactionParser parser = new CsenetTransactionParser();

    /** What each function looks like in the file, cycled through the jurisdictions. */
    private record Kind(FunctionalType function, String reason) {
    }

    private static final List<Kind> KINDS = List.of(new Kind(FunctionalType.EST, "SRORD"),
            new Kind(FunctionalType.PAT, null), new Kind(FunctionalType.ENF, "ERALL"),
            new Kind(FunctionalType.LO_1, null));

    @Test
    void aFileFromEveryJurisdictionAtTheWidestValuesIsForwardedAndOneOutsideItsAgreementIsRejected() throws Exception {
        List<Jurisdiction> states = directory.inForce().stream()
                .filter(j -> j.stateFips() != null && !j.stateFips().equals("36")).toList();
        assertThat(states).hasSize(53); // 50 states, DC, Guam, Puerto Rico, the Virgin Islands, less New York

        Map<String, Sent> accepted = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        int i = 0;
        for (Jurisdiction state : states) {
            Kind kind = state.stateFips().equals(WYOMING) ? KINDS.get(0) : KINDS.get(i++ % KINDS.size());
            Sent sent = sent(state, kind);
            accepted.put(sent.serial(), sent);
            lines.add(sent.record());
        }
        Jurisdiction wyoming = directory.state(WYOMING).orElseThrow();
        Sent outsideAgreement = sent(wyoming, new Kind(FunctionalType.ENF, "ERALL"));
        lines.add(outsideAgreement.record());

        drop(lines);

        for (Sent sent : accepted.values()) {
            String id = trackingId(sent);
            TransmittalView view = awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
            assertThat(view.channel()).isEqualTo("CSENET");
            DistrictReferralType referral = contractXml.read(
                    receive("district." + view.districtId() + ".inbound", id).getText(), DistrictReferralType.class);
            // the transmittal reached the district with every widest value: written back, it is the same record
            TransmittalType forwarded = referral.getTransmittal();
            assertThat(new CsenetTransactionWriter().write(forwarded, HeaderLayout.RECEIVED))
                    .as(sent.partnerId() + " " + sent.serial()).isEqualTo(sent.record());
            assertThat(forwarded.getCase().getContactPhoneExtension()).hasSize(6);
        }

        String rejectedId = trackingId(outsideAgreement);
        TransmittalView rejected = awaitStatus(rejectedId, TransmittalStatus.REJECTED);
        assertThat(rejected.violations()).extracting(TransmittalView.Violation::code)
                .containsExactly(ExchangeAgreementRule.OUTSIDE_EXCHANGE_AGREEMENT);
        assertThat(rejected.violations().get(0).message()).startsWith("Wyoming does not exchange ENF transactions");

        // acknowledgments go back as CSENet files: Wyoming gets the rejection as an error record (GW12) ...
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxLines("us-wy", "ERRORS-").stream()
                .anyMatch(e -> e.substring(90, 102).equals(outsideAgreement.serial()) && e.startsWith("GW12", 85)));
        // ... and a state without a configured partner its acknowledgment in its own outbox
        Sent alabama = accepted.values().stream().filter(s -> s.partnerId().equals("us-al")).findFirst().orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxLines("us-al", "CSENET-").stream()
                .map(line -> parser.parse(line, HeaderLayout.SENT).transmittal().orElseThrow())
                .anyMatch(ack -> alabama.senderCaseId().equals(ack.getHeader().getReceiverCaseId())
                        && ack.getHeader().getActionCode() == ActionCode.A));
    }

    @Test
    void aStatusInquiryFromAStateWithoutAPartnerEntryIsAnsweredInItsCsenetOutbox() throws Exception {
        String caseId = "OHSTATUS" + SERIALS.incrementAndGet() % 1_000_000;
        TransmittalType inquiry = new TransmittalType();
        HeaderType h = new HeaderType();
        SenderType ohio = new SenderType();
        ohio.setKind(SenderKind.STATE_IV_D_AGENCY);
        ohio.setLocatorCode("3900000");
        h.setSender(ohio);
        h.setReceiverLocatorCode("3602900");
        h.setTransactionSerialNumber(String.format("%012d", SERIALS.incrementAndGet()));
        h.setFunctionalType(FunctionalType.MSC);
        h.setActionCode(ActionCode.R);
        h.setActionReason("GRUPD");
        h.setTransactionDate(LocalDate.of(2026, 11, 20));
        h.setSenderCaseId(caseId);
        inquiry.setHeader(h);
        InformationType info = new InformationType();
        info.getTextLine().add("PLEASE PROVIDE A STATUS UPDATE ON THIS CASE.");
        inquiry.setInformation(info);

        drop(List.of(new CsenetTransactionWriter().write(inquiry, HeaderLayout.RECEIVED)));

        // MSC P GSPUD ("no such case": Ohio never sent it) written for Ohio, whose only channel is CSENet
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxLines("us-oh", "CSENET-").stream()
                .map(line -> parser.parse(line, HeaderLayout.SENT).transmittal().orElseThrow())
                .anyMatch(answer -> caseId.equals(answer.getHeader().getReceiverCaseId())
                        && "GSPUD".equals(answer.getHeader().getActionReason())
                        && answer.getHeader().getActionCode() == ActionCode.P
                        && !answer.getInformation().getTextLine().isEmpty()));
    }

    private record Sent(String partnerId, String serial, String senderCaseId, String record) {
    }

    private Sent sent(Jurisdiction state, Kind kind) {
        String locator = state.stateFips() + "0009Z";
        long serial = SERIALS.incrementAndGet();
        String record = generator.widestRecord(locator, kind.function(), ActionCode.R, kind.reason(), serial);
        // the configured partner for that state (ca-dcss, tx-oag, fl-dcf in the test profile), else the directory id
        String partnerId = directory.csenetSender(locator).map(Partner::id).orElseThrow();
        TransmittalType parsed = parser.parse(record, HeaderLayout.RECEIVED).transmittal().orElseThrow();
        return new Sent(partnerId, String.format("%012d", serial), parsed.getHeader().getSenderCaseId(), record);
    }

    private String trackingId(Sent sent) {
        await().atMost(Duration.ofSeconds(60)).until(() -> storedCount(sent.partnerId(), sent.serial()) == 1);
        return jdbc.queryForObject("SELECT tracking_id FROM transmittal WHERE partner_id = ? "
                + "AND transaction_serial_number = ?", UUID.class, sent.partnerId(), sent.serial()).toString();
    }

    private void drop(List<String> lines) throws IOException {
        String name = "directory-" + UUID.randomUUID();
        Path inbox = Files.createDirectories(Path.of(csenet.getInbox()));
        Path temp = inbox.resolve(name + ".tmp");
        StringBuilder content = new StringBuilder();
        lines.forEach(line -> content.append(line).append('\n'));
        Files.write(temp, content.toString().getBytes(StandardCharsets.US_ASCII));
        Files.move(temp, inbox.resolve(name + ".txt"), StandardCopyOption.ATOMIC_MOVE);
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
}
