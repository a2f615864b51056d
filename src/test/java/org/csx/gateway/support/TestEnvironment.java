package org.csx.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Once per test JVM: a fresh data directory (so serial numbers from an earlier run are not seen as
 * resends) and a free port for the broker's network acceptor.
 */
public final class TestEnvironment {

    public static final Path DATA_DIRECTORY = freshDataDirectory();
    public static final int BROKER_PORT = freePort();

    private TestEnvironment() {
    }

    private static Path freshDataDirectory() {
        try {
            Path root = Path.of("target", "test-data").toAbsolutePath();
            Files.createDirectories(root);
            return Files.createTempDirectory(root, "run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
