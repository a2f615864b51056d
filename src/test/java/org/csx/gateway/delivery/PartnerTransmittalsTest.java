package org.csx.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.acknowledgment.AcknowledgmentType;
import org.csx.gateway.contract.acknowledgment.ObjectFactory;
import org.csx.gateway.contract.acknowledgment.Outcome;
import org.csx.gateway.contract.acknowledgment.ResponseCodeType;
import org.csx.gateway.contract.acknowledgment.TransactionReferenceType;
import org.csx.gateway.contract.acknowledgment.ViolationType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.csenet.CsenetAcknowledgmentRecords;
import org.junit.jupiter.api.Test;

/** What a SOAP partner is pushed for each kind of message on its queue: the CSENet channel's mappings. */
class PartnerTransmittalsTest {

    private final ContractXml xml = new ContractXml();
    private final PartnerTransmittals transmittals = new PartnerTransmittals(xml, new CsenetAcknowledgmentRecords());

    private static AcknowledgmentType ack(Outcome outcome, String function, String reason) {
        AcknowledgmentType ack = new AcknowledgmentType();
        ack.setTrackingId("5f0c1a9e-0000-4000-8000-000000000001");
        ack.setCreatedAt(OffsetDateTime.of(2026, 11, 22, 23, 30, 0, 0, ZoneOffset.UTC));
        ack.setOutcome(outcome);
        ack.setRespondingLocatorCode("3600000");
        TransactionReferenceType original = new TransactionReferenceType();
        original.setSenderLocatorCode("3801700");
        original.setTransactionSerialNumber("000000123456");
        original.setFunctionalType(function);
        original.setActionCode("R");
        original.setSenderCaseId("ND-CASE-1");
        ack.setOriginalTransaction(original);
        if (reason != null) {
            ResponseCodeType response = new ResponseCodeType();
            response.setFunctionalType(function);
            response.setActionCode("A");
            response.setActionReason(reason);
            ack.setResponse(response);
        }
        return ack;
    }

    private String body(AcknowledgmentType ack) {
        return xml.toXml(new ObjectFactory().createAcknowledgment(ack));
    }

    @Test
    void anAcceptanceIsFunctionAPlusReasonFromUsToTheSenderWithOurSerialNumber() {
        var out = transmittals.of(body(ack(Outcome.ACCEPTED, "ENF", "ANOAD")), null, () -> "000000000042").orElseThrow();
        assertThat(out.csenetTransaction()).isEqualTo("ENF A ANOAD");
        var h = out.transmittal().getHeader();
        assertThat(h.getSender().getLocatorCode()).isEqualTo("3600000");
        assertThat(h.getReceiverLocatorCode()).isEqualTo("3801700");
        assertThat(h.getReceiverCaseId()).isEqualTo("ND-CASE-1");
        assertThat(h.getTransactionSerialNumber()).isEqualTo("000000000042");
    }

    @Test
    void anAcceptanceWithoutResponseCodesSendsNothingAndTakesNoSerialNumber() {
        assertThat(transmittals.of(body(ack(Outcome.ACCEPTED, "CSI", null)), null, () -> {
            throw new AssertionError("no serial number for nothing");
        })).isEmpty();
    }

    @Test
    void aRejectionIsMscPRejctWithViolationCodesButNotTheirTexts() {
        AcknowledgmentType rejected = ack(Outcome.REJECTED, "EST", null);
        ViolationType v = new ViolationType();
        v.setCode("SSN_INVALID");
        v.setPath("Transmittal/Case/Participant");
        v.setMessage("123-45-6789 is not a valid SSN");
        rejected.getViolation().add(v);
        var out = transmittals.of(body(rejected), null, () -> "000000000043").orElseThrow();
        assertThat(out.csenetTransaction()).isEqualTo("MSC P REJCT");
        String pushed = xml.toXml(new org.csx.gateway.contract.transmittal.ObjectFactory().createTransmittal(out.transmittal()));
        assertThat(pushed).contains("SSN_INVALID", "000000123456").doesNotContain("123-45-6789");
    }

    @Test
    void aRejectedMscPRejctIsNotAnsweredWithAnother() {
        // two registries' gateways would otherwise bounce rejections forever
        AcknowledgmentType rejected = ack(Outcome.REJECTED, "MSC", null);
        rejected.getOriginalTransaction().setActionCode("P");
        rejected.getOriginalTransaction().setActionReason("REJCT");
        ViolationType v = new ViolationType();
        v.setCode("CASE_NOT_HELD");
        v.setPath("Transmittal/Header/SenderCaseId");
        v.setMessage("x");
        rejected.getViolation().add(v);

        assertThat(transmittals.of(body(rejected), null, () -> {
            throw new AssertionError("no serial number taken");
        })).isEmpty();
    }

    @Test
    void aTransmittalFromUsIsPushedAsItIsWithOurNextSerialNumber() {
        TransmittalType reply = new CsenetAcknowledgmentRecords()
                .acknowledgmentTransmittal(ack(Outcome.ACCEPTED, "ENF", "ESREG"), "999999999999");
        reply.getHeader().setActionCode(org.csx.gateway.contract.transmittal.ActionCode.P);
        String body = xml.toXml(new org.csx.gateway.contract.transmittal.ObjectFactory().createTransmittal(reply));
        var out = transmittals.of(body, "CSENET_ENF_P_ESREG", () -> "000000000044").orElseThrow();
        assertThat(out.csenetTransaction()).isEqualTo("ENF P ESREG");
        assertThat(out.transmittal().getHeader().getTransactionSerialNumber()).isEqualTo("000000000044");
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> transmittals.of("<Referral xmlns=\"urn:x\"/>", null, () -> "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Referral");
    }
}
