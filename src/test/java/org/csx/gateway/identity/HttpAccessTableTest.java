package org.csx.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The whole HTTP surface against every kind of caller: each endpoint Spring MVC, the actuator and CXF serve
 * (discovered, so an endpoint added without a rule here fails this test) × none, a partner, another partner, a
 * district, another district, a court and each staff role. Allowed means the security chain let the request
 * through (whatever the endpoint then answered: 200, 400, 404, a SOAP fault), refused means exactly 401 without
 * credentials and 403 with credentials that may not, both with an empty body.
 */
class HttpAccessTableTest extends GatewayTestSupport {

    enum Caller {
        NONE(null, null),
        PARTNER(CA, CA_SECRET),
        OTHER_PARTNER(TX, TX_SECRET),
        DISTRICT(ERIE_DISTRICT, ERIE_DISTRICT_SECRET),
        OTHER_DISTRICT("district-36001", "albany-test-secret"),
        COURT(GatewayTestSupport.COURT, COURT_SECRET),
        VIEWER_STAFF(VIEWER, VIEWER_SECRET),
        SPECIALIST_STAFF(SPECIALIST, SPECIALIST_SECRET),
        SUPERVISOR_STAFF("supervisor", "supervisor-test-secret"),
        ADMINISTRATOR_STAFF(ADMIN, ADMIN_SECRET);

        final String user;
        final String secret;

        Caller(String user, String secret) {
            this.user = user;
            this.secret = secret;
        }
    }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> PARTNERS = EnumSet.of(Caller.PARTNER, Caller.OTHER_PARTNER, Caller.COURT);
    private static final Set<Caller> COURTS = EnumSet.of(Caller.COURT);
    private static final Set<Caller> VIEWERS = EnumSet.of(Caller.VIEWER_STAFF, Caller.SPECIALIST_STAFF,
            Caller.SUPERVISOR_STAFF, Caller.ADMINISTRATOR_STAFF);
    private static final Set<Caller> SPECIALISTS = EnumSet.of(Caller.SPECIALIST_STAFF, Caller.SUPERVISOR_STAFF,
            Caller.ADMINISTRATOR_STAFF);
    private static final Set<Caller> ADMINISTRATORS = EnumSet.of(Caller.ADMINISTRATOR_STAFF);
    private static final Set<Caller> NOBODY = EnumSet.noneOf(Caller.class);

