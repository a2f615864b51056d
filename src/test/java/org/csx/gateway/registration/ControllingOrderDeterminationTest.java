package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControllingOrderDeterminationTest {

    private static final IssuingJurisdictionTies OBLIGOR_THERE = IssuingJurisdictionTies.residence(true, false, false);
    private static final IssuingJurisdictionTies CHILD_THERE = IssuingJurisdictionTies.residence(false, false, true);
    private static final IssuingJurisdictionTies NOBODY_THERE = IssuingJurisdictionTies.none();

    private static CandidateOrder order(String id, String state, LocalDate issued, IssuingJurisdictionTies ties, boolean homeState) {
        return new CandidateOrder(id, state, state + " District Court", issued, ties, homeState);
    }

    @Test
    void singleOrderControlsEvenWithoutCej() {
        ControllingOrderDecision d = ControllingOrderDetermination.decide(List.of(
                order("TX-1", "TX", LocalDate.of(2015, 1, 5), NOBODY_THERE, false)));
        assertThat(d.controlling()).contains("TX-1");
        assertThat(d.newOrderRequired()).isFalse();
        assertThat(d.rule()).isEqualTo(DecisionRule.ONLY_ONE_ORDER);
        assertThat(d.explanation()).contains("§207(a)");
    }

    @Test
    void onlyOneIssuerWithCejControls() {
        ControllingOrderDecision d = ControllingOrderDetermination.decide(List.of(
                order("TX-1", "TX", LocalDate.of(2015, 1, 5), NOBODY_THERE, false),
                order("OH-2", "OH", LocalDate.of(2012, 6, 1), OBLIGOR_THERE, false),
                order("WA-3", "WA", LocalDate.of(2020, 9, 9), NOBODY_THERE, false)));
        assertThat(d.controlling()).contains("OH-2");
        assertThat(d.rule()).isEqualTo(DecisionRule.ONLY_ONE_ISSUER_WITH_CEJ);
        assertThat(d.explanation()).contains("§207(b)(1)");
    }

    @Test
    void consentKeepsCej() {
        ControllingOrderDecision d = ControllingOrderDetermination.decide(List.of(
                order("TX-1", "TX", LocalDate.of(2015, 1, 5), new IssuingJurisdictionTies(false, false, false, true), false),
                order("OH-2", "OH", LocalDate.of(2019, 6, 1), NOBODY_THERE, false)));
        assertThat(d.controlling()).contains("TX-1");
        assertThat(d.rule()).isEqualTo(DecisionRule.ONLY_ONE_ISSUER_WITH_CEJ);
    }

    @Test
    void severalWithCejChildsHomeStateControlsEvenIfOlder() {
        ControllingOrderDecision d = ControllingOrderDetermination.decide(List.of(
                order("TX-1", "TX", LocalDate.of(2011, 1, 5), CHILD_THERE, true),
                order("OH-2", "OH", LocalDate.of(2019, 6, 1), OBLIGOR_THERE, false)));
        assertThat(d.controlling()).contains("TX-1");
        assertThat(d.rule()).isEqualTo(DecisionRule.CHILDS_HOME_STATE);
        assertThat(d.newOrderRequired()).isFalse();
    }

    @Test
    void homeStateOrderWithoutCejDoesNotCount() {
        // Home state flag alone is not enough: only orders whose issuer would have CEJ compete.
        ControllingOrderDecision d = ControllingOrderDetermination.decide(List.of(
                order("TX-1", "TX", LocalDate.of(2011, 1, 5), NOBODY_THERE, true),
                order("OH-2", "OH", LocalDate.of(2019, 6, 1), OBLIGOR_THERE, false),
                order("WA-3", "WA", LocalDate.of(2018, 6, 1), IssuingJurisdictionTies.residence(false, true, false), false)));
        assertThat(d.controlling()).contains("OH-2");
        assertThat(d.rule()).isEqualTo(DecisionRule.MOST_RECENTLY_ISSUED);
    }

    @Test
    void severalWithCejNoneInHomeStateMostRecentControls() {
        ControllingOrderDecision d = ControllingOrderDetermination.decide(List.of(
                order("TX-1", "TX", LocalDate.of(2011, 1, 5), OBLIGOR_THERE, false),
                order("OH-2", "OH", LocalDate.of(2019, 6, 1), IssuingJurisdictionTies.residence(false, true, false), false),
                order("WA-3", "WA", LocalDate.of(2016, 3, 1), OBLIGOR_THERE, false)));
        assertThat(d.controlling()).contains("OH-2");
        assertThat(d.rule()).isEqualTo(DecisionRule.MOST_RECENTLY_ISSUED);
        assertThat(d.explanation()).contains("most recently issued");
    }

    @Test
    void noneWithCejRequiresNewOrder() {
        ControllingOrderDecision d = ControllingOrderDetermination.decide(List.of(
                order("TX-1", "TX", LocalDate.of(2011, 1, 5), NOBODY_THERE, false),
                order("OH-2", "OH", LocalDate.of(2019, 6, 1), NOBODY_THERE, false)));
        assertThat(d.controlling()).isEmpty();
        assertThat(d.newOrderRequired()).isTrue();
        assertThat(d.rule()).isEqualTo(DecisionRule.NEW_ORDER_REQUIRED);
        assertThat(d.explanation()).contains("§207(b)(3)");
    }

    @Test
    void emptyListIsAClearError() {
        assertThatThrownBy(() -> ControllingOrderDetermination.decide(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one order");
        assertThatThrownBy(() -> ControllingOrderDetermination.decide(null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duplicateOrderIdsAreRejected() {
        CandidateOrder o = order("TX-1", "TX", LocalDate.of(2011, 1, 5), OBLIGOR_THERE, false);
        assertThatThrownBy(() -> ControllingOrderDetermination.decide(List.of(o, o)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void tieOnMostRecentDateGoesToTribunal() {
        LocalDate same = LocalDate.of(2019, 6, 1);
        ControllingOrderDecision d = ControllingOrderDetermination.decide(List.of(
                order("TX-1", "TX", LocalDate.of(2011, 1, 5), OBLIGOR_THERE, false),
                order("OH-2", "OH", same, OBLIGOR_THERE, false),
                order("WA-3", "WA", same, CHILD_THERE, false)));
        assertThat(d.controlling()).isEmpty();
        assertThat(d.newOrderRequired()).isFalse();
        assertThat(d.rule()).isEqualTo(DecisionRule.TIE_FOR_TRIBUNAL);
        assertThat(d.explanation()).contains("OH-2").contains("WA-3").doesNotContain("TX-1");
    }

    @Test
    void tieAmongHomeStateOrdersGoesToTribunal() {
        LocalDate same = LocalDate.of(2019, 6, 1);
        ControllingOrderDecision d = ControllingOrderDetermination.decide(List.of(
                order("TX-1", "TX", same, CHILD_THERE, true),
                order("TX-2", "TX", same, CHILD_THERE, true),
                order("OH-3", "OH", LocalDate.of(2022, 1, 1), OBLIGOR_THERE, false)));
        assertThat(d.rule()).isEqualTo(DecisionRule.TIE_FOR_TRIBUNAL);
        assertThat(d.controlling()).isEmpty();
    }

    @Test
    void severalHomeStateOrdersMostRecentOfThemControls() {
        ControllingOrderDecision d = ControllingOrderDetermination.decide(List.of(
                order("TX-1", "TX", LocalDate.of(2012, 1, 1), CHILD_THERE, true),
                order("TX-2", "TX", LocalDate.of(2016, 1, 1), CHILD_THERE, true),
                order("OH-3", "OH", LocalDate.of(2022, 1, 1), OBLIGOR_THERE, false)));
        assertThat(d.controlling()).contains("TX-2");
        assertThat(d.rule()).isEqualTo(DecisionRule.CHILDS_HOME_STATE);
    }

    @Test
    void decisionCannotBothControlAndRequireNewOrder() {
        assertThatThrownBy(() -> new ControllingOrderDecision(java.util.Optional.of("X"), true, DecisionRule.NEW_ORDER_REQUIRED, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
