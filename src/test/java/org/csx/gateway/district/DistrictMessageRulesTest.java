package org.csx.gateway.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.csx.gateway.contract.district.DistrictMessageType;
import org.csx.gateway.contract.district.ForwardingType;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.routing.District;
import org.csx.gateway.validation.Violation;
import org.junit.jupiter.api.Test;

class DistrictMessageRulesTest {

    private static DistrictMessageType message(ActionCode action, String caseId, String receiver) {
        DistrictMessageType m = new DistrictMessageType();
        m.setMessageId("M1");
        m.setCaseTrackingId(caseId);
        m.setReceiverLocatorCode(receiver);
        m.setDistrictCaseId("ERIE-0000012345");
        m.setFunctionalType(FunctionalType.fromValue("LO1"));
        m.setActionCode(action);
        return m;
    }

    @Test
    void aRequestNamesTheJurisdictionAndAnAnswerTheCase() {
        assertThat(DistrictMessageRules.shape(message(ActionCode.R, null, "4800000"))).isEmpty();
        assertThat(DistrictMessageRules.shape(message(ActionCode.P, "0f8c3b1e-0000-4000-8000-000000000001", null))).isEmpty();
        assertThat(DistrictMessageRules.shape(message(ActionCode.R, "0f8c3b1e-0000-4000-8000-000000000001", null)))
                .extracting(Violation::code).containsExactly(DistrictMessageRules.RECEIVER_REQUIRED);
        for (ActionCode answer : List.of(ActionCode.P, ActionCode.U, ActionCode.C, ActionCode.M, ActionCode.A)) {
            assertThat(DistrictMessageRules.shape(message(answer, null, "4800000")))
                    .extracting(Violation::code).containsExactly(DistrictMessageRules.CASE_REQUIRED);
        }
    }

    @Test
    void theOtherSidesCaseIdOfAnAnswerNeverComesFromTheDistrictAndForwardingOnlyWithGsfwd() {
        DistrictMessageType m = message(ActionCode.P, "0f8c3b1e-0000-4000-8000-000000000001", null);
        m.setPartnerCaseId("THEIRS");
        ForwardingType f = new ForwardingType();
        f.setCounty("36001");
        m.setForwarding(f);
        assertThat(DistrictMessageRules.shape(m)).extracting(Violation::code)
                .containsExactly(DistrictMessageRules.PARTNER_CASE_ID_NOT_ALLOWED, DistrictMessageRules.FORWARDING_NOT_ALLOWED);
    }

    @Test
    void theTransmittalCarriesTheDistrictAsSenderOurSerialAndBothCaseIds() {
        DistrictMessageType m = message(ActionCode.P, "0f8c3b1e-0000-4000-8000-000000000001", null);
        m.setActionReason("LUALL");
        Counterpart to = new Counterpart("nd-dhs", "North Dakota", SenderKind.STATE_IV_D_AGENCY, "3801700", null,
                "ND-CASE-0000001");
        TransmittalType t = OutgoingTransmittals.build(m, new District("36029", "Erie", "3602900"), to, "000000000042",
                LocalDate.of(2026, 12, 1), List.of());
        assertThat(t.getHeader().getSender().getLocatorCode()).isEqualTo("3602900");
        assertThat(t.getHeader().getReceiverLocatorCode()).isEqualTo("3801700");
        assertThat(t.getHeader().getTransactionSerialNumber()).isEqualTo("000000000042");
        assertThat(t.getHeader().getSenderCaseId()).isEqualTo("ERIE-0000012345");
        assertThat(t.getHeader().getReceiverCaseId()).isEqualTo("ND-CASE-0000001");
        assertThat(OutgoingTransmittals.label(t)).isEqualTo("LO1 P LUALL");
    }
}
