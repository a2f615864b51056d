package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;

class FarCombinationRuleTest {
    private final FarCombinationRule rule = new FarCombinationRule(FarCodeTable.loadDefault());

    private List<Violation> check(TransmittalType t) {
        List<Violation> violations = new ArrayList<>();
        rule.check(t, violations);
        return violations;
    }

    @Test
    void acceptsTableRows() {
        assertThat(check(Examples.header("ENF", "R", "ERRES"))).isEmpty();
        assertThat(check(Examples.header("LO1", "R", null))).isEmpty();
        assertThat(check(Examples.header("MSC", "P", "REJCT"))).isEmpty();
    }

    @Test
    void unknownReasonIsAnInvalidCombination() {
        assertThat(check(Examples.header("ENF", "R", "XXXXX"))).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("FAR_COMBINATION_INVALID");
            assertThat(v.path()).isEqualTo("Transmittal/Header/ActionReason");
            assertThat(v.message()).contains("XXXXX", "ENF");
        });
    }

    @Test
    void reasonOfAnotherFunctionIsInvalid() {
        assertThat(check(Examples.header("EST", "R", "ERRES"))).extracting(Violation::code)
                .containsExactly("FAR_COMBINATION_INVALID");
    }

    @Test
    void reasonIsRequiredForCsi() {
        assertThat(check(Examples.header("CSI", "R", null))).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("REASON_REQUIRED");
            assertThat(v.path()).isEqualTo("Transmittal/Header/ActionReason");
        });
    }

    @Test
    void reasonIsRequiredWhereTheTableHasNoBlankRow() {
        assertThat(check(Examples.header("ENF", "R", null))).extracting(Violation::code)
                .containsExactly("REASON_REQUIRED");
        assertThat(check(Examples.header("ENF", "R", " "))).extracting(Violation::code)
                .containsExactly("REASON_REQUIRED");
    }

    @Test
    void functionAndActionWithNoRowAtAllIsInvalid() {
        assertThat(check(Examples.header("COL", "R", null))).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("FAR_COMBINATION_INVALID");
            assertThat(v.path()).isEqualTo("Transmittal/Header/ActionCode");
        });
    }

    @Test
    void headerWithoutCodesIsLeftToTheSchema() {
        TransmittalType t = Examples.header("ENF", "R", null);
        t.getHeader().setFunctionalType(null);
        assertThat(check(t)).isEmpty();
        assertThat(check(new TransmittalType())).isEmpty();
    }
}
