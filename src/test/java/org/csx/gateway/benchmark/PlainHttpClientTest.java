package org.csx.gateway.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load client's HTTP against the JDK's own HTTP server: lengths, chunks, closed connections, statuses. */
class PlainHttpClientTest {

    private HttpServer server;
    /** The client ports the server saw: one per connection. */
    private final Set<Integer> connections = ConcurrentHashMap.newKeySet();
    private final Set<String> authorizations = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fixed", exchange -> answer(exchange, 200, false, false));
        server.createContext("/chunked", exchange -> answer(exchange, 200, true, false));
        server.createContext("/close", exchange -> answer(exchange, 200, false, true));
        server.createContext("/refused", exchange -> answer(exchange, 401, false, false));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Echoes the request body after "echo:", with or without a length, closing the connection if asked. */
    private void answer(HttpExchange exchange, int status, boolean chunked, boolean close) throws IOException {
        connections.add(exchange.getRemoteAddress().getPort());
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        byte[] body = ("echo:" + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        if (close) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
        exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Posts {@code text} and expects it echoed. */
    private static void assertEchoed(PlainHttpClient client, String text) throws IOException {
        assertThat(client.post(text.getBytes(StandardCharsets.UTF_8)).body()).isEqualTo("echo:" + text);
    }

    private PlainHttpClient client(String path) {
        return new PlainHttpClient("127.0.0.1", server.getAddress().getPort(), path,
                "Content-Type: text/plain\r\nAuthorization: Basic dGVzdDp0ZXN0\r\n", 5_000);
    }

    @Test
    void keepsOneConnectionForAThreadsRequests() throws IOException {
        PlainHttpClient client = client("/fixed");
        for (int i = 0; i < 3; i++) {
            PlainHttpClient.Answer answer = client.post(("request " + i).getBytes(StandardCharsets.UTF_8));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("echo:request " + i);
        }
        assertThat(connections).hasSize(1);
        assertThat(authorizations).containsExactly("Basic dGVzdDp0ZXN0");
    }

    @Test
    void readsAChunkedAnswerAndGoesOnOnTheSameConnection() throws IOException {
        PlainHttpClient client = client("/chunked");
        String large = "x".repeat(100_000);
        assertEchoed(client, large);
        assertEchoed(client, "second");
        assertThat(connections).hasSize(1);
    }

    @Test
    void opensANewConnectionAfterTheServerClosedIt() throws IOException {
        PlainHttpClient client = client("/close");
        assertEchoed(client, "one");
        assertEchoed(client, "two");
        assertThat(connections).hasSize(2);
    }

    @Test
    void doesNotUseAConnectionIdleLongerThanAllowed() throws IOException {
        PlainHttpClient client = new PlainHttpClient("127.0.0.1", server.getAddress().getPort(), "/fixed", "", 5_000, -1);
        assertEchoed(client, "one");
        assertEchoed(client, "two");
        assertThat(connections).hasSize(2);
    }

    @Test
    void aReleasedThreadOpensANewConnection() throws IOException {
        PlainHttpClient client = client("/fixed");
        assertEchoed(client, "one");
        client.release();
        client.release(); // nothing left to close
        assertEchoed(client, "two");
        assertThat(connections).hasSize(2);
    }

    @Test
    void givesAnotherStatusAsItCame() throws IOException {
        PlainHttpClient.Answer answer = client("/refused").post("who".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).isEqualTo("echo:who");
    }

    @Test
    void failsWhenNothingListens() throws IOException {
        int port = server.getAddress().getPort();
        server.stop(0);
        PlainHttpClient client = new PlainHttpClient("127.0.0.1", port, "/fixed", "", 2_000);
        assertThatThrownBy(() -> client.post("lost".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0); // for stop()
    }
}
