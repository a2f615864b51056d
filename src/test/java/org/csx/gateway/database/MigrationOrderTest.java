package org.csx.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Flyway refuses to start on a database whose history lacks a migration numbered below its latest ("Detected
 * resolved migration not applied to database"), so a migration once on main is never renumbered or removed, and a new
 * one is numbered above every released one. A database kept under ./data between runs, or a production one, would
 * otherwise stop the gateway at start-up (V91 did, against databases at V120: renamed V121).
 */
class MigrationOrderTest {

    /** Versions on main; a new migration is numbered above the last and added here. */
    private static final List<Integer> RELEASED = List.of(1, 2, 3, 4, 5, 6, 20, 30, 40, 60, 70, 90, 100, 120, 121);

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void releasedMigrationsStayAndNewOnesComeAfterThem() throws IOException {
        List<Integer> versions;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            versions = files.map(f -> VERSION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .sorted()
                    .toList();
        }
        assertThat(versions).as("released migrations are never renumbered or removed").containsAll(RELEASED);
        int lastReleased = RELEASED.get(RELEASED.size() - 1);
        assertThat(versions.stream().filter(v -> !RELEASED.contains(v)))
                .as("migrations not yet released are numbered above V%d", lastReleased)
                .allMatch(v -> v > lastReleased);
    }
}
