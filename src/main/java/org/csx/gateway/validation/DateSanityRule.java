package org.csx.gateway.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.csx.gateway.contract.transmittal.ArrearsPeriodType;
import org.csx.gateway.contract.transmittal.CollectionType;
import org.csx.gateway.contract.transmittal.EmployerType;
import org.csx.gateway.contract.transmittal.LocatedAddressType;
import org.csx.gateway.contract.transmittal.NcpLocateType;
import org.csx.gateway.contract.transmittal.OrderType;
import org.csx.gateway.contract.transmittal.ParticipantType;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * Dates that cannot be right: a transaction or collection dated after today, a date of birth in the future or
 * more than 120 years ago, an effective or from date after its end or through date. "Today" comes from the clock.
 * Messages never repeat a date of birth.
 */
public final class DateSanityRule implements TransmittalRule {
    public static final String DATE_IN_FUTURE = "DATE_IN_FUTURE";
    public static final String DATE_TOO_OLD = "DATE_TOO_OLD";
    public static final String DATE_RANGE_INVERTED = "DATE_RANGE_INVERTED";

    static final int MAX_AGE_YEARS = 120;

    private final Clock clock;

    public DateSanityRule(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void check(TransmittalType t, List<Violation> violations) {
        if (t == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (t.getHeader() != null) {
            notFuture(t.getHeader().getTransactionDate(), today, Paths.HEADER + "/TransactionDate",
                    "The transaction date", violations);
        }
        if (t.getNcpIdentification() != null) {
            birthDate(t.getNcpIdentification().getDateOfBirth(), today, Paths.NCP_ID + "/DateOfBirth",
                    "The NCP's date of birth", violations);
        }
        List<ParticipantType> participants = t.getParticipant();
        for (int i = 0; i < participants.size(); i++) {
            ParticipantType p = participants.get(i);
            if (p != null) {
                birthDate(p.getDateOfBirth(), today, Paths.indexed(Paths.PARTICIPANT, i) + "/DateOfBirth",
                        "The date of birth of participant " + (i + 1), violations);
            }
        }
        checkLocate(t.getNcpLocate(), violations);
        List<OrderType> orders = t.getOrder();
        for (int i = 0; i < orders.size(); i++) {
            checkOrder(orders.get(i), Paths.indexed(Paths.ORDER, i), i + 1, violations);
        }
        List<CollectionType> collections = t.getCollection();
        for (int i = 0; i < collections.size(); i++) {
            CollectionType c = collections.get(i);
            if (c != null) {
                notFuture(c.getCollectionDate(), today, Paths.indexed(Paths.COLLECTION, i) + "/CollectionDate",
                        "The collection date of collection " + (i + 1), violations);
            }
        }
    }

    private static void checkLocate(NcpLocateType locate, List<Violation> violations) {
        if (locate == null) {
            return;
        }
        located(locate.getResidentialAddress(), Paths.NCP_LOCATE + "/ResidentialAddress", "NCP residential address",
                violations);
        located(locate.getMailingAddress(), Paths.NCP_LOCATE + "/MailingAddress", "NCP mailing address", violations);
        List<EmployerType> employers = locate.getEmployer();
        for (int i = 0; i < employers.size(); i++) {
            EmployerType e = employers.get(i);
            if (e != null) {
                range(e.getEffectiveDate(), e.getEndDate(), Paths.indexed(Paths.NCP_LOCATE + "/Employer", i) + "/EndDate",
                        "NCP employer " + (i + 1) + " has an effective date after its end date.", violations);
            }
        }
    }

    private static void located(LocatedAddressType a, String path, String what, List<Violation> violations) {
        if (a != null) {
            range(a.getEffectiveDate(), a.getEndDate(), path + "/EndDate",
                    "The " + what + " has an effective date after its end date.", violations);
        }
    }

    private static void checkOrder(OrderType o, String path, int number, List<Violation> violations) {
        if (o == null) {
            return;
        }
        range(o.getEffectiveDate(), o.getEndDate(), path + "/EndDate",
                "Order " + number + " has an effective date after its end date.", violations);
        arrears(o.getTanfArrears(), path + "/TanfArrears", "TANF arrears", number, violations);
        arrears(o.getNonTanfArrears(), path + "/NonTanfArrears", "non-TANF arrears", number, violations);
        arrears(o.getFosterCareArrears(), path + "/FosterCareArrears", "foster care arrears", number, violations);
        arrears(o.getMedicalArrears(), path + "/MedicalArrears", "medical arrears", number, violations);
    }

    private static void arrears(ArrearsPeriodType period, String path, String what, int order,
                                List<Violation> violations) {
        if (period != null) {
            range(period.getFromDate(), period.getThroughDate(), path + "/ThroughDate",
                    "The " + what + " period of order " + order + " has a from date after its through date.", violations);
        }
    }

    private static void range(LocalDate start, LocalDate end, String path, String message, List<Violation> violations) {
        if (start != null && end != null && start.isAfter(end)) {
            violations.add(new Violation(DATE_RANGE_INVERTED, path, message));
        }
    }

    private static void notFuture(LocalDate date, LocalDate today, String path, String what,
                                  List<Violation> violations) {
        if (date != null && date.isAfter(today)) {
            violations.add(new Violation(DATE_IN_FUTURE, path, what + " must not be later than today."));
        }
    }

    private static void birthDate(LocalDate date, LocalDate today, String path, String what,
                                  List<Violation> violations) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            violations.add(new Violation(DATE_IN_FUTURE, path, what + " is in the future."));
        } else if (date.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            violations.add(new Violation(DATE_TOO_OLD, path,
                    what + " is more than " + MAX_AGE_YEARS + " years ago."));
        }
    }
}
