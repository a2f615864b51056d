package org.csx.gateway.registration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds the content of the UIFSA §605 notice of registration [V: Utah 78B-14-605, Alaska 25.25.605].
 * Pure. The paragraphs carry order and tribunal identifiers and amounts, never party names or
 * addresses; the renderer adds the addressee. The notice to an obligor's employer for a registered
 * income-withholding order (§605(d)) is a different document and not built here.
 */
final class NoticeOfRegistrationContent {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private NoticeOfRegistrationContent() {
    }

    public static NoticeOfRegistration build(NoticeFacts f) {
        List<NoticeParagraph> p = new ArrayList<>();
        p.add(new NoticeParagraph(NoticeElement.REGISTERED_ORDERS, registeredOrders(f)));
        p.add(new NoticeParagraph(NoticeElement.ENFORCEABLE_FROM_REGISTRATION,
                "A registered order is enforceable as of the date of registration, " + date(f.registrationDate())
                        + ", in the same manner as an order issued by a tribunal of this state (UIFSA §§603, 605(b)(1))."));
        p.add(new NoticeParagraph(NoticeElement.CONTEST_PERIOD, contestPeriod(f)));
        p.add(new NoticeParagraph(NoticeElement.FAILURE_TO_CONTEST,
                "Failure to contest the validity or enforcement of the registered order in a timely manner will result "
                        + "in confirmation of the order and enforcement of the order and the alleged arrears, and precludes "
                        + "further contest of that order with respect to any matter that could have been asserted "
                        + "(UIFSA §§605(b)(3), 606, 608)."));
        p.add(new NoticeParagraph(NoticeElement.ALLEGED_ARREARS,
                "The amount of alleged arrears is " + money(f.allegedArrears()) + " as of " + date(f.arrearsAsOf())
                        + " (UIFSA §605(b)(4))."));
        if (f.severalOrders()) {
            String controlling = f.allegedControllingOrderId().orElseThrow();
            RegisteredOrderSummary c = f.orders().stream().filter(o -> o.orderId().equals(controlling)).findFirst().orElseThrow();
            p.add(new NoticeParagraph(NoticeElement.ALLEGED_CONTROLLING_ORDER,
                    "The order alleged to be the controlling order is " + describe(c) + " (UIFSA §605(c))."));
            p.add(new NoticeParagraph(NoticeElement.CONSOLIDATED_ARREARS,
                    "The consolidated arrears under all of the orders are alleged to be "
                            + money(f.consolidatedArrears().orElseThrow()) + " as of " + date(f.arrearsAsOf())
                            + " (UIFSA §605(c))."));
            p.add(new NoticeParagraph(NoticeElement.RIGHT_TO_DETERMINATION_OF_CONTROLLING_ORDER,
                    "You have the right to a determination of which order is the controlling order. The same period "
                            + "and procedure for requesting a hearing apply to that determination (UIFSA §§207, 605(c))."));
            p.add(new NoticeParagraph(NoticeElement.FAILURE_MAY_CONFIRM_CONTROLLING_ORDER,
                    "Failure to contest the validity or enforcement of the order alleged to be the controlling order in a "
                            + "timely manner may result in confirmation that it is the controlling order (UIFSA §605(c))."));
        }
        return new NoticeOfRegistration(p);
    }

    private static String registeredOrders(NoticeFacts f) {
        String where = " on " + date(f.registrationDate())
                + f.docketNumber().map(d -> " under docket number " + d).orElse("");
        String kind = f.conventionOrder() ? " as a Convention support order" : "";
        if (!f.severalOrders()) {
            return "The support order " + describe(f.orders().get(0)) + " was registered" + kind + where + ".";
        }
        List<RegisteredOrderSummary> orders = f.orders();
        String list = IntStream.range(0, orders.size())
                .mapToObj(i -> "(" + (i + 1) + ") " + describe(orders.get(i)))
                .collect(Collectors.joining("; "));
        return "The following " + orders.size() + " support orders are asserted to be in effect and were registered"
                + kind + where + ": " + list + ".";
    }

    private static String contestPeriod(NoticeFacts f) {
        ContestPeriod d = f.contestDeadline();
        String because = switch (d.kind()) {
            case CONVENTION_REGISTRATION_CONTEST -> " for a Convention support order";
            case CONVENTION_REGISTRATION_CONTEST_ABROAD -> " for a Convention support order when the contesting party lives outside the United States";
            default -> "";
        };
        return "A hearing to contest the validity or enforcement of the registered order must be requested within "
                + d.days() + " days after notice of the registration" + because + ", that is, no later than "
                + date(d.lastDayToContest()) + " (" + d.section() + ").";
    }

    private static String describe(RegisteredOrderSummary o) {
        return o.orderId() + " issued by " + o.issuingTribunal() + ", " + o.issuingJurisdiction() + ", on " + date(o.issuedOn());
    }

    private static String date(LocalDate d) {
        return DATE.format(d);
    }

    private static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
