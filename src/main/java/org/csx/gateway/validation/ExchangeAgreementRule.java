package org.csx.gateway.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * A jurisdiction only exchanges the functional types its exchange agreement lists (CSENet: "communications must be
 * enabled per functional type", domain brief 1.1); a transaction of another type is rejected with that reason.
 */
public final class ExchangeAgreementRule implements TransmittalRule {
    public static final String OUTSIDE_EXCHANGE_AGREEMENT = "OUTSIDE_EXCHANGE_AGREEMENT";

    private final ExchangeAgreements agreements;

    public ExchangeAgreementRule(ExchangeAgreements agreements) {
        this.agreements = Objects.requireNonNull(agreements, "agreements");
    }

    @Override
    public void check(TransmittalType t, List<Violation> violations) {
        HeaderType header = t == null ? null : t.getHeader();
        if (header == null || header.getSender() == null || header.getFunctionalType() == null) {
            return; // the schema requires them
        }
        FunctionalType function = header.getFunctionalType();
        agreements.forSender(header.getSender())
                .filter(agreement -> !agreement.functions().contains(function))
                .ifPresent(agreement -> violations.add(new Violation(OUTSIDE_EXCHANGE_AGREEMENT,
                        Paths.HEADER + "/FunctionalType", agreement.jurisdiction() + " does not exchange "
                        + function.value() + " transactions with this registry; its exchange agreement covers "
                        + listed(agreement) + ".")));
    }

    private static String listed(ExchangeAgreements.Agreement agreement) {
        if (agreement.functions().isEmpty()) {
            return "no functional type";
        }
        // In the IGD's order, not the set's.
        return Stream.of(FunctionalType.values()).filter(agreement.functions()::contains)
                .map(FunctionalType::value).collect(Collectors.joining(", "));
    }
}
