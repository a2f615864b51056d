package org.csx.gateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In the running gateway, the work nobody waits for on the line (the intake queue's consumers, the intake queuer, the
 * outbox relay, partner delivery) runs below the HTTP threads that answer partners, as the operating system sees it:
 * each thread's nice value read from /proc (the JVM names a native thread by the first 15 characters of its Java
 * name).
 */
class BackgroundThreadsTest extends GatewayTestSupport {

    @Autowired
    BackgroundPriorityCheck check;

    @Test
    void processingTheQueuerAndTheRelayRunBelowTheRequestThreads() throws IOException {
        // one transmittal through, so every HTTP and processing thread has been started and used
        String id = submit(TX, TX_SECRET, withSerial(example("est-request.xml"), nextSerial())).getTrackingId();
        receive("district.36029.inbound", id);

        // every gateway this test JVM runs (the suite caches a context per configuration): each its own threads
        Map<String, List<Integer>> niceByName = niceOfEveryThreadByName();
        assertThat(niceByName.get("intake-consumer")).as("intake consumers").isNotEmpty().containsOnly(10);
        assertThat(niceByName.get("intake-queuer")).isNotEmpty().containsOnly(10);
        assertThat(niceByName.get("outbox-relay")).isNotEmpty().containsOnly(10);
        assertThat(niceByName.get("partner-deliver")).as("partner-delivery-N").isNotEmpty().containsOnly(10);
        List<Integer> httpThreads = niceByName.entrySet().stream()
                .filter(e -> e.getKey().startsWith("http-nio-"))
                .flatMap(e -> e.getValue().stream())
                .toList();
        assertThat(httpThreads).isNotEmpty().containsOnly(0);
        assertThat(check.measured().backgroundYields()).isTrue();
    }

    private static Map<String, List<Integer>> niceOfEveryThreadByName() throws IOException {
        List<Map.Entry<String, Integer>> threads = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    OptionalInt nice = BackgroundPriorityCheck.nice(Files.readString(task.resolve("stat")));
                    nice.ifPresent(n -> threads.add(Map.entry(name, n)));
                } catch (IOException gone) {
                    // a thread that ended while listed
                }
            }
        }
        return threads.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
