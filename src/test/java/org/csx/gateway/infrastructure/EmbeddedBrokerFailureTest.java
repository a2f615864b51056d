package org.csx.gateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.csx.gateway.CsxGatewayApplication;
import org.csx.gateway.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A gateway whose embedded broker stops itself on a critical IO error stops too, in order, and asks for exit status 74
 * (EmbeddedBrokerFailure), rather than giving receipts it can never forward and hanging when told to stop. A gateway of
 * its own in this JVM (its own data directory, in-VM broker id 3, ports), the IO error raised the way the journal
 * raises it. The real disk filling up under load, with nothing lost: src/test/scripts/faults/broker-disk-full.sh.
 */
class EmbeddedBrokerFailureTest {

    @Test
    void aCriticalIoErrorOfTheEmbeddedBrokerStopsTheGatewayWithExitStatus74() throws Exception {
        Path data = Files.createTempDirectory(TestEnvironment.DATA_DIRECTORY, "broker-failure-");
        BlockingQueue<Integer> exits = new LinkedBlockingQueue<>();
        ConfigurableApplicationContext gateway = new SpringApplicationBuilder(CsxGatewayApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("processExit",
                        (EmbeddedBrokerFailure.ProcessExit) exits::add))
                .run("--spring.profiles.active=test", "--server.port=0", "--server.address=127.0.0.1",
                        "--csx.embedded.data-directory=" + data, "--csx.broker.url=vm://3",
                        "--csx.embedded.broker.acceptor-host=127.0.0.1",
                        "--csx.embedded.broker.acceptor-port=" + freePort());
        try {
            ActiveMQServer broker = gateway.getBean(EmbeddedActiveMQ.class).getActiveMQServer();
            assertThat(broker.isStarted()).isTrue();
            assertThat(data.resolve("postgres/postmaster.pid")).exists();

            broker.getIoCriticalErrorListener().onIOException(
                    new IOException("No space left on device"), "No space left on device", "activemq-data-9.amq");

            await().atMost(Duration.ofSeconds(90)).until(() -> !exits.isEmpty());
            assertThat(exits).containsExactly(EmbeddedBrokerFailure.EXIT_STATUS);
            assertThat(gateway.isActive()).as("the gateway's context closed before the exit").isFalse();
            assertThat(broker.isStarted()).isFalse();
            // its PostgreSQL stopped with it: a service manager's restart finds the data directory free
            assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
        } finally {
            if (gateway.isActive()) {
                gateway.close();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
