package org.csx.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ConsoleTimesTest {

    private final ConsoleTimes newYork = new ConsoleTimes("America/New_York");

    @Test
    void aStoredUtcTimeIsShownInTheRegistrysZoneWithItsAbbreviation() {
        assertThat(newYork.format(OffsetDateTime.parse("2026-12-01T21:40:00Z"), "yyyy-MM-dd HH:mm"))
                .isEqualTo("2026-12-01 16:40 EST");
        assertThat(newYork.format(OffsetDateTime.parse("2026-07-01T12:00:00Z"), "yyyy-MM-dd HH:mm:ss"))
                .isEqualTo("2026-07-01 08:00:00 EDT");
    }

    @Test
    void aDateIsTheDateInTheZoneAndNoTimeIsEmpty() {
        assertThat(newYork.format(OffsetDateTime.parse("2026-12-02T03:00:00Z"), "yyyy-MM-dd")).isEqualTo("2026-12-01");
        assertThat(newYork.format((OffsetDateTime) null, "yyyy-MM-dd")).isEmpty();
    }
}
