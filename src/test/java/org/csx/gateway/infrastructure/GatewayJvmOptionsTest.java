package org.csx.gateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gateway's JVM options (the collector, C2 without tiered compilation, thread priorities: docs/performance.md)
 * are one set: the pom's {@code spring-boot:run} arguments, and every place that starts a gateway by hand (the
 * README's production command, the fault and scale-out scripts, the benchmarks and their documented commands) uses
 * the same, so a figure measured is a figure of the gateway as it is run.
 */
class GatewayJvmOptionsTest {

    private static final Pattern JVM_ARGUMENTS = Pattern.compile("<jvmArguments>([^<]+)</jvmArguments>");

    static String pomOptions() throws IOException {
        Matcher m = JVM_ARGUMENTS.matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("spring-boot-maven-plugin's jvmArguments in pom.xml").isTrue();
        return m.group(1).strip();
    }

    /** Linux nice 10 for the lowest Java priority; the JVM's own threads (priorities 8-10) stay at nice 0. */
    static final List<String> THREAD_PRIORITIES = List.of("-XX:ThreadPriorityPolicy=1",
            "-XX:JavaPriority1_To_OSPriority=10", "-XX:JavaPriority8_To_OSPriority=0",
            "-XX:JavaPriority9_To_OSPriority=0", "-XX:JavaPriority10_To_OSPriority=0");

    @Test
    void thePomRunsTheParallelCollectorAndC2WithoutTieredCompilationAndProcessingBelowRequests() throws IOException {
        List<String> expected = new ArrayList<>(List.of("-XX:+UseParallelGC", "-XX:-TieredCompilation"));
        expected.addAll(THREAD_PRIORITIES);
        assertThat(pomOptions().split("\\s+")).containsExactlyElementsOf(expected);
        // spring-boot:run's optimized launch adds -XX:TieredStopAtLevel=1 (C1 only) unless switched off
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<optimizedLaunch>false</optimizedLaunch>");
    }

    /** The tests' JVM has the gateway's thread priorities (BackgroundThreadsTest reads them from /proc). */
    @Test
    void theTestsRunWithTheGatewaysThreadPriorities() throws IOException {
        Matcher m = Pattern.compile("<argLine>([^<]+)</argLine>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("surefire's argLine in pom.xml").isTrue();
        assertThat(m.group(1).strip().split("\\s+")).containsExactlyElementsOf(THREAD_PRIORITIES);
    }

    /** The README's production command, and every script or document that starts a gateway by hand. */
    static List<String> filesThatStartAGateway() {
        return List.of("README.md", "docs/csenet.md", "src/test/scripts/faults/lib.sh",
                "src/test/scripts/benchmarks/csenet-ab.sh", "src/test/scripts/benchmarks/csenet-pair.sh",
                "src/test/scripts/benchmarks/security-cost.sh", "src/test/scripts/benchmarks/soap-ab.sh");
    }

    /** Every line of the file that starts a gateway JVM (it names the collector) carries the pom's options. */
    @ParameterizedTest
    @MethodSource("filesThatStartAGateway")
    void everyGatewayStartUsesThePomsOptions(String file) throws IOException {
        String options = pomOptions();
        List<String> starts = Files.readAllLines(Path.of(file)).stream()
                .filter(line -> line.contains("-XX:+UseParallelGC"))
                .toList();
        assertThat(starts).as("lines of %s that start a gateway", file).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(options));
    }

    private static final Pattern MAX_HEAP = Pattern.compile("-Xmx(\\S+)");
    /** A line that starts a gateway: with the pom's options, or the jar itself (soap-ab.sh's options are a variable). */
    private static final Pattern GATEWAY_START = Pattern.compile("-XX:\\+UseParallelGC|csx-gateway\\.jar");

    /**
     * A gateway started with a maximum heap starts with all of it: the parallel collector's adaptive sizing otherwise
     * kept the heap near 600 MB and collected the old generation every 35 s at 500 SOAP transmittals a second,
     * 180-210 ms each (docs/performance.md, nineteenth session).
     */
    @ParameterizedTest
    @MethodSource("filesThatStartAGateway")
    void everyGatewayStartWithAMaximumHeapStartsWithAllOfIt(String file) throws IOException {
        List<String> sized = Files.readAllLines(Path.of(file)).stream()
                .filter(line -> MAX_HEAP.matcher(line).find() && GATEWAY_START.matcher(line).find())
                .toList();
        assertThat(sized).as("lines of %s that start a gateway with -Xmx", file).isNotEmpty()
                .allSatisfy(line -> {
                    Matcher max = MAX_HEAP.matcher(line);
                    assertThat(max.find()).isTrue();
                    assertThat(line).contains("-Xms" + max.group(1) + " ");
                });
    }
}
