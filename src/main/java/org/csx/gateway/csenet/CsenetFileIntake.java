package org.csx.gateway.csenet;

import org.csx.gateway.contract.MessageHeaders;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Header;
import org.csx.gateway.csenet.CsenetRecordTranslator.Accepted;
import org.csx.gateway.csenet.CsenetRecordTranslator.Refused;
import org.csx.gateway.csenet.CsenetRecordTranslator.Translated;
import org.csx.gateway.intake.IntakeQueue;
import org.csx.gateway.intake.IntakeRefusedException;
import org.csx.gateway.intake.IntakeResult;
import org.csx.gateway.intake.TransmittalIntake;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.personaldata.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one CSENet file from the inbox through intake (routes/csenet-inbound.yaml): every record goes through
 * intake's checks exactly as a SOAP transmittal does ({@link TransmittalIntake#receiveAll}: those of receive, a
 * chunk's records stored in one statement), then onto the intake queue with the SOAP
 * channel's headers, and from there through the one processing pipeline.
 *
 * <ul>
 *   <li><b>Streaming.</b> The file is read record by record ({@link CsenetFileReader}) in chunks of
 *       {@code csx.csenet.chunk-size}; memory does not grow with the file.</li>
 *   <li><b>Chunks.</b> Per chunk: translate every record, store the accepted ones in ONE database transaction,
 *       then queue them in ONE broker transaction. As with SOAP, nothing is queued before it is stored; a crash in
 *       between leaves transmittals RECEIVED, which {@code IntakeRecoveryJob} queues again.</li>
 *   <li><b>Refusals.</b> A record that does not parse, has no partner, or that intake refuses is recorded
 *       (csenet_record_error: line, code, field, position, reason) and gets an error record staged for its
 *       partner's error file; the rest of the file goes on.</li>
 *   <li><b>Idempotency.</b> A file already DONE (same SHA-256, any name) is skipped. A transaction already stored
 *       (same partner + serial number) is a resend: not queued again, as with SOAP.</li>
 * </ul>
 */
public class CsenetFileIntake {

    private static final Logger log = LoggerFactory.getLogger(CsenetFileIntake.class);
    public static final String CHANNEL = "CSENET";

    private final CsenetRecordTranslator translator;
    private final TransmittalIntake intake;
    private final CsenetFileLedger files;
    private final CsenetOutbox outbox;
    private final IntakeQueue intakeQueue;
    private final TransactionTemplate transaction;
    private final CsenetErrorRecordWriter errorRecords = new CsenetErrorRecordWriter();
    private final int chunkSize;
    private final TransmittalLedger ledger;
    private final int maxInFlight;
    private static final Duration MAX_WAIT = Duration.ofMinutes(2);

    public CsenetFileIntake(CsenetRecordTranslator translator, TransmittalIntake intake, CsenetFileLedger files,
                            CsenetOutbox outbox, IntakeQueue intakeQueue,
                            PlatformTransactionManager transactionManager, int chunkSize, TransmittalLedger ledger,
                            int maxInFlight) {
        this.translator = translator;
        this.intake = intake;
        this.files = files;
        this.outbox = outbox;
        this.intakeQueue = intakeQueue;
        this.transaction = new TransactionTemplate(transactionManager);
        this.chunkSize = Math.max(1, chunkSize);
        this.ledger = ledger;
        this.maxInFlight = maxInFlight;
    }

    /** Called by the route with the file the consumer picked up and the inbox's binding (routes/csenet-inbound.yaml). */
    public CsenetFileSummary ingestFile(File file, @Header(MessageHeaders.CSENET_INBOX) String binding) {
        Path path = file.toPath();
        try {
            // The file moves to done/ or failed/ afterwards: owner-only there (0600 in a 0700 directory).
            OwnerOnlyFiles.file(path);
        } catch (UncheckedIOException e) {
            log.warn("Cannot make CSENet file {} owner-only (not owned by the gateway's account?)", path.getFileName());
        }
        return ingest(path, CsenetInboxBinding.parse(binding));
    }

    public CsenetFileSummary ingest(Path file) {
        return ingest(file, CsenetInboxBinding.FEDERAL_DROP);
    }

