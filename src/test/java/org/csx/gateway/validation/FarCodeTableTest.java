package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FarCodeTableTest {
    private final FarCodeTable table = FarCodeTable.loadDefault();

    @Test
    void shippedTableHas190Combinations() {
        assertThat(table.size()).isEqualTo(190);
    }

    @Test
    void knowsCombinationsWithAndWithoutReason() {
        assertThat(table.isValid("ENF", "R", "ERRES")).isTrue();
        assertThat(table.isValid("LO1", "R", null)).isTrue();
        assertThat(table.isValid("LO1", "R", "  ")).isTrue();
        assertThat(table.isValid("ENF", "R", null)).isFalse();
        assertThat(table.isValid("ENF", "R", "XXXXX")).isFalse();
        assertThat(table.isValid("CSI", "R", "FRINF")).isTrue();
    }

    @Test
    void quotedDescriptionsKeepTheirCommas() {
        assertThat(table.description("CSI", "R", "FRINF"))
                .contains("CASE INFORMATION REQUEST, ALL AVAILABLE IV-D INFORMATION");
        assertThat(table.description("LO1", "R", "")).contains("QUICK LOCATE REQUEST");
        assertThat(table.description("ENF", "R", "XXXXX")).isEmpty();
    }

    @Test
    void tellsWhetherABlankReasonIsAllowed() {
        assertThat(table.hasCombination("ENF", "R")).isTrue();
        assertThat(table.allowsBlankReason("ENF", "R")).isFalse();
        assertThat(table.allowsBlankReason("PAT", "R")).isTrue();
        assertThat(table.hasCombination("COL", "R")).isFalse();
    }

    @Test
    void loadsAReplacementTable() {
        String csv = "function,action,reason,description\nLO1,R,,Locate\nENF,R,ERRES,\"Registration, by agency\"\n";
        FarCodeTable small = FarCodeTable.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.description("ENF", "R", "ERRES")).contains("Registration, by agency");
    }

    @Test
    void refusesARowWithoutFunction() {
        String csv = "function,action,reason,description\n,R,,Locate\n";
        assertThatThrownBy(() -> FarCodeTable.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
