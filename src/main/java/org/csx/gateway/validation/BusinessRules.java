package org.csx.gateway.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * Every business rule over a schema-valid transmittal. Runs all rules and returns all violations, so the
 * sending state learns everything wrong in one rejection. Immutable and thread-safe.
 */
public final class BusinessRules {
    public static final String TRANSMITTAL_MISSING = "TRANSMITTAL_MISSING";

    private final List<TransmittalRule> rules;

    /**
     * @param homeStateFips this state's 2-digit FIPS code (e.g. "36"); the receiver must be in it
     * @param clock         "today" for date checks and for the FIPS table's effective dates
     */
    public BusinessRules(FarCodeTable far, FipsCountyTable fips, String homeStateFips, Clock clock) {
        this(far, fips, homeStateFips, clock, ExchangeAgreements.NONE);
    }

    /** @param agreements the senders' exchange agreements (the partner directory) */
    public BusinessRules(FarCodeTable far, FipsCountyTable fips, String homeStateFips, Clock clock,
                         ExchangeAgreements agreements) {
        Objects.requireNonNull(far, "far");
        Objects.requireNonNull(fips, "fips");
        Objects.requireNonNull(clock, "clock");
        this.rules = List.of(
                new FarCombinationRule(far),
                new ExchangeAgreementRule(agreements),
                new SenderIdentityRule(),
                new LocatorCodeRule(fips, clock),
                new HomeStateRule(homeStateFips),
                new CaseIdRule(),
                new RequiredBlocksRule(),
                new DateSanityRule(clock),
                new SsnRule());
    }

    public List<Violation> check(TransmittalType transmittal) {
        if (transmittal == null) {
            return List.of(new Violation(TRANSMITTAL_MISSING, Paths.ROOT, "The message contains no transmittal."));
        }
        List<Violation> violations = new ArrayList<>();
        for (TransmittalRule rule : rules) {
            rule.check(transmittal, violations);
        }
        return List.copyOf(violations);
    }

    /** The rules in the order they run. */
    public List<TransmittalRule> rules() {
        return rules;
    }
}
