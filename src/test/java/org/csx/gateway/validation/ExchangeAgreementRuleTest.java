package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;

class ExchangeAgreementRuleTest {

    private final ExchangeAgreementRule rule = new ExchangeAgreementRule(sender -> "56".equals(
            sender.getLocatorCode().substring(0, 2))
            ? Optional.of(new ExchangeAgreements.Agreement("Wyoming", Set.of(FunctionalType.CSI, FunctionalType.LO_1)))
            : Optional.empty());

    @Test
    void aFunctionOutsideTheAgreementIsAViolationNamingWhatIsCovered() {
        List<Violation> violations = check("5600000", FunctionalType.ENF);
        assertThat(violations).extracting(Violation::code).containsExactly("OUTSIDE_EXCHANGE_AGREEMENT");
        assertThat(violations.get(0).path()).isEqualTo("Transmittal/Header/FunctionalType");
        assertThat(violations.get(0).message()).isEqualTo("Wyoming does not exchange ENF transactions with this"
                + " registry; its exchange agreement covers LO1, CSI.");
    }

    @Test
    void aFunctionInsideTheAgreementOrASenderWithoutOneIsFine() {
        assertThat(check("5600000", FunctionalType.CSI)).isEmpty();
        assertThat(check("0100000", FunctionalType.ENF)).isEmpty();
        List<Violation> none = new ArrayList<>();
        new ExchangeAgreementRule(ExchangeAgreements.NONE).check(null, none);
        assertThat(none).isEmpty();
    }

    private List<Violation> check(String locator, FunctionalType function) {
        TransmittalType t = new TransmittalType();
        HeaderType h = new HeaderType();
        SenderType s = new SenderType();
        s.setKind(SenderKind.STATE_IV_D_AGENCY);
        s.setLocatorCode(locator);
        h.setSender(s);
        h.setFunctionalType(function);
        t.setHeader(h);
        List<Violation> violations = new ArrayList<>();
        rule.check(t, violations);
        return violations;
    }
}