    /**
     * Who may call what. Keys are "METHOD pattern" as the handler mappings and CXF declare them. The document
     * content endpoint is asked for a document no district holds: districts are refused, specialists get 404.
     */
    private static final Map<String, Set<Caller>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("POST /services/exchange", PARTNERS);
        RULES.put("POST /services/documents", PARTNERS);
        RULES.put("POST /services/courts", COURTS);
        RULES.put("GET /services/exchange?wsdl", EVERYONE);
        RULES.put("GET /services/documents?wsdl", EVERYONE);
        RULES.put("GET /services/courts?wsdl", EVERYONE);
        RULES.put("GET /api/transmittals/{trackingId}", VIEWERS);
        RULES.put("GET /api/registrations", VIEWERS);
        RULES.put("GET /api/registrations/{id}", VIEWERS);
        RULES.put("GET /api/registrations/{id}/notice", VIEWERS);
        RULES.put("POST /api/cases/{trackingId}/documents", SPECIALISTS);
        RULES.put("POST /api/registrations/{id}/withdrawal", SPECIALISTS);
        RULES.put("GET /api/cases/{trackingId}/documents", VIEWERS);
        RULES.put("GET /api/deadlines", VIEWERS);
        RULES.put("GET /api/audit", ADMINISTRATORS);
        RULES.put("GET /api/documents/{sha256}", SPECIALISTS);
        // The staff console (docs/console.md): signed in by form (here HTTP Basic, which the chain also takes);
        // a stranger is sent to /login, its forms need the session's CSRF token (the test sends one).
        RULES.put("GET /login", EVERYONE);
        RULES.put("GET /console.css", EVERYONE);
        RULES.put("GET /", VIEWERS);
        RULES.put("GET /cases/{trackingId}", VIEWERS);
        RULES.put("GET /cases/{trackingId}/notice", VIEWERS);
        RULES.put("GET /cases/{trackingId}/documents/{sha256}", SPECIALISTS);
        RULES.put("GET /search", VIEWERS);
        RULES.put("GET /compliance", VIEWERS);
        RULES.put("GET /compliance.csv", VIEWERS);
        RULES.put("GET /partners", VIEWERS);
        RULES.put("POST /exceptions/{trackingId}/route", SPECIALISTS);
        RULES.put("POST /dead-letters/{id}/replay", SPECIALISTS);
        RULES.put("POST /dead-letters/{id}/close", SPECIALISTS);
        RULES.put("POST /deliveries/{id}/send-again", SPECIALISTS);
        RULES.put("POST /deliveries/{id}/close", SPECIALISTS);
        RULES.put("GET /actuator/health", EVERYONE);
        RULES.put("GET /actuator/health/**", EVERYONE);
        RULES.put("GET /actuator", ADMINISTRATORS);
        RULES.put("GET /actuator/info", ADMINISTRATORS);
        RULES.put("GET /actuator/metrics", ADMINISTRATORS);
        RULES.put("GET /actuator/metrics/{requiredMetricName}", ADMINISTRATORS);
        // Not endpoints: denied by default
        RULES.put("GET /services/", NOBODY);
        RULES.put("GET /services/exchange", NOBODY);
        RULES.put("PUT /api/registrations/{id}", NOBODY);
        RULES.put("GET /api/not-an-endpoint", NOBODY);
        RULES.put("GET /error", NOBODY);
    }

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointHasARule() {
        Set<String> served = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> {
                    Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
                            : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
                    for (String method : methods) {
                        for (String pattern : info.getPatternValues()) {
                            served.add(method + " " + pattern);
                        }
                    }
                }));
        context.getBeansOfType(CxfEndpoint.class).values().forEach(endpoint -> {
            served.add("POST /services" + endpoint.getAddress());
            served.add("GET /services" + endpoint.getAddress() + "?wsdl");
        });
        served.remove("GET /error"); // Spring's error page, reached only by the error dispatch (and in the table as denied)
        served.remove("POST /error");
        served.removeIf(s -> s.endsWith(" /error"));

        assertThat(served).as("endpoints served").hasSizeGreaterThan(15);
        assertThat(RULES.keySet()).as("every served endpoint has an access rule").containsAll(served);
    }

    @Test
    void eachCallerReachesOnlyWhatIsTheirs() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Caller>> rule : RULES.entrySet()) {
            for (Caller caller : Caller.values()) {
                HttpResponse<String> response = call(rule.getKey(), caller);
                int status = response.statusCode();
                boolean allowed = rule.getValue().contains(caller);
                boolean console = isConsole(rule.getKey());
                int refusedWith = caller == Caller.NONE ? (console ? 302 : 401) : 403;
                boolean sentToSignIn = status == 302
                        && response.headers().firstValue("Location").orElse("").endsWith("/login");
                if (allowed && (status == 401 || status == 403 || sentToSignIn)) {
                    wrong.add(rule.getKey() + " as " + caller + ": " + status + ", expected to be let through");
                } else if (!allowed && (status != refusedWith || (refusedWith == 302 && !sentToSignIn))) {
                    wrong.add(rule.getKey() + " as " + caller + ": " + status + ", expected " + refusedWith);
                } else if (!allowed && !response.body().isEmpty()) {
                    wrong.add(rule.getKey() + " as " + caller + ": the refusal has a body");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aWrongSecretAndAnUnknownNameGetTheSameAnswer() throws Exception {
        HttpResponse<String> wrongSecret = send("GET", "/api/deadlines?dueBefore=2030-01-01", basicAuth(VIEWER, "wrong"), null);
        HttpResponse<String> unknown = send("GET", "/api/deadlines?dueBefore=2030-01-01", basicAuth("nobody-here", "wrong"), null);

        assertThat(wrongSecret.statusCode()).isEqualTo(401).isEqualTo(unknown.statusCode());
        assertThat(wrongSecret.body()).isEmpty();
        assertThat(unknown.body()).isEmpty();
        assertThat(wrongSecret.headers().firstValue("WWW-Authenticate")).isEqualTo(unknown.headers().firstValue("WWW-Authenticate"));
    }

    @Test
    void repeatedFailedLoginsForOneNameAreThrottledWithoutCheckingTheSecret() throws Exception {
        String path = "/api/deadlines?dueBefore=2030-01-01";
        for (int i = 0; i < 10; i++) {
            assertThat(send("GET", path, basicAuth("throttle-probe", "guess-" + i), null).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> throttled = send("GET", path, basicAuth("throttle-probe", "guess-10"), null);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.body()).isEmpty();
        // other names from the same address are not affected
        assertThat(send("GET", path, viewerAuth(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void httpBasicCallsGetNoSessionAndTheConsoleSendsStrangersToSignIn() throws Exception {
        HttpResponse<String> api = send("GET", "/api/deadlines?dueBefore=2030-01-01", viewerAuth(), null);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Set-Cookie")).as("no session for HTTP Basic on /api").isEmpty();

        HttpResponse<String> stranger = send("GET", "/", null, null);
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aConsoleFormWithoutTheSessionsCsrfTokenIsRefusedEvenToASpecialist() throws Exception {
        HttpResponse<String> response = send("POST", "/dead-letters/1/close", specialistAuth(), "reason=x",
                "application/x-www-form-urlencoded", null);
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static boolean isConsole(String rule) {
        String path = rule.substring(rule.indexOf(' ') + 1);
        return !(path.startsWith("/services") || path.startsWith("/api/") || path.startsWith("/actuator")
                || path.equals("/error"));
    }

    /** A console form's CSRF token and the session cookie it belongs to, as a browser gets them from /login. */
    private String[] csrfTokenAndCookie() throws Exception {
        HttpResponse<String> login = send("GET", "/login", null, null);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(login.body());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        return new String[] {token.group(1), cookie};
    }

    private HttpResponse<String> call(String rule, Caller caller) throws Exception {
        String method = rule.substring(0, rule.indexOf(' '));
        String path = rule.substring(rule.indexOf(' ') + 1)
                .replace("{trackingId}", UUID.randomUUID().toString())
                .replace("/dead-letters/{id}", "/dead-letters/999999999")
                .replace("{id}", UUID.randomUUID().toString())
                .replace("{sha256}", "0".repeat(64))
                .replace("{requiredMetricName}", "jvm.memory.used")
                .replace("/**", "/liveness");
        String authorization = caller.user == null ? null : basicAuth(caller.user, caller.secret);
        if (method.equals("POST") && isConsole(rule)) {
            String[] csrf = csrfTokenAndCookie();
            return send(method, path, authorization, "district=36029&reason=access+table&_csrf="
                    + java.net.URLEncoder.encode(csrf[0], java.nio.charset.StandardCharsets.UTF_8),
                    "application/x-www-form-urlencoded", csrf[1]);
        }
        String body = null;
        if (method.equals("POST") && path.startsWith("/services/")) {
            body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body/></soap:Envelope>";
        } else if (method.equals("POST") || method.equals("PUT")) {
            body = "{}";
        }
        return send(method, path, authorization, body);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        return send(method, path, authorization, body,
                path.startsWith("/services/") ? "text/xml; charset=UTF-8" : "application/json", null);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body, String contentType,
                                      String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
