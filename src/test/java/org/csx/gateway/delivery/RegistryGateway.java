package org.csx.gateway.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csx.gateway.CsxGatewayApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One registry's whole gateway, started in this JVM as its own Spring Boot application (SpringApplicationBuilder):
 * its own data directory, embedded PostgreSQL, embedded Artemis (its own in-VM server id and network acceptor port)
 * and HTTP port. The ports and the data directory are chosen once, so a gateway stopped and started again comes back
 * where its peer expects it, with its database and broker journal as it left them.
 */
final class RegistryGateway implements AutoCloseable {

    private final String profile;
    private final Path dataDirectory;
    private final int httpPort = freePort();
    private final int brokerPort = freePort();
    private final int inVmId;
    private String peerEndpoint;
    private Path peerCredentials;
    private volatile ConfigurableApplicationContext context;

    /**
     * @param profile the registry's profile (application-registry-ny.yml / -nd.yml), beside two-registries
     * @param inVmId  the in-VM broker id: every gateway in a JVM needs its own (the shared test gateway has 0)
     */
    RegistryGateway(Path root, String profile, int inVmId) {
        this.profile = profile;
        this.inVmId = inVmId;
        this.dataDirectory = root.resolve(profile);
    }

    /** Where this gateway pushes its messages for the other registry, and the file holding the login it uses there. */
    void peer(String endpoint, Path credentials) {
        this.peerEndpoint = endpoint;
        this.peerCredentials = credentials;
    }

    String exchangeUrl() {
        return "http://127.0.0.1:" + httpPort + "/services/exchange";
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    synchronized void start() {
        if (context != null) {
            return;
        }
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("spring.profiles.active", "two-registries," + profile);
        p.put("server.port", httpPort);
        p.put("server.address", "127.0.0.1");
        p.put("csx.embedded.data-directory", dataDirectory);
        p.put("csx.embedded.broker.acceptor-host", "127.0.0.1");
        p.put("csx.embedded.broker.acceptor-port", brokerPort);
        p.put("csx.broker.url", "vm://" + inVmId);
        p.put("twogw.peer-endpoint", peerEndpoint);
        p.put("twogw.peer-credentials", peerCredentials);
        // command-line arguments: above application.yml, which default properties would lose to
        List<String> arguments = new ArrayList<>();
        p.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        context = new SpringApplicationBuilder(CsxGatewayApplication.class).run(arguments.toArray(String[]::new));
    }

    /** Stops it as an operator would: the web server, routes, workers, broker and database go down in order. */
    synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    boolean isRunning() {
        return context != null;
    }

    /** This gateway's own database (while it runs). */
    JdbcTemplate jdbc() {
        ConfigurableApplicationContext c = context;
        if (c == null) {
            throw new IllegalStateException(profile + " is stopped");
        }
        return c.getBean(JdbcTemplate.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
