package org.csx.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The adapter reads yyyy-MM-dd itself; it must read exactly what LocalDate.parse reads, and refuse what it refuses. */
class LocalDateAdapterTest {

    private final LocalDateAdapter adapter = new LocalDateAdapter();

    @Test
    void readsEveryDayOfTwoCenturiesAsLocalDateParseDoes() {
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            assertThat(adapter.unmarshal(d.toString())).isEqualTo(d);
        }
        assertThat(adapter.unmarshal("0000-01-01")).isEqualTo(LocalDate.parse("0000-01-01"));
        assertThat(adapter.unmarshal("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(adapter.unmarshal("  2024-02-29\n")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(adapter.unmarshal("+10000-01-01")).isEqualTo(LocalDate.of(10000, 1, 1));
        assertThat(adapter.unmarshal(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "2024-01-1x",
            "2024/01/01", "20240101", "2024-01-01Z", "2024-01-01+05:00", "-024-01-01", "", "２０２４-01-01"})
    void refusesWhatLocalDateParseRefuses(String value) {
        assertThatThrownBy(() -> LocalDate.parse(value.trim())).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> adapter.unmarshal(value)).isInstanceOf(DateTimeException.class);
    }
}
