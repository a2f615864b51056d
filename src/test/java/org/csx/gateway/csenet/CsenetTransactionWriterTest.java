package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.csx.gateway.contract.transmittal.ParticipantType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;

class CsenetTransactionWriterTest {
    private final CsenetTransactionWriter writer = new CsenetTransactionWriter();

    @Test
    void valuesTooLongForTheirFieldAreRejectedNotCut() {
        TransmittalType t = new TransmittalFixture(1, 0, 0).transmittal;
        t.getParticipant().get(0).getName().setLast("X".repeat(22));
        assertThatThrownBy(() -> writer.write(t, HeaderLayout.SENT))
                .isInstanceOf(CsenetWriteException.class)
                .hasMessage("Participant 1 Name-Last: is 22 characters, the field holds 21");
    }

    @Test
    void amountsThatDoNotFitAreRejected() {
        TransmittalType t = new TransmittalFixture(0, 1, 0).transmittal;
        t.getOrder().get(0).setFrequencyAmount(new BigDecimal("12.345"));
        assertThatThrownBy(() -> writer.write(t, HeaderLayout.SENT)).hasMessageContaining("more than two decimals");
        t.getOrder().get(0).setFrequencyAmount(new BigDecimal("10000000000.00"));
        assertThatThrownBy(() -> writer.write(t, HeaderLayout.SENT)).hasMessageContaining("field holds 12");
        t.getOrder().get(0).setFrequencyAmount(null);
        t.getOrder().get(0).setArrearsTotalAmount(new BigDecimal("-1000000000.00"));
        assertThatThrownBy(() -> writer.write(t, HeaderLayout.SENT)).hasMessageContaining("after the sign");
    }

    @Test
    void moreBlocksThanCsenetCarriesAreRejected() {
        TransmittalType t = new TransmittalFixture(9, 0, 0).transmittal;
        t.getParticipant().add(new ParticipantType());
        assertThatThrownBy(() -> writer.write(t, HeaderLayout.SENT)).hasMessageContaining("Participant-Data-Ind.");
    }

    @Test
    void nonAsciiTextIsRejected() {
        TransmittalType t = new TransmittalFixture(0, 0, 0).transmittal;
        t.getNcpIdentification().getName().setFirst("JOS\u00c9");
        assertThatThrownBy(() -> writer.write(t, HeaderLayout.SENT)).hasMessageContaining("outside printable ASCII")
                .hasMessageNotContaining("JOS");
    }

    @Test
    void aSenderWithoutALocatorCodeCannotGoOverCsenet() {
        TransmittalType t = new TransmittalFixture(0, 0, 0).transmittal;
        t.getHeader().getSender().setKind(SenderKind.FOREIGN_CENTRAL_AUTHORITY);
        t.getHeader().getSender().setLocatorCode(null);
        t.getHeader().getSender().setCountryCode("DE");
        assertThatThrownBy(() -> writer.write(t, HeaderLayout.SENT)).hasMessageContaining("Sender/LocatorCode");
    }

    @Test
    void indicatorCountsComeFromTheBlocksPresent() {
        TransmittalType t = new TransmittalFixture(3, 2, 7).transmittal;
        t.setNcpLocate(null);
        t.setInformation(null);
        String record = writer.write(t, HeaderLayout.SENT);
        assertThat(record.substring(89, 96)).isEqualTo("1103270");
        assertThat(record).hasSize(127 + 351 + 181 + 3 * 341 + 2 * 254 + 7 * 70);
    }

    @Test
    void csenetDefaultsForRequiredHeaderValuesTheTransmittalLeavesOut() {
        TransmittalType t = new TransmittalFixture(0, 0, 0).transmittal;
        t.getHeader().setCsenetVersion(null);
        t.getHeader().setAttachmentsIndicator(null);
        String record = writer.write(t, HeaderLayout.SENT);
        assertThat(record.substring(14, 17)).isEqualTo("003");
        assertThat(record.charAt(88)).isEqualTo('N');
    }
}
