package org.csx.gateway.registration;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * UIFSA §207(a)-(b) applied to the orders in effect for one obligor and child. Pure: the gateway uses it
 * to check the order a registrant alleges is controlling (§307 duty [M]) and to pre-fill a DCO request;
 * the binding determination is the tribunal's (it needs personal jurisdiction over both parties).
 * Priority order [V: brief 3.2]; wording [M].
 *
 * <p>Ties: when the deciding step (most recent, or home-state orders) leaves two or more orders with
 * the same date, we do not pick one. Dates are days, not times; §207 has no further tiebreak, so the
 * decision is {@link DecisionRule#TIE_FOR_TRIBUNAL} with no controlling order and no new order required.
 */
final class ControllingOrderDetermination {

    private ControllingOrderDetermination() {
    }

    public static ControllingOrderDecision decide(List<CandidateOrder> orders) {
        if (orders == null || orders.isEmpty()) {
            throw new IllegalArgumentException("a controlling-order determination needs at least one order");
        }
        requireDistinctIds(orders);

        if (orders.size() == 1) {
            CandidateOrder only = orders.get(0);
            return controls(only, DecisionRule.ONLY_ONE_ORDER,
                    "Only one order has been issued, so it controls (§207(a)).");
        }

        List<CandidateOrder> withCej = orders.stream().filter(CandidateOrder::issuerWouldHaveCej).toList();
        if (withCej.isEmpty()) {
            return new ControllingOrderDecision(Optional.empty(), true, DecisionRule.NEW_ORDER_REQUIRED,
                    "None of the " + orders.size() + " issuing tribunals would have continuing, exclusive "
                            + "jurisdiction; the tribunal must issue a new order, which controls (§207(b)(3)).");
        }
        if (withCej.size() == 1) {
            return controls(withCej.get(0), DecisionRule.ONLY_ONE_ISSUER_WITH_CEJ,
                    "Only one issuing tribunal would have continuing, exclusive jurisdiction (§207(b)(1)).");
        }

        List<CandidateOrder> homeState = withCej.stream().filter(CandidateOrder::issuedByChildsHomeState).toList();
        if (!homeState.isEmpty()) {
            return mostRecent(homeState, DecisionRule.CHILDS_HOME_STATE, homeState.size() == 1
                    ? "Several issuing tribunals would have continuing, exclusive jurisdiction; this order was "
                    + "issued in the child's current home state (§207(b)(2))."
                    : "Several home-state orders have continuing, exclusive jurisdiction; the most recent of "
                    + "them is taken (§207(b)(2)).");
        }
        return mostRecent(withCej, DecisionRule.MOST_RECENTLY_ISSUED,
                "Several issuing tribunals would have continuing, exclusive jurisdiction and none is in the "
                        + "child's current home state; the most recently issued order controls (§207(b)(2)).");
    }

    private static ControllingOrderDecision mostRecent(List<CandidateOrder> candidates, DecisionRule rule, String why) {
        LocalDate latest = candidates.stream().map(CandidateOrder::issuedOn).max(Comparator.naturalOrder()).orElseThrow();
        List<CandidateOrder> latestOnes = candidates.stream().filter(o -> o.issuedOn().equals(latest)).toList();
        if (latestOnes.size() > 1) {
            String ids = latestOnes.stream().map(CandidateOrder::orderId).collect(Collectors.joining(", "));
            return new ControllingOrderDecision(Optional.empty(), false, DecisionRule.TIE_FOR_TRIBUNAL,
                    "Orders " + ids + " were issued on the same date " + latest + " and §207 gives no further "
                            + "tiebreak; the tribunal must determine which controls.");
        }
        return controls(latestOnes.get(0), rule, why);
    }

    private static ControllingOrderDecision controls(CandidateOrder order, DecisionRule rule, String why) {
        return new ControllingOrderDecision(Optional.of(order.orderId()), false, rule,
                "Order " + order.orderId() + " controls. " + why);
    }

    private static void requireDistinctIds(List<CandidateOrder> orders) {
        Set<String> seen = new HashSet<>();
        for (CandidateOrder o : orders) {
            if (!seen.add(o.orderId())) {
                throw new IllegalArgumentException("order " + o.orderId() + " is listed twice");
            }
        }
    }
}
