package org.csx.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Partners with TLS client certificates: the gateway serves HTTPS with a key store and trusts the client
 * certificates in its trust store (server.ssl.*, docs/security.md); each certificate's subject maps to exactly
 * one partner (csx.partners[].certificate-subject). Certificates are generated with the JDK's keytool. A gateway
 * of its own (HTTPS, its own broker port and data directory) beside the one the other end-to-end tests share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PartnerCertificateTest {

    private static final String PASSWORD = "test-store-secret";
    private static final Path DIRECTORY = directory();
    private static final int BROKER_PORT = freePort();

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) throws Exception {
        Path server = DIRECTORY.resolve("server.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=localhost", "-ext",
                "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-keystore", server.toString());
        for (String[] partner : List.of(new String[] {"ca", "CN=ca-dcss, O=California DCSS, C=US"},
                new String[] {"tx", "CN=tx-oag, O=Texas OAG, C=US"}, new String[] {"stranger", "CN=stranger, O=Nobody, C=US"})) {
            Path store = DIRECTORY.resolve(partner[0] + ".p12");
            keytool("-genkeypair", "-alias", partner[0], "-keyalg", "EC", "-dname", partner[1], "-validity", "2",
                    "-keystore", store.toString());
            keytool("-exportcert", "-alias", partner[0], "-keystore", store.toString(),
                    "-file", DIRECTORY.resolve(partner[0] + ".cer").toString());
            keytool("-importcert", "-noprompt", "-alias", partner[0], "-file", DIRECTORY.resolve(partner[0] + ".cer").toString(),
                    "-keystore", DIRECTORY.resolve("partners-trust.p12").toString());
        }
        keytool("-exportcert", "-alias", "server", "-keystore", server.toString(), "-file", DIRECTORY.resolve("server.cer").toString());
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", DIRECTORY.resolve("server.cer").toString(),
                "-keystore", DIRECTORY.resolve("client-trust.p12").toString());

        registry.add("server.ssl.enabled", () -> "true");
        registry.add("server.ssl.key-store", server::toString);
        registry.add("server.ssl.key-store-password", () -> PASSWORD);
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
        registry.add("server.ssl.trust-store", () -> DIRECTORY.resolve("partners-trust.p12").toString());
        registry.add("server.ssl.trust-store-password", () -> PASSWORD);
        registry.add("server.ssl.trust-store-type", () -> "PKCS12");
        registry.add("server.ssl.client-auth", () -> "want");
        // optional client certificates need TLS 1.2 with Tomcat on JSSE (no TLS 1.3 post-handshake authentication)
        registry.add("server.ssl.enabled-protocols", () -> "TLSv1.2");
        registry.add("csx.broker.url", () -> "vm://7"); // its own in-VM broker beside the shared test gateway's
        registry.add("csx.embedded.data-directory", () -> DIRECTORY.resolve("data").toString());
        registry.add("csx.embedded.broker.acceptor-port", () -> BROKER_PORT);
    }

    @LocalServerPort
    int port;

    @Test
    void aPartnersCertificateAloneAuthenticatesIt() throws Exception {
        HttpResponse<String> response = post(client("ca"), "/services/exchange", transmittal("lo1-request.xml"), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("TrackingId");
    }

    @Test
    void aPartnersCertificateCannotActAsAnotherPartner() throws Exception {
        // with the other partner's (valid) password
        HttpResponse<String> withOthersPassword = post(client("ca"), "/services/exchange", transmittal("lo1-request.xml"),
                basic("tx-oag", "tx-test-secret"));
        assertThat(withOthersPassword.statusCode()).isEqualTo(401);
        assertThat(withOthersPassword.body()).isEmpty();

        // sending as the other partner's state: refused by the sender check, nothing stored
        HttpResponse<String> asTexas = post(client("ca"), "/services/exchange", transmittal("est-request.xml"), null);
        assertThat(asTexas.statusCode()).isEqualTo(500);
        assertThat(asTexas.body()).contains("SENDER_NOT_AUTHORIZED");

        // and it opens no staff door
        HttpResponse<String> api = http(client("ca")).send(HttpRequest.newBuilder(URI.create(base() + "/api/deadlines?dueBefore=2030-01-01"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(403);
    }

    @Test
    void aCertificateNoPartnerIsConfiguredWithAuthenticatesNobody() throws Exception {
        assertThat(post(client("stranger"), "/services/exchange", transmittal("lo1-request.xml"), null).statusCode()).isEqualTo(401);
        assertThat(post(null, "/services/exchange", transmittal("lo1-request.xml"), null).statusCode()).isEqualTo(401);
        // without a certificate, HTTP Basic still works over TLS
        assertThat(post(null, "/services/exchange", transmittal("lo1-request.xml"), basic("ca-dcss", "ca-test-secret")).statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> post(SSLContext tls, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http(tls).send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient http(SSLContext tls) throws Exception {
        return HttpClient.newBuilder().sslContext(tls == null ? client(null) : tls).build();
    }

    private String base() {
        return "https://localhost:" + port;
    }

    /** TLS trusting the gateway's certificate, presenting the named partner's certificate (none for null). */
    private static SSLContext client(String partner) throws Exception {
        KeyStore trust = load(DIRECTORY.resolve("client-trust.p12"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(partner == null ? null : load(DIRECTORY.resolve(partner + ".p12")), PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(partner == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(Path path) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static String transmittal(String example) throws IOException {
        try (InputStream in = PartnerCertificateTest.class.getResourceAsStream("/examples/" + example)) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>\\s*", "")
                    .replaceFirst("<TransactionSerialNumber>[0-9]*</TransactionSerialNumber>",
                            "<TransactionSerialNumber>" + String.format("%012d", System.nanoTime() % 1_000_000_000_000L)
                                    + "</TransactionSerialNumber>");
            return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + xml
                    + "</soap:Body></soap:Envelope>";
        }
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", PASSWORD, "-storetype", "PKCS12"));
        if (List.of(args).contains("-genkeypair")) {
            command.addAll(List.of("-keypass", PASSWORD));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool " + String.join(" ", args) + ": " + output);
        }
    }

    private static Path directory() {
        try {
            Path root = Path.of("target", "test-data").toAbsolutePath();
            Files.createDirectories(root);
            return Files.createTempDirectory(root, "tls-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
