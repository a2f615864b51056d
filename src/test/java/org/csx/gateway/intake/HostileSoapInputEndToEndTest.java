package org.csx.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile messages on the documents and courts services, over HTTP through the real stack: a DOCTYPE, an external
 * entity, entity expansion, a message over the size limit, or one the schema does not allow each get a SOAP fault
 * with a code, no exception text or stack trace, and nothing is stored or changed.
 */
class HostileSoapInputEndToEndTest extends GatewayTestSupport {

    private static final String COURT = "court-36047";
    private static final String COURT_SECRET = "court-test-secret";
    private static final String XXE = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    private static final String LAUGHS = "<!DOCTYPE x [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>";

    private String trackingId;

    @BeforeEach
    void aCaseToSendDocumentsFor() {
        trackingId = submit(TX, TX_SECRET, example("est-request.xml")).getTrackingId();
        awaitStatus(trackingId, TransmittalStatus.ACKNOWLEDGED);
    }

    // ----- /services/documents -----

    @Test
    void documentsWithAnExternalEntityAreRefusedAndNothingIsStored() throws Exception {
        assertRefusedDocuments(XXE + envelope(submitDocuments("&xxe;", pdf())), "MALFORMED_MESSAGE");
    }

    @Test
    void documentsWithEntityExpansionAreRefused() throws Exception {
        HttpResponse<String> response = assertRefusedDocuments(LAUGHS + envelope(submitDocuments("&lol4;", pdf())),
                "MALFORMED_MESSAGE");
        assertThat(response.body()).doesNotContain("lollol");
    }

    @Test
    void documentsWithAnyDoctypeAreRefused() throws Exception {
        assertRefusedDocuments("<!DOCTYPE soap:Envelope>" + envelope(submitDocuments("harmless.pdf", pdf())),
                "MALFORMED_MESSAGE");
    }

    @Test
    void documentsTheSchemaDoesNotAllowAreRefused() throws Exception {
        String unexpected = submitDocuments("x.pdf", pdf()).replace("</Document>", "<Smuggled>yes</Smuggled></Document>");
        assertRefusedDocuments(envelope(unexpected), "MALFORMED_MESSAGE");
        String wrongType = submitDocuments("x.pdf", pdf()).replace("GENERAL_TESTIMONY", "NOT_A_TYPE");
        assertRefusedDocuments(envelope(wrongType), "MALFORMED_MESSAGE");
    }

