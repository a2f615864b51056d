package org.csx.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production staff sign in to the console through the registry's identity provider (OpenID Connect, authorization
 * code flow), with their roles from the same claim as the API's tokens. The provider is a small one inside this
 * test (the JDK's HTTP server: discovery, JWKS, the authorization redirect, the token endpoint signing ID tokens
 * with a test RSA key); the gateway is a whole one of its own (own data directory, broker and port) started with
 * the production-style settings pointing at it. Each sign-in goes the way a browser goes: every redirect followed by
 * hand, with the session cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsoleOidcSignInTest {

    private static final String CLIENT_ID = "csx-console";
    private static final String CLIENT_SECRET = "console-test-client-secret";
    private static final Provider PROVIDER = new Provider();

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data").toAbsolutePath()), "oidc-");
        registry.add("csx.console.oidc.issuer-uri", PROVIDER::issuer);
        registry.add("csx.console.oidc.client-id", () -> CLIENT_ID);
        registry.add("csx.console.oidc.client-secret", () -> CLIENT_SECRET);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", PROVIDER::issuer);
        registry.add("csx.broker.url", () -> "vm://8"); // its own in-VM broker beside the shared test gateway's
        registry.add("csx.embedded.data-directory", data::toString);
        registry.add("csx.embedded.broker.acceptor-port", ConsoleOidcSignInTest::freePort);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.server.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSpecialistSignsInThroughTheIdentityProviderAndActsUnderTheirOwnName() throws Exception {
        HttpClient browser = signIn(Map.of("sub", "f3a9c2d1", "preferred_username", "maria.oidc", "roles", List.of("specialist")));
        String home = get(browser, "/").body();
        assertThat(home).contains("id=\"signed-in-as\">maria.oidc</span>");

        long letter = openDeadLetter();
        HttpResponse<String> closed = post(browser, "/dead-letters/" + letter + "/close", "reason=sent+again+by+hand", home);
        assertThat(closed.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT status || ' ' || resolved_by FROM dead_letter WHERE id = ?", String.class, letter))
                .isEqualTo("CLOSED maria.oidc");
        assertThat(jdbc.queryForObject("SELECT actor FROM staff_action WHERE action = 'CLOSE_DEAD_LETTER' AND subject_id = ?",
                String.class, String.valueOf(letter))).isEqualTo("maria.oidc");
    }

    @Test
    void aViewerSignsInAndReadsButCannotAct() throws Exception {
        HttpClient browser = signIn(Map.of("sub", "0b7e4411", "preferred_username", "victor.oidc", "roles", List.of("VIEWER")));
        String home = get(browser, "/").body();
        assertThat(home).contains("victor.oidc (read only)");
        assertThat(get(browser, "/compliance").statusCode()).isEqualTo(200);

        long letter = openDeadLetter();
        assertThat(post(browser, "/dead-letters/" + letter + "/close", "reason=not+mine", home).statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT status FROM dead_letter WHERE id = ?", String.class, letter)).isEqualTo("OPEN");
    }

    @Test
    void aTokenWithoutARoleGetsNoAccess() throws Exception {
        for (Map<String, Object> claims : List.<Map<String, Object>>of(
                Map.of("sub", "77aa01", "preferred_username", "nobody.oidc"),
                Map.of("sub", "77aa02", "preferred_username", "janitor.oidc", "roles", List.of("janitor")))) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> back = throughTheProvider(browser, claims);
            assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/login?no-role");
            HttpResponse<String> home = get(browser, "/");
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
    }

    @Test
    void theSignInPageOffersTheIdentityProvider() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(get(browser, "/login").body()).contains("id=\"sign-in-oidc\" href=\"/oauth2/authorization/staff\"");
    }

    /** The authorization code flow as a browser follows it; answers the gateway's last redirect. */
    private HttpClient signIn(Map<String, Object> claims) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> back = throughTheProvider(browser, claims);
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElseThrow()).isIn("/", "http://localhost:" + port + "/");
        return browser;
    }

    private HttpResponse<String> throughTheProvider(HttpClient browser, Map<String, Object> claims) throws Exception {
        HttpResponse<String> toProvider = get(browser, "/oauth2/authorization/staff");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(PROVIDER.issuer() + "/authorize?");
        PROVIDER.next = claims;
        HttpResponse<String> toGateway = browser.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(toGateway.statusCode()).isEqualTo(302);
        String callback = toGateway.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith("http://localhost:" + port + "/login/oauth2/code/staff?");
        return browser.send(HttpRequest.newBuilder(URI.create(callback)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long openDeadLetter() {
        return jdbc.queryForObject("""
                INSERT INTO dead_letter (message_key, problem, failed_route, cause, failed_at)
                VALUES (?, 'MALFORMED', 'intake', 'not XML', now()) RETURNING id""", Long.class,
                "oidc-test-" + UUID.randomUUID());
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A console form posted with the CSRF token of the page it is on. */
    private HttpResponse<String> post(HttpClient browser, String path, String form, String page) throws Exception {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The identity provider: discovery, its signing key, the authorization endpoint (signs in whoever the test says
     * comes next, and sends the browser back with a code) and the token endpoint (the code for an ID token, once).
     */
    static final class Provider {

        final HttpServer server;
        final RSAKey key;
        final Map<String, Map<String, Object>> codes = new ConcurrentHashMap<>();
        volatile Map<String, Object> next;

        Provider() {
            try {
                key = new RSAKeyGenerator(2048).keyID("test-key").generate();
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/.well-known/openid-configuration", x -> json(x, 200, """
                    {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                     "jwks_uri": "%1$s/jwks", "response_types_supported": ["code"], "subject_types_supported": ["public"],
                     "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid", "profile"],
                     "token_endpoint_auth_methods_supported": ["client_secret_basic"]}""".formatted(issuer())));
            server.createContext("/jwks", x -> json(x, 200, new JWKSet(key.toPublicJWK()).toString()));
            server.createContext("/authorize", this::authorize);
            server.createContext("/token", this::token);
            server.start();
        }

        String issuer() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void authorize(HttpExchange x) throws IOException {
            Map<String, String> query = form(x.getRequestURI().getRawQuery());
            if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
                json(x, 400, "{\"error\": \"invalid_request\"}");
                return;
            }
            String code = UUID.randomUUID().toString();
            Map<String, Object> claims = new LinkedHashMap<>(next);
            claims.put("nonce", query.get("nonce"));
            codes.put(code, claims);
            x.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                    + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
            x.sendResponseHeaders(302, -1);
            x.close();
        }

        private void token(HttpExchange x) throws IOException {
            String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
            Map<String, String> form = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Map<String, Object> claims = codes.remove(String.valueOf(form.get("code")));
            if (!basic.equals(x.getRequestHeaders().getFirst("Authorization")) || claims == null
                    || !"authorization_code".equals(form.get("grant_type"))) {
                json(x, 400, "{\"error\": \"invalid_grant\"}");
                return;
            }
            try {
                Instant now = Instant.now();
                JWTClaimsSet.Builder id = new JWTClaimsSet.Builder().issuer(issuer()).audience(CLIENT_ID)
                        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
                claims.forEach(id::claim);
                SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                        id.build());
                token.sign(new RSASSASigner(key));
                json(x, 200, "{\"access_token\": \"" + UUID.randomUUID() + "\", \"token_type\": \"Bearer\", "
                        + "\"expires_in\": 300, \"scope\": \"openid profile\", \"id_token\": \"" + token.serialize() + "\"}");
            } catch (Exception e) {
                json(x, 500, "{\"error\": \"server_error\"}");
            }
        }

        private static Map<String, String> form(String encoded) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String pair : encoded == null ? new String[0] : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return values;
        }

        private static void json(HttpExchange x, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(status, bytes.length);
            x.getResponseBody().write(bytes);
            x.close();
        }
    }
}
