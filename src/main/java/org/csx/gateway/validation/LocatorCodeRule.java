package org.csx.gateway.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.csx.gateway.contract.transmittal.CaseType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.OrderType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * Every locator code (receiver, sender, payment, each order's issuing jurisdiction) must name an existing state
 * and county; county 000 is a state-level office. The office part (last 2 characters) is not edited, as in CSENet.
 * A tribal IV-D program's locator code is an IRG tribal code, not a state FIPS code, so it is not checked here.
 */
public final class LocatorCodeRule implements TransmittalRule {
    public static final String LOCATOR_CODE_MALFORMED = "LOCATOR_CODE_MALFORMED";
    public static final String LOCATOR_STATE_UNKNOWN = "LOCATOR_STATE_UNKNOWN";
    public static final String LOCATOR_COUNTY_UNKNOWN = "LOCATOR_COUNTY_UNKNOWN";

    private final Supplier<FipsCountyTable> table;

    /** Checks against every row of the table, whatever its effective dates. */
    public LocatorCodeRule(FipsCountyTable table) {
        Objects.requireNonNull(table, "table");
        this.table = () -> table;
    }

    /** Checks against the rows of the table in force today (by the clock), so retired counties are refused. */
    public LocatorCodeRule(FipsCountyTable table, Clock clock) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(clock, "clock");
        this.table = () -> table.asOf(LocalDate.now(clock));
    }

    @Override
    public void check(TransmittalType t, List<Violation> violations) {
        if (t == null) {
            return;
        }
        FipsCountyTable fips = table.get();
        HeaderType header = t.getHeader();
        if (header != null) {
            check(fips, header.getReceiverLocatorCode(), Paths.HEADER + "/ReceiverLocatorCode", "receiver locator code",
                    violations);
            SenderType sender = header.getSender();
            if (sender != null && sender.getKind() != SenderKind.TRIBAL_IV_D_PROGRAM) {
                check(fips, sender.getLocatorCode(), Paths.SENDER + "/LocatorCode", "sender locator code", violations);
            }
        }
        CaseType caseBlock = t.getCase();
        if (caseBlock != null) {
            check(fips, caseBlock.getPaymentLocatorCode(), Paths.CASE + "/PaymentLocatorCode", "payment locator code",
                    violations);
        }
        List<OrderType> orders = t.getOrder();
        for (int i = 0; i < orders.size(); i++) {
            OrderType order = orders.get(i);
            if (order != null) {
                check(fips, order.getOrderLocatorCode(), Paths.indexed(Paths.ORDER, i) + "/OrderLocatorCode",
                        "order locator code of order " + (i + 1), violations);
            }
        }
    }

    private static void check(FipsCountyTable fips, String code, String path, String what, List<Violation> violations) {
        if (code == null || code.isBlank()) {
            return; // optional where absent; the schema requires the receiver's
        }
        if (!code.matches("[0-9]{5}[0-9A-Z]{2}")) {
            violations.add(new Violation(LOCATOR_CODE_MALFORMED, path, "The " + what
                    + " must be 7 characters: state FIPS (2 digits), county FIPS (3 digits) and office (2)."));
            return;
        }
        String state = code.substring(0, 2);
        String county = code.substring(2, 5);
        if (!fips.stateExists(state)) {
            violations.add(new Violation(LOCATOR_STATE_UNKNOWN, path,
                    "The " + what + " " + code + " names state FIPS " + state + ", which does not exist."));
        } else if (!fips.countyExists(state, county)) {
            violations.add(new Violation(LOCATOR_COUNTY_UNKNOWN, path,
                    "The " + what + " " + code + " names county FIPS " + county + ", which does not exist in state "
                            + fips.stateAbbreviation(state).orElse(state) + "."));
        }
    }
}
