package org.csx.gateway.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a §605 notice is built from. Amounts are in US dollars (foreign amounts are converted first,
 * §307 [M]).
 *
 * @param allegedControllingOrderId required when two or more orders are registered (§605(c))
 * @param consolidatedArrears       required when two or more orders are registered (§605(c))
 */
record NoticeFacts(LocalDate registrationDate,
                          Optional<String> docketNumber,
                          List<RegisteredOrderSummary> orders,
                          BigDecimal allegedArrears,
                          LocalDate arrearsAsOf,
                          Optional<String> allegedControllingOrderId,
                          Optional<BigDecimal> consolidatedArrears,
                          boolean conventionOrder,
                          ContestPeriod contestDeadline) {

    public NoticeFacts {
        Objects.requireNonNull(registrationDate, "registrationDate");
        Objects.requireNonNull(docketNumber, "docketNumber");
        orders = List.copyOf(Objects.requireNonNull(orders, "orders"));
        Objects.requireNonNull(allegedArrears, "allegedArrears");
        Objects.requireNonNull(arrearsAsOf, "arrearsAsOf");
        Objects.requireNonNull(allegedControllingOrderId, "allegedControllingOrderId");
        Objects.requireNonNull(consolidatedArrears, "consolidatedArrears");
        Objects.requireNonNull(contestDeadline, "contestDeadline");
        if (orders.isEmpty()) {
            throw new IllegalArgumentException("a notice of registration concerns at least one order");
        }
        if (allegedArrears.signum() < 0 || consolidatedArrears.map(BigDecimal::signum).orElse(0) < 0) {
            throw new IllegalArgumentException("alleged arrears cannot be negative");
        }
        boolean conventionRule = contestDeadline.kind() != org.csx.gateway.deadlines.DutyKind.REGISTRATION_CONTEST;
        if (conventionRule != conventionOrder) {
            throw new IllegalArgumentException("contest rule " + contestDeadline.kind()
                    + " does not fit a " + (conventionOrder ? "Convention" : "non-Convention") + " order");
        }
        if (orders.size() >= 2) {
            String controlling = allegedControllingOrderId.orElseThrow(() -> new IllegalArgumentException(
                    "with two or more orders the notice must name the alleged controlling order (§605(c))"));
            if (orders.stream().noneMatch(o -> o.orderId().equals(controlling))) {
                throw new IllegalArgumentException("the alleged controlling order is not among the registered orders");
            }
            if (consolidatedArrears.isEmpty()) {
                throw new IllegalArgumentException("with two or more orders the notice must state the consolidated arrears (§605(c))");
            }
        }
    }

    public boolean severalOrders() {
        return orders.size() >= 2;
    }
}
