package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.personaldata.OwnerOnlyFiles;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Inboxes bound to their source, through the running gateway: the federal CSENet drop takes records from any state
 * the partner directory knows; Florida's own inbox (application-test.yml) takes Florida's records and refuses a
 * record claiming to come from California (GW13, recorded), while the rest of the file goes on.
 */
class CsenetInboxBindingEndToEndTest extends GatewayTestSupport {

    private static final AtomicLong FILES = new AtomicLong();

    @Autowired
    CsenetProperties csenet;

    private final CsenetTransactionWriter writer = new CsenetTransactionWriter();
    private final CsenetSampleGenerator generator = new CsenetSampleGenerator(4242);

    @Test
    void anInboxBoundToFloridaRefusesARecordClaimingAnotherSender() throws Exception {
        TransmittalType florida = transmittal("1200000");
        TransmittalType california = transmittal("0600000");
        Path floridaInbox = Path.of(csenet.getPartnerInboxes().get(0).getDirectory());

        Path done = drop(floridaInbox, List.of(record(florida), record(california)));

        String sha256 = CsenetFileIntake.sha256(done);
        await().atMost(Duration.ofSeconds(30)).until(() -> storedCount("fl-dcf", serial(florida)) == 1);
        assertThat(storedCount("ca-dcss", serial(california))).isZero();
        assertThat(storedCount("fl-dcf", serial(california))).isZero();
        Map<String, Object> error = jdbc.queryForMap(
                "SELECT line_number, partner_id, error_code, reason FROM csenet_record_error WHERE file_sha256 = ?", sha256);
        assertThat(error).containsEntry("line_number", 2L).containsEntry("partner_id", "fl-dcf")
                .containsEntry("error_code", "GW13");
        assertThat((String) error.get("reason")).contains("only takes records from partner fl-dcf");
        assertThat(Files.getPosixFilePermissions(done)).isEqualTo(OwnerOnlyFiles.FILE);
        assertThat(Files.getPosixFilePermissions(done.getParent())).isEqualTo(OwnerOnlyFiles.DIRECTORY);
    }

    @Test
    void theFederalDropTakesRecordsFromEveryKnownState() throws Exception {
        TransmittalType florida = transmittal("1200000");
        TransmittalType california = transmittal("0600000");

        drop(Path.of(csenet.getInbox()), List.of(record(florida), record(california)));

        await().atMost(Duration.ofSeconds(30)).until(() -> storedCount("fl-dcf", serial(florida)) == 1
                && storedCount("ca-dcss", serial(california)) == 1);
    }

    private TransmittalType transmittal(String senderLocator) {
        for (int i = 0; i < 100; i++) {
            TransmittalType t = generator.next();
            if (t.getHeader().getFunctionalType() == FunctionalType.LO_1) {
                t.getHeader().getSender().setLocatorCode(senderLocator);
                t.getHeader().setTransactionSerialNumber(nextSerial());
                return t;
            }
        }
        throw new IllegalStateException("no LO1 generated");
    }

    private String record(TransmittalType t) {
        return writer.write(t, HeaderLayout.RECEIVED);
    }

    private static String serial(TransmittalType t) {
        return t.getHeader().getTransactionSerialNumber();
    }

    /** Writes the lines as a .tmp file, renames it to .txt, and waits for the gateway to move it to done/. */
    private Path drop(Path inbox, List<String> lines) throws Exception {
        String name = "binding-" + FILES.incrementAndGet() + "-" + System.nanoTime() + ".txt";
        Files.createDirectories(inbox);
        Path temp = inbox.resolve(name + ".tmp");
        StringBuilder content = new StringBuilder();
        lines.forEach(line -> content.append(line).append('\n'));
        Files.write(temp, content.toString().getBytes(StandardCharsets.ISO_8859_1));
        Files.move(temp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        Path doneDir = inbox.resolve("done");
        Path[] found = new Path[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Stream<Path> files = Files.list(doneDir)) {
                found[0] = files.filter(f -> f.getFileName().toString().endsWith("-" + name)).findFirst().orElse(null);
            }
            return found[0] != null;
        });
        return found[0];
    }
}
