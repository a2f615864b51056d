package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FipsCountyTableTest {
    private final FipsCountyTable table = FipsCountyTable.loadDefault();

    @Test
    void knowsStatesAndCounties() {
        assertThat(table.stateExists("36")).isTrue();
        assertThat(table.stateExists("99")).isFalse();
        assertThat(table.countyExists("36", "001")).isTrue();
        assertThat(table.countyExists("36", "999")).isFalse();
        assertThat(table.county("36", "047")).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Kings County");
            assertThat(c.stateAbbreviation()).isEqualTo("NY");
            assertThat(c.fips5()).isEqualTo("36047");
        });
        assertThat(table.countiesOf("36")).hasSize(62).first().extracting(FipsCountyTable.County::countyFips)
                .isEqualTo("001");
        assertThat(table.stateAbbreviation("06")).contains("CA");
    }

    @Test
    void countyZeroIsTheStateLevelOfficeOfAnyExistingState() {
        assertThat(table.countyExists("36", "000")).isTrue();
        assertThat(table.countyExists("06", "000")).isTrue();
        assertThat(table.countyExists("99", "000")).isFalse();
        assertThat(table.county("36", "000")).isEmpty();
    }

    @Test
    void effectiveDatedRowsAnswerAsOfADate() {
        String csv = """
                state,statefp,countyfp,countyname,classfp,effective_from,effective_to
                CT,09,001,Fairfield County,H4,,2022-06-05
                CT,09,110,Capitol Planning Region,H1,2022-06-06,
                NY,36,001,Albany County,H1,,
                """;
        FipsCountyTable dated = FipsCountyTable.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(dated.countyExists("09", "001")).isTrue();
        assertThat(dated.countyExists("09", "110")).isTrue();
        FipsCountyTable in2021 = dated.asOf(LocalDate.of(2021, 1, 1));
        assertThat(in2021.countyExists("09", "001")).isTrue();
        assertThat(in2021.countyExists("09", "110")).isFalse();
        FipsCountyTable in2026 = dated.asOf(LocalDate.of(2026, 11, 23));
        assertThat(in2026.countyExists("09", "001")).isFalse();
        assertThat(in2026.countyExists("09", "110")).isTrue();
        assertThat(in2026.countyExists("36", "001")).isTrue();
    }

    @Test
    void tableWithoutDateColumnsIsAlwaysInForce() {
        assertThat(table.asOf(LocalDate.of(1990, 1, 1)).size()).isEqualTo(table.size());
    }
}
