package org.csx.gateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gateway's JVM options (the collector, C2 without tiered compilation: docs/performance.md) are one set: the
 * pom's {@code spring-boot:run} arguments, and every place that starts a gateway by hand (the README's production
 * command, the fault and scale-out scripts, the benchmarks and their documented commands) uses the same, so a figure
 * measured is a figure of the gateway as it is run.
 */
class GatewayJvmOptionsTest {

    private static final Pattern JVM_ARGUMENTS = Pattern.compile("<jvmArguments>([^<]+)</jvmArguments>");

    static String pomOptions() throws IOException {
        Matcher m = JVM_ARGUMENTS.matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("spring-boot-maven-plugin's jvmArguments in pom.xml").isTrue();
        return m.group(1).strip();
    }

    @Test
    void thePomRunsTheParallelCollectorAndC2WithoutTieredCompilation() throws IOException {
        assertThat(pomOptions().split("\\s+")).containsExactly("-XX:+UseParallelGC", "-XX:-TieredCompilation");
        // spring-boot:run's optimized launch adds -XX:TieredStopAtLevel=1 (C1 only) unless switched off
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<optimizedLaunch>false</optimizedLaunch>");
    }

    /** Every line of the file that starts a gateway JVM (it names the collector) carries the pom's options. */
    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/csenet.md", "src/test/scripts/faults/lib.sh",
            "src/test/scripts/benchmarks/csenet-ab.sh", "src/test/scripts/benchmarks/csenet-pair.sh",
            "src/test/scripts/benchmarks/security-cost.sh"})
    void everyGatewayStartUsesThePomsOptions(String file) throws IOException {
        String options = pomOptions();
        List<String> starts = Files.readAllLines(Path.of(file)).stream()
                .filter(line -> line.contains("-XX:+UseParallelGC"))
                .toList();
        assertThat(starts).as("lines of %s that start a gateway", file).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(options));
    }
}
