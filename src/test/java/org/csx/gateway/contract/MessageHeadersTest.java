package org.csx.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Header and property names live in one class: routes and Java use the same ones, and nothing else. */
class MessageHeadersTest {

    private static final Pattern CSX_NAME = Pattern.compile("(?<![\\w-])csx[A-Z]\\w*");

    @Test
    void everyCsxNameInTheRoutesIsDeclaredInMessageHeaders() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> routes = Files.list(Path.of("routes"))) {
            for (Path route : routes.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Matcher m = CSX_NAME.matcher(Files.readString(route));
                while (m.find()) {
                    used.add(m.group());
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(MessageHeaders.all()).containsAll(used);
    }

    @Test
    void noJavaSourceSpellsAHeaderNameOutside() throws IOException {
        Set<String> spelled = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")
                    && !p.endsWith(Path.of("contract", "MessageHeaders.java"))).toList()) {
                Matcher m = Pattern.compile("\"(csx[A-Z]\\w*)\"").matcher(Files.readString(source));
                while (m.find()) {
                    spelled.add(source.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(spelled).isEmpty();
    }
}
