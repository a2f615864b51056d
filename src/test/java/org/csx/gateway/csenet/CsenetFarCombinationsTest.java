package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.validation.FarCodeTable;
import org.csx.gateway.validation.FarCombinationRule;
import org.csx.gateway.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 190 function + action + reason combinations of the valid transactions table (reference/csenet-far-codes.csv)
 * through the file channel's two gates: each one is read by the parser from a CSENet record and then passes the
 * FAR rule of validation; combinations outside the table are read too (the parser only knows the code lists)
 * and then refused by validation, and codes outside the code lists are refused by the parser.
 */
class CsenetFarCombinationsTest {

    record Far(String function, String action, String reason) {
        @Override
        public String toString() {
            return function + " " + action + " " + (reason == null ? "(blank)" : reason);
        }
    }

    private final CsenetTransactionParser parser = new CsenetTransactionParser();
    private final CsenetTransactionWriter writer = new CsenetTransactionWriter();
    private final FarCombinationRule rule = new FarCombinationRule(FarCodeTable.loadDefault());

    static List<Far> table() {
        List<Far> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CsenetFarCombinationsTest.class.getResourceAsStream("/reference/csenet-far-codes.csv"),
                StandardCharsets.UTF_8))) {
            in.readLine(); // header
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split(",", 4);
                rows.add(new Far(c[0].trim(), c[1].trim(), c[2].isBlank() ? null : c[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @Test
    void theTableHas190DistinctCombinations() {
        assertThat(new LinkedHashSet<>(table())).hasSize(190);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyValidCombinationIsReadFromARecordAndPassesValidation(Far far) {
        for (HeaderLayout layout : HeaderLayout.values()) {
            CsenetParseResult parsed = parser.parse(writer.write(transmittal(far), layout), layout);

            assertThat(parsed.errors()).isEmpty();
            TransmittalType t = parsed.transmittal().orElseThrow();
            assertThat(t.getHeader().getFunctionalType().value()).isEqualTo(far.function());
            assertThat(t.getHeader().getActionCode().value()).isEqualTo(far.action());
            assertThat(t.getHeader().getActionReason()).isEqualTo(far.reason());
            assertThat(violations(t)).isEmpty();
        }
    }

    static Stream<Far> invalidCombinations() {
        Set<Far> valid = new LinkedHashSet<>(table());
        Set<String> reasons = new LinkedHashSet<>();
        valid.forEach(f -> reasons.add(f.reason()));
        List<Far> invalid = new ArrayList<>();
        // every function and action with every reason of the table that is not its row
        for (FunctionalType function : FunctionalType.values()) {
            for (ActionCode action : ActionCode.values()) {
                for (String reason : reasons) {
                    Far far = new Far(function.value(), action.value(), reason);
                    if (!valid.contains(far)) {
                        invalid.add(far);
                    }
                }
            }
        }
        return invalid.stream();
    }

    @Test
    void everyCombinationOutsideTheTableIsReadButRejectedByValidation() {
        List<Far> invalid = invalidCombinations().toList();
        assertThat(invalid).hasSizeGreaterThan(1000);
        for (Far far : invalid) {
            CsenetParseResult parsed = parser.parse(writer.write(transmittal(far), HeaderLayout.RECEIVED),
                    HeaderLayout.RECEIVED);
            assertThat(parsed.errors()).as(far.toString()).isEmpty();
            assertThat(violations(parsed.transmittal().orElseThrow())).as(far.toString())
                    .extracting(Violation::code)
                    .containsAnyOf(FarCombinationRule.FAR_COMBINATION_INVALID, FarCombinationRule.REASON_REQUIRED);
        }
    }

    @Test
    void codesOutsideTheCodeListsAreRefusedByTheParser() {
        String record = writer.write(transmittal(new Far("ENF", "R", "ERREG")), HeaderLayout.RECEIVED);
        assertThat(parser.parse(set(record, 35, "REG"), HeaderLayout.RECEIVED).firstError().orElseThrow())
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(CsenetErrorCode.UNKNOWN_CODE);
                    assertThat(e.position()).isEqualTo(35);
                });
        assertThat(parser.parse(set(record, 34, "X"), HeaderLayout.RECEIVED).firstError().orElseThrow().code())
                .isEqualTo(CsenetErrorCode.UNKNOWN_CODE);
        assertThat(parser.parse(set(record, 76, "erreg"), HeaderLayout.RECEIVED).firstError().orElseThrow().code())
                .isEqualTo(CsenetErrorCode.INVALID_VALUE);
    }

    private List<Violation> violations(TransmittalType t) {
        List<Violation> violations = new ArrayList<>();
        rule.check(t, violations);
        return violations;
    }

    /** One fixture, its header codes changed per combination (records are written before the next change). */
    private static final TransmittalType BASE = new TransmittalFixture(2, 1, 1).transmittal;

    private static TransmittalType transmittal(Far far) {
        TransmittalType t = BASE;
        t.getHeader().setFunctionalType(FunctionalType.fromValue(far.function()));
        t.getHeader().setActionCode(ActionCode.fromValue(far.action()));
        t.getHeader().setActionReason(far.reason());
        return t;
    }

    private static String set(String record, int position, String value) {
        return record.substring(0, position - 1) + value + record.substring(position - 1 + value.length());
    }
}