    public CsenetFileSummary ingest(Path file, CsenetInboxBinding inbox) {
        String name = file.getFileName().toString();
        String sha256 = sha256(file);
        Optional<CsenetFileLedger.FileStatus> seen = files.begin(sha256, name);
        if (seen.isPresent() && seen.get() == CsenetFileLedger.FileStatus.DONE) {
            CsenetFileSummary summary = CsenetFileSummary.duplicateOf(name, sha256);
            log.info("{}", summary);
            return summary;
        }
        if (seen.isPresent()) {
            log.warn("CSENet file {} was seen before but not finished; processing it again", name);
        }
        Counts counts = new Counts();
        try (CsenetFileReader reader = CsenetFileReader.open(file)) {
            List<CsenetRecord> chunk = new ArrayList<>(chunkSize);
            while (reader.hasNext()) {
                chunk.add(reader.next());
                if (chunk.size() == chunkSize) {
                    process(sha256, chunk, counts, inbox);
                    chunk.clear();
                }
            }
            process(sha256, chunk, counts, inbox);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read CSENet file " + name, e);
        }
        CsenetFileSummary summary = new CsenetFileSummary(name, sha256, false, counts.records, counts.queued,
                counts.resent, counts.refused);
        files.finish(sha256, summary);
        log.info("{}", summary);
        return summary;
    }

    private void process(String sha256, List<CsenetRecord> chunk, Counts counts, CsenetInboxBinding inbox) {
        if (chunk.isEmpty()) {
            return;
        }
        List<Translated> translated = new ArrayList<>(chunk.size());
        for (CsenetRecord record : chunk) {
            translated.add(translator.translate(record, inbox));
        }
        List<IntakeResult> toQueue = new ArrayList<>(chunk.size());
        Counts chunkCounts = new Counts();
        transaction.executeWithoutResult(tx -> {
            // the accepted records stored together, in one statement; then each outcome in the file's order
            List<TransmittalIntake.Written> written = new ArrayList<>(translated.size());
            for (Translated t : translated) {
                if (t instanceof Accepted accepted) {
                    written.add(new TransmittalIntake.Written(accepted.partner(), accepted.transmittalXml(), accepted.header()));
                }
            }
            Iterator<TransmittalIntake.Outcome> outcomes = intake.receiveAll(written, CHANNEL).iterator();
            for (Translated t : translated) {
                chunkCounts.records++;
                if (t instanceof Accepted accepted) {
                    received(sha256, accepted, outcomes.next(), toQueue, chunkCounts);
                } else {
                    refuse(sha256, (Refused) t, chunkCounts);
                }
            }
        });
        awaitRoom();
        intakeQueue.send(toQueue);
        chunkCounts.queued = toQueue.size();
        counts.add(chunkCounts);
    }

    private void received(String sha256, Accepted accepted, TransmittalIntake.Outcome outcome, List<IntakeResult> toQueue,
                          Counts counts) {
        if (outcome.refused() != null) {
            IntakeRefusedException e = outcome.refused();
            refuse(sha256, new Refused(accepted.record(), Optional.of(accepted.partner()), accepted.serialNumber(),
                    new CsenetRecordError(CsenetErrorCode.INTAKE_REFUSED, "intake", 0,
                            e.code().value() + ": " + e.getMessage())), counts);
        } else if (outcome.result().resent()) {
            counts.resent++;
        } else {
            toQueue.add(outcome.result());
        }
    }

    private void refuse(String sha256, Refused refused, Counts counts) {
        counts.refused++;
        CsenetRecordError error = refused.error();
        long line = refused.record().lineNumber();
        String partnerId = refused.partner().map(Partner::id).orElse(null);
        log.info("CSENet file {} line {} refused (partner {}): {} {}", sha256.substring(0, 12), line,
                partnerId == null ? "unknown" : partnerId, error.code().code(), error.field());
        files.recordError(sha256, line, partnerId, refused.serialNumber(), error);
        outbox.stage("csenet-error-" + sha256 + "-" + line, partnerId == null ? CsenetOutbox.UNIDENTIFIED : partnerId,
                CsenetOutbox.Kind.ERROR, errorRecords.write(0, refused.record().raw(), error));
    }

    /**
     * Back-pressure: a file is read far faster than transmittals are processed, and everything queued but not yet
     * processed waits in the broker (in memory up to its paging limit) and slows every consumer down. So before
     * queueing a chunk, wait while more than {@code csx.csenet.max-in-flight} transmittals are still RECEIVED
     * (stored, not yet validated), as the ledger says. Never waits longer than {@link #MAX_WAIT} per chunk, so a
     * stopped processing route cannot hold a file forever (what is queued is processed when it restarts).
     */
    private void awaitRoom() {
        if (maxInFlight <= 0) {
            return;
        }
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (ledger.receivedCount(maxInFlight + 1) > maxInFlight) {
            if (System.nanoTime() > deadline) {
                log.warn("More than {} transmittals still wait for processing after {}; queueing anyway",
                        maxInFlight, MAX_WAIT);
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for processing to catch up", e);
            }
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.getFileName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Counts {
        long records;
        long queued;
        long resent;
        long refused;

        void add(Counts other) {
            records += other.records;
            queued += other.queued;
            resent += other.resent;
            refused += other.refused;
        }
    }
}
