package org.csx.gateway.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.csx.gateway.csenet.CsenetProperties;
import org.csx.gateway.documents.DocumentStore;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The retention job through the real database and document store: a finished case loses its raw message and the
 * documents no other case holds; an unfinished one keeps everything; two concurrent runs purge each case once.
 * Cases are made "old" by moving their times back, so cases of other tests (all recent) are never touched.
 */
class RetentionJobEndToEndTest extends GatewayTestSupport {

    @Autowired
    RetentionJob retention;
    @Autowired
    DocumentStore documents;
    @Autowired
    CsenetProperties csenet;

    @Test
    void aFinishedCaseLosesItsRawMessageButKeepsItsLedgerRowAndAResendStillGetsItsReceipt() {
        String transmittal = example("lo1-request.xml");
        UUID id = finishedLongAgo(submit(CA, CA_SECRET, transmittal).getTrackingId());

        RetentionJob.Purged purged = retention.purge(Instant.now());

        assertThat(purged.cases()).contains(id);
        assertThat(ledger.rawMessage(id)).isEmpty();
        assertThat(ledger.find(id).orElseThrow().history()).last()
                .satisfies(e -> assertThat(e.detail()).contains("purged (retention)"));
        assertThat(submit(CA, CA_SECRET, transmittal).isResent()).isTrue();
        assertThat(retention.purge(Instant.now()).cases()).doesNotContain(id);
    }

    @Test
    void aCaseWithAnOpenDutyOrNotYetOldEnoughKeepsItsRawMessage() {
        UUID open = finishedLongAgo(submit(CA, CA_SECRET, example("lo1-request.xml")).getTrackingId());
        assertThat(jdbc.update("UPDATE duty SET completed_at = NULL WHERE tracking_id = ?", open))
                .as("the case's duties, open again").isPositive();
        String recent = submit(CA, CA_SECRET, example("lo1-request.xml")).getTrackingId();
        awaitStatus(recent, TransmittalStatus.ACKNOWLEDGED);

        RetentionJob.Purged purged = retention.purge(Instant.now());

        assertThat(purged.cases()).doesNotContain(open, UUID.fromString(recent));
        assertThat(ledger.rawMessage(open)).isPresent();
        assertThat(ledger.rawMessage(UUID.fromString(recent))).isPresent();
    }

    @Test
    void documentContentGoesWhenNoUnpurgedCaseHoldsIt() throws Exception {
        byte[] pdf = ("%PDF-1.7\n% retention " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String first = submit(TX, TX_SECRET, example("est-request.xml")).getTrackingId();
        String second = submit(TX, TX_SECRET, example("est-request.xml")).getTrackingId();
        awaitStatus(first, TransmittalStatus.ACKNOWLEDGED);
        awaitStatus(second, TransmittalStatus.ACKNOWLEDGED);
        submitDocument(first, pdf);
        submitDocument(second, pdf);
        String sha256 = jdbc.queryForObject("SELECT sha256 FROM case_document WHERE tracking_id = ?", String.class,
                UUID.fromString(first));
        assertThat(documents.find(sha256)).isPresent();

        finishedLongAgo(first);
        retention.purge(Instant.now());
        assertThat(documents.find(sha256)).as("still held by the second case").isPresent();

        finishedLongAgo(second);
        RetentionJob.Purged purged = retention.purge(Instant.now());
        assertThat(purged.documents()).contains(sha256);
        assertThat(documents.find(sha256)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_document WHERE sha256 = ? AND content_purged_at IS NULL",
                Integer.class, sha256)).isZero();
    }

    @Test
    void twoConcurrentRunsPurgeEachCaseOnce() throws Exception {
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cases.add(UUID.fromString(submit(CA, CA_SECRET, example("lo1-request.xml")).getTrackingId()));
        }
        cases.forEach(id -> finishedLongAgo(id.toString()));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<RetentionJob.Purged>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return retention.purge(Instant.now());
                }));
            }
            start.countDown();
            List<UUID> first = runs.get(0).get().cases();
            List<UUID> second = runs.get(1).get().cases();

            Set<UUID> both = new HashSet<>(first);
            both.retainAll(second);
            assertThat(both).as("purged by both runs").isEmpty();
            Set<UUID> either = new HashSet<>(first);
            either.addAll(second);
            assertThat(either).containsAll(cases);
        } finally {
            pool.shutdownNow();
        }
        for (UUID id : cases) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM transmittal_event WHERE tracking_id = ? "
                    + "AND detail LIKE '%purged (retention)%'", Integer.class, id)).isEqualTo(1);
        }
    }

    @Test
    void csenetFilesInDoneGoAfterTheirOwnPeriodAndRecentOnesStay() throws Exception {
        Path done = Files.createDirectories(Path.of(csenet.getInbox(), "done"));
        Path old = done.resolve("19990101-000000000-retention-old-" + UUID.randomUUID() + ".txt");
        Path recent = done.resolve("20991231-000000000-retention-recent-" + UUID.randomUUID() + ".txt");
        Files.writeString(old, "old record\n");
        Files.writeString(recent, "recent record\n");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(400, ChronoUnit.DAYS)));

        assertThat(retention.purge(Instant.now()).csenetFiles()).isGreaterThanOrEqualTo(1);

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
    }

    /** Waits until the case is ACKNOWLEDGED, then moves all its times two years back: finished long ago. */
    private UUID finishedLongAgo(String trackingId) {
        awaitStatus(trackingId, TransmittalStatus.ACKNOWLEDGED);
        UUID id = UUID.fromString(trackingId);
        jdbc.update("UPDATE transmittal SET status_changed_at = now() - interval '800 days' WHERE tracking_id = ?", id);
        jdbc.update("UPDATE duty SET completed_at = now() - interval '800 days' WHERE tracking_id = ?", id);
        jdbc.update("UPDATE case_document SET received_at = now() - interval '800 days' WHERE tracking_id = ?", id);
        return id;
    }

    private void submitDocument(String trackingId, byte[] pdf) throws Exception {
        String request = "<SubmitDocuments xmlns=\"urn:csx:exchange:1\"><TrackingId>" + trackingId + "</TrackingId><Document>"
                + "<DocumentType>GENERAL_TESTIMONY</DocumentType><MediaType>application/pdf</MediaType>"
                + "<Content>" + Base64.getEncoder().encodeToString(pdf) + "</Content></Document></SubmitDocuments>";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/services/documents"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:csx:exchange-service:1:SubmitDocuments\"")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((TX + ":" + TX_SECRET).getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString(soapEnvelope(request))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