    @Test
    void documentsOverTheSizeLimitAreRefusedWhileBeingRead() throws Exception {
        // 130 MB streamed without a length (never held in memory): over csx.documents.max-message-bytes (120 MB)
        // and over the parser's text limit; the gateway stops reading and answers with a fault (or drops the
        // connection once it has answered), and stores nothing.
        byte[] head = ("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + submitDocuments("big.pdf", pdf()).replace("<FileName>big.pdf", "<FileName>big.pdf")
                        .replace("</SubmitDocuments>", "")).getBytes(StandardCharsets.UTF_8);
        long total = 130L * 1024 * 1024;
        java.io.InputStream endless = new java.io.InputStream() {
            long sent;
            public int read() {
                return sent >= total ? -1 : (int) (sent < head.length ? head[(int) sent++] : (sent++ % 64 == 0 ? '\n' : ' '));
            }
            public int read(byte[] b, int off, int len) {
                if (sent >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - sent);
                for (int k = 0; k < n; k++) {
                    b[off + k] = (byte) read();
                }
                return n;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/services/documents"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:csx:exchange-service:1:SubmitDocuments\"")
                .header("Authorization", basic(TX, TX_SECRET))
                .timeout(java.time.Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("IntakeFault").containsAnyOf("MESSAGE_TOO_LARGE", "MALFORMED_MESSAGE");
            assertNoLeak(response.body());
        } catch (java.io.IOException connectionDropped) {
            // refused: the gateway closed the connection after its answer instead of reading 130 MB
        }
        assertNothingStored();
    }

    // ----- /services/courts -----

    @Test
    void aCourtAnswerWithAnExternalEntityIsRefusedAndChangesNothing() throws Exception {
        String reference = "xxe-" + UUID.randomUUID();
        assertRefusedCourtAnswer(XXE + envelope(courtAnswer(reference, "&xxe;")), reference);
    }

    @Test
    void aCourtAnswerWithEntityExpansionIsRefused() throws Exception {
        String reference = "laughs-" + UUID.randomUUID();
        HttpResponse<String> response = assertRefusedCourtAnswer(LAUGHS + envelope(courtAnswer(reference, "&lol4;")), reference);
        assertThat(response.body()).doesNotContain("lollol");
    }

    @Test
    void aCourtAnswerWithADoctypeIsRefused() throws Exception {
        String reference = "doctype-" + UUID.randomUUID();
        assertRefusedCourtAnswer("<!DOCTYPE soap:Envelope>" + envelope(courtAnswer(reference, "D-1")), reference);
    }

    @Test
    void aCourtAnswerTheSchemaDoesNotAllowIsRefused() throws Exception {
        String reference = "schema-" + UUID.randomUUID();
        assertRefusedCourtAnswer(envelope(courtAnswer(reference, "D-1").replace("</CourtAnswer>",
                "<Smuggled>yes</Smuggled></CourtAnswer>")), reference);
        assertRefusedCourtAnswer(envelope(courtAnswer(reference, "D-1").replace("FILED", "WHATEVER")), reference);
    }

    @Test
    void aCourtAnswerOverTheSizeLimitIsRefused() throws Exception {
        String reference = "large-" + UUID.randomUUID();
        String large = envelope(courtAnswer(reference, "D-" + "9".repeat(70 * 1024)));
        HttpResponse<String> response = post("/services/courts", COURT, COURT_SECRET, large,
                "urn:csx:courts-service:1:SubmitCourtAnswer");
        assertThat(response.statusCode()).isEqualTo(500);
        assertNoLeak(response.body());
        assertThat(response.body()).contains("CourtAnswerFault").containsAnyOf("MESSAGE_TOO_LARGE", "INVALID_ANSWER");
        assertThat(refusalsFor(reference)).isZero();
    }

    // ----- helpers -----

    private HttpResponse<String> assertRefusedDocuments(String body, String code) throws Exception {
        HttpResponse<String> response = post("/services/documents", TX, TX_SECRET, body,
                "urn:csx:exchange-service:1:SubmitDocuments");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault", "IntakeFault", code);
        assertNoLeak(response.body());
        assertNothingStored();
        return response;
    }

    private HttpResponse<String> assertRefusedCourtAnswer(String body, String reference) throws Exception {
        HttpResponse<String> response = post("/services/courts", COURT, COURT_SECRET, body,
                "urn:csx:courts-service:1:SubmitCourtAnswer");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault", "CourtAnswerFault", "INVALID_ANSWER");
        assertNoLeak(response.body());
        assertThat(refusalsFor(reference)).as("nothing recorded for an answer that was never read").isZero();
        return response;
    }

    private static void assertNoLeak(String body) {
        assertThat(body).doesNotContain("root:", "Exception", "exception", "\tat ", "at org.", "at java.",
                "Woodstox", "wstx", "cvc-", "Undeclared", "DTD", "stackTrace");
    }

    private void assertNothingStored() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_document WHERE tracking_id = ?", Integer.class,
                UUID.fromString(trackingId))).isZero();
    }

    private int refusalsFor(String reference) {
        return jdbc.queryForObject("SELECT count(*) FROM registration_refusal WHERE registration_ref = ?",
                Integer.class, reference);
    }

    private String submitDocuments(String fileName, String content) {
        return "<SubmitDocuments xmlns=\"urn:csx:exchange:1\"><TrackingId>" + trackingId + "</TrackingId><Document>"
                + "<DocumentType>GENERAL_TESTIMONY</DocumentType><FileName>" + fileName + "</FileName>"
                + "<MediaType>application/pdf</MediaType><Content>" + content + "</Content></Document></SubmitDocuments>";
    }

    private static String courtAnswer(String reference, String docket) {
        return "<CourtAnswer xmlns=\"urn:csx:registration:1\"><RegistrationId>" + reference + "</RegistrationId>"
                + "<Answer>FILED</Answer><DocketNumber>" + docket + "</DocketNumber></CourtAnswer>";
    }

    private static String pdf() {
        return Base64.getEncoder().encodeToString("%PDF-1.7\n% hostile test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + body
                + "</soap:Body></soap:Envelope>";
    }

    private HttpResponse<String> post(String path, String user, String secret, String body, String action) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + action + "\"")
                .header("Authorization", basic(user, secret))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
