package org.csx.gateway.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's results as a Markdown table under target/benchmark/, with the date and the machine, ready to
 * be copied into docs/performance.md.
 */
public final class BenchmarkReport {

    private final String title;
    private final List<String[]> rows = new ArrayList<>();
    private final ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);

    public BenchmarkReport(String title) {
        this.title = title;
    }

    public BenchmarkReport row(String what, String figure) {
        rows.add(new String[] {what, figure});
        return this;
    }

    /** Writes target/benchmark/&lt;name&gt;-&lt;UTC time&gt;.md, prints it, and returns its path. */
    public Path write(String name) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(title).append(", ")
                .append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))).append("\n\n");
        md.append("Machine: ").append(machine()).append("\n\n");
        md.append("| What | Figure |\n|---|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(r[0]).append(" | ").append(r[1]).append(" |\n");
        }
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path file = dir.resolve(name + "-" + started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(file, md, StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(md);
        System.out.println("(written to " + file.toAbsolutePath() + ")");
        return file;
    }

    /** Cores, memory, CPU model, operating system and Java of this machine. */
    public static String machine() {
        String cpu = "unknown CPU";
        String memory = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> String.format(", %.0f GiB", Long.parseLong(l.replaceAll("[^0-9]", "")) / 1048576.0))
                    .orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the rest still says enough
        }
        return String.format("%d cores (%s)%s, %s %s, Java %s", Runtime.getRuntime().availableProcessors(), cpu, memory,
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }
}
