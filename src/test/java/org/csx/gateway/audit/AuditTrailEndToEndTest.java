package org.csx.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/**
 * Every read of personal data through the API leaves a row in the append-only audit trail (who, what, when, why),
 * which administrators query at /api/audit.
 */
class AuditTrailEndToEndTest extends GatewayTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyPersonalDataEndpointRecordsWhoReadWhatWhenAndWhy() throws Exception {
        String trackingId = submit(CA, CA_SECRET, example("lo1-request.xml")).getTrackingId();
        String registration = UUID.randomUUID().toString();
        String sha256 = "ab".repeat(32);
        Instant before = Instant.now().minusSeconds(1);

        get("/api/transmittals/" + trackingId, Map.of("X-Purpose", "case review 4711"));
        get("/api/registrations/" + registration + "?purpose=court-follow-up", Map.of());
        get("/api/registrations/" + registration + "/notice", Map.of("X-Purpose", "notice check"));
        get("/api/registrations?lastName=ZZAUDIT&purpose=search", Map.of());
        get("/api/cases/" + trackingId + "/documents", Map.of("X-Purpose", "completeness"));
        get("/api/documents/" + sha256, Map.of());

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT actor, action, subject_kind, subject_id, purpose, occurred_at FROM personal_data_access "
                        + "WHERE subject_id IN (?, ?, ?, ?) ORDER BY id", trackingId, registration, sha256,
                "search:lastName=ZZAUDIT");
        assertThat(rows).extracting(r -> r.get("action") + " " + r.get("subject_id") + " " + r.get("purpose"))
                .containsExactly(
                        "GET /api/transmittals/{trackingId} " + trackingId + " case review 4711",
                        "GET /api/registrations/{id} " + registration + " court-follow-up",
                        "GET /api/registrations/{id}/notice " + registration + " notice check",
                        "GET /api/registrations search:lastName=ZZAUDIT search",
                        "GET /api/cases/{trackingId}/documents " + trackingId + " completeness",
                        "GET /api/documents/{sha256} " + sha256 + " null");
        assertThat(rows).extracting(r -> r.get("actor")).containsOnly(SPECIALIST);
        assertThat(rows).extracting(r -> r.get("subject_kind"))
                .containsExactly("transmittal", "registration", "registration", "registration", "case", "document");
        assertThat(rows).extracting(r -> ((java.sql.Timestamp) r.get("occurred_at")).toInstant())
                .allMatch(t -> t.isAfter(before) && t.isBefore(Instant.now().plusSeconds(1)));
    }

    @Test
    void writesAndEndpointsWithoutPersonalDataAreNotRecordedAsReads() throws Exception {
        String registration = UUID.randomUUID().toString();
        http.send(HttpRequest.newBuilder(URI.create(base() + "/api/registrations/" + registration + "/withdrawal"))
                .header("Authorization", specialistAuth())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        get("/api/deadlines?dueBefore=2030-01-01", Map.of());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM personal_data_access WHERE subject_id = ?", Integer.class,
                registration)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM personal_data_access WHERE action LIKE '%deadlines%'",
                Integer.class)).isZero();
    }

    @Test
    void theTrailIsAppendOnly() {
        jdbc.update("INSERT INTO personal_data_access (occurred_at, actor, action, subject_kind, subject_id) "
                + "VALUES (now(), 'tester', 'GET /x', 'other', 'append-only-check')");

        assertThatThrownBy(() -> jdbc.update("UPDATE personal_data_access SET actor = 'someone else' WHERE subject_id = 'append-only-check'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM personal_data_access WHERE subject_id = 'append-only-check'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE personal_data_access"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT actor FROM personal_data_access WHERE subject_id = 'append-only-check'",
                String.class)).isEqualTo("tester");
    }

    @Test
    void administratorsQueryTheTrailByActorSubjectAndTime() throws Exception {
        String trackingId = submit(TX, TX_SECRET, example("est-request.xml")).getTrackingId();
        get("/api/transmittals/" + trackingId, Map.of("X-Purpose", "first look"));
        get("/api/transmittals/" + trackingId, Map.of("X-Purpose", "second look"));
        String now = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString();
        String hourAgo = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS).toString();

        JsonNode bySubject = json.readTree(get("/api/audit?subject=" + trackingId + "&actor=" + SPECIALIST + "&from="
                + enc(hourAgo) + "&to=" + enc(now), Map.of()).body());
        assertThat(bySubject).hasSize(2);
        assertThat(bySubject.get(0).get("purpose").asText()).isEqualTo("second look");
        assertThat(bySubject.get(1).get("purpose").asText()).isEqualTo("first look");
        assertThat(bySubject.get(0).get("action").asText()).isEqualTo("GET /api/transmittals/{trackingId}");

        assertThat(json.readTree(get("/api/audit?subject=" + trackingId + "&to=" + enc(hourAgo), Map.of()).body())).isEmpty();
        assertThat(json.readTree(get("/api/audit?subject=" + trackingId + "&actor=nobody", Map.of()).body())).isEmpty();
        assertThat(get("/api/audit?from=yesterday", Map.of()).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        // staff read personal data as a specialist; the trail itself is for administrators
        request.header("Authorization", path.startsWith("/api/audit") ? basicAuth(ADMIN, ADMIN_SECRET) : specialistAuth());
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
