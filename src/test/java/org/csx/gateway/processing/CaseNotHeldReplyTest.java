package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseNotHeldReplyTest {

    @ParameterizedTest(name = "{0} {1} {2} must name a case we hold: {3}")
    @CsvSource({"ENF,U,ERALL,true", "EST,C,,true", "MSC,P,GSUPD,true", "LO1,P,LSADR,true", "MSC,P,REJCT,false",
            "ENF,R,ERREG,false", "EST,A,ANOAD,false", "ENF,M,,false"})
    void updatesResponsesAndCancelsNameACaseButARejectionNeverGetsOne(String f, String a, String r, boolean names) {
        assertThat(CaseNotHeldReply.namesAnExistingCase(header(f, a, r))).isEqualTo(names);
    }

    @Test
    void theReplyIsMscPRejctWithTheRejectedTransactionInLineOne() {
        TransmittalType original = new TransmittalType();
        original.setHeader(header("ENF", "U", "ERALL"));
        UUID trackingId = UUID.randomUUID();

        TransmittalType reply = new CaseNotHeldReply(new org.csx.gateway.partner.PartnerMessages("3600000",
                java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T12:00:00Z"), java.time.ZoneOffset.UTC)))
                .reply(trackingId, original);

        HeaderType h = reply.getHeader();
        assertThat(h.getFunctionalType()).isEqualTo(FunctionalType.MSC);
        assertThat(h.getActionCode()).isEqualTo(ActionCode.P);
        assertThat(h.getActionReason()).isEqualTo("REJCT");
        assertThat(h.getSender().getLocatorCode()).isEqualTo("3600000");
        assertThat(h.getReceiverLocatorCode()).isEqualTo("0100000");
        assertThat(h.getReceiverCaseId()).isEqualTo("ALCASE1");
        assertThat(h.getTransactionSerialNumber()).matches("[0-9]{12}")
                .isEqualTo(CaseNotHeldReply.serial(trackingId));
        String line1 = reply.getInformation().getTextLine().get(0);
        assertThat(line1).isEqualTo("000000000042" + "U" + "ENF" + "20261130" + "ERALL");
        assertThat(line1.substring(0, 24)).doesNotContain(" ");
    }

    private static HeaderType header(String function, String action, String reason) {
        HeaderType h = new HeaderType();
        SenderType s = new SenderType();
        s.setKind(SenderKind.STATE_IV_D_AGENCY);
        s.setLocatorCode("0100000");
        h.setSender(s);
        h.setFunctionalType(FunctionalType.fromValue(function));
        h.setActionCode(ActionCode.fromValue(action));
        h.setActionReason(reason == null || reason.isEmpty() ? null : reason);
        h.setTransactionSerialNumber("000000000042");
        h.setTransactionDate(LocalDate.of(2026, 11, 30));
        h.setSenderCaseId("ALCASE1");
        return h;
    }
}
