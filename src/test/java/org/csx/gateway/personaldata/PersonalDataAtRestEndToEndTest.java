package org.csx.gateway.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.csx.gateway.csenet.CsenetOutbox;
import org.csx.gateway.documents.DocumentStore;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.support.GatewayTestSupport;
import org.csx.gateway.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Personal data at rest through the real gateway: after end-to-end transmittals no table holds the test's synthetic
 * SSN or date of birth in clear; the code that needs the raw message still reads it, also after a key rotation; the
 * embedded database wants its password; files are owner-only; a database error quotes no row values.
 */
class PersonalDataAtRestEndToEndTest extends GatewayTestSupport {

    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    FileDataKeySource keySource;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    DocumentStore documents;
    @Autowired
    CsenetOutbox outbox;

    @Test
    void noTableHoldsTheSyntheticSsnOrDateOfBirthInClearAfterEndToEndTransmittals() {
        String ssn = "555" + (100000 + ThreadLocalRandom.current().nextInt(899999));
        String birthDate = (1931 + ThreadLocalRandom.current().nextInt(40)) + "-11-2" + ThreadLocalRandom.current().nextInt(10);
        String locate = example("lo1-request.xml").replace("555123456", ssn).replace("1988-04-12", birthDate);
        String establishment = example("est-request.xml").replace("555234567", ssn).replace("1990-07-01", birthDate);
        String locateId = submit(CA, CA_SECRET, locate).getTrackingId();
        String establishmentId = submit(TX, TX_SECRET, establishment).getTrackingId();
        awaitStatus(locateId, TransmittalStatus.ACKNOWLEDGED);
        awaitStatus(establishmentId, TransmittalStatus.ACKNOWLEDGED);

        List<String> tables = jdbc.queryForList(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'", String.class);
        assertThat(tables).contains("transmittal_message", "transmittal", "registration", "case_document", "duty");
        for (String value : List.of(ssn, birthDate, birthDate.replace("-", ""))) {
            for (String table : tables) {
                Integer rows = jdbc.queryForObject("SELECT count(*) FROM " + table + " x WHERE x::text LIKE ?",
                        Integer.class, "%" + value + "%");
                assertThat(rows).as("rows of %s holding %s in clear", table, value).isZero();
            }
        }
        // ... while the code that needs the message as sent (recovery, the court packet) still reads it.
        assertThat(ledger.rawMessage(UUID.fromString(locateId))).get().asString().contains(ssn, birthDate);
        assertThat(jdbc.queryForObject("SELECT raw_message FROM transmittal_message WHERE tracking_id = ?", String.class,
                UUID.fromString(locateId))).startsWith(PersonalDataCipher.PREFIX);
    }

    @Test
    void aMessageStoredUnderTheOldKeyStillReadsAfterARotation() {
        String before = submit(CA, CA_SECRET, example("lo1-request.xml")).getTrackingId();
        String oldKey = PersonalDataCipher.keyIdOf(storedMessage(before));

        String newKey = keySource.rotate();
        cipher.reloadKeys();
        String after = submit(CA, CA_SECRET, example("lo1-request.xml")).getTrackingId();

        assertThat(PersonalDataCipher.keyIdOf(storedMessage(after))).isEqualTo(newKey).isNotEqualTo(oldKey);
        assertThat(PersonalDataCipher.keyIdOf(storedMessage(before))).isEqualTo(oldKey);
        assertThat(ledger.rawMessage(UUID.fromString(before))).get().asString().contains("555123456");
        assertThat(ledger.rawMessage(UUID.fromString(after))).get().asString().contains("555123456");
    }

    @Test
    void aRawMessageStoredInClearByAnEarlierVersionIsSealedAndStillReads() {
        UUID id = UUID.fromString(submit(CA, CA_SECRET, example("lo1-request.xml")).getTrackingId());
        String plain = ledger.rawMessage(id).orElseThrow();
        jdbc.update("UPDATE transmittal_message SET raw_message = ? WHERE tracking_id = ?", plain, id);

        ledger.sealRawMessagesStoredInClear(10_000);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM transmittal_message WHERE raw_message NOT LIKE 'csx-enc:%'",
                Integer.class)).isZero();
        assertThat(ledger.rawMessage(id)).contains(plain);
    }

    @Test
    void theEmbeddedDatabaseAsksForItsPasswordOnEveryConnection() throws Exception {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "not-the-password")).isInstanceOf(SQLException.class);
        Path password = TestEnvironment.DATA_DIRECTORY.resolve("keys/postgres.password");
        try (var connection = DriverManager.getConnection(url, "postgres", Files.readString(password).strip())) {
            assertThat(connection.isValid(2)).isTrue();
        }
        assertThat(Files.getPosixFilePermissions(password)).isEqualTo(OwnerOnlyFiles.FILE);
        List<String> rules = Files.readAllLines(TestEnvironment.DATA_DIRECTORY.resolve("postgres/pg_hba.conf")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(rules).isNotEmpty().allMatch(line -> line.endsWith("scram-sha-256"));
    }

    @Test
    void storedDocumentsAreEncryptedAndOwnerOnly() throws Exception {
        String id = submit(TX, TX_SECRET, example("est-request.xml")).getTrackingId();
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
        String pdf = Base64.getEncoder().encodeToString(("%PDF-1.7\n% owner-only " + id + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
        String request = "<SubmitDocuments xmlns=\"urn:csx:exchange:1\"><TrackingId>" + id + "</TrackingId><Document>"
                + "<DocumentType>GENERAL_TESTIMONY</DocumentType><MediaType>application/pdf</MediaType>"
                + "<Content>" + pdf + "</Content></Document></SubmitDocuments>";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/services/documents"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:csx:exchange-service:1:SubmitDocuments\"")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((TX + ":" + TX_SECRET).getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString(soapEnvelope(request))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String sha256 = jdbc.queryForObject("SELECT sha256 FROM case_document WHERE tracking_id = ?", String.class,
                UUID.fromString(id));

        Path file = documents.find(sha256).orElseThrow();
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as("encrypted on disk")
                .doesNotContain("owner-only " + id).doesNotContain("%PDF");
        try (var content = documents.open(sha256).orElseThrow()) {
            assertThat(new String(content.readAllBytes(), StandardCharsets.US_ASCII)).contains("owner-only " + id);
        }
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnlyFiles.FILE);
        for (Path directory = file.getParent(); !directory.equals(documents.root().getParent()); directory = directory.getParent()) {
            assertThat(Files.getPosixFilePermissions(directory)).as(directory.toString()).isEqualTo(OwnerOnlyFiles.DIRECTORY);
        }
    }

    @Test
    void aUniqueViolationQuotesNoRowValuesInItsMessage() {
        String value = "f".repeat(56) + "5a1e5ec7";
        jdbc.update("INSERT INTO csenet_file (sha256, file_name, status, started_at) VALUES (?, 'x.txt', 'DONE', now())", value);

        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO csenet_file (sha256, file_name, status, started_at) VALUES (?, 'x.txt', 'DONE', now())", value))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("5a1e5ec7").doesNotContain("Key (");
                    }
                });
    }

    @Test
    void csenetOutboxFilesAreOwnerOnly() throws Exception {
        String partner = "owner-only-check";
        outbox.stage("owner-only-" + UUID.randomUUID(), partner, CsenetOutbox.Kind.TRANSACTION, "a staged record");

        // written by this flush or by the flush job (csx.csenet.outbox-flush-interval), whichever comes first
        outbox.flush();
        List<Path> written = await().atMost(Duration.ofSeconds(10)).until(() -> filesIn(outbox.directory(partner)),
                files -> files.size() == 1);

        assertThat(Files.getPosixFilePermissions(written.get(0))).isEqualTo(OwnerOnlyFiles.FILE);
        assertThat(Files.getPosixFilePermissions(outbox.directory(partner))).isEqualTo(OwnerOnlyFiles.DIRECTORY);
        assertThat(Files.getPosixFilePermissions(outbox.root())).isEqualTo(OwnerOnlyFiles.DIRECTORY);
    }

    private static List<Path> filesIn(Path directory) throws java.io.IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")).toList();
        }
    }

    private String storedMessage(String trackingId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> ledger.rawMessage(UUID.fromString(trackingId)).isPresent());
        return jdbc.queryForObject("SELECT raw_message FROM transmittal_message WHERE tracking_id = ?", String.class,
                UUID.fromString(trackingId));
    }
}
