package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsenetLayoutTest {
    private final CsenetLayout layout = CsenetLayout.standard();

    @Test
    void blockTotalsAgreeWithTheIgdCharts() {
        assertThat(layout.length(CsenetBlock.HEADER)).isEqualTo(121);
        assertThat(layout.length(CsenetBlock.CASE)).isEqualTo(351);
        assertThat(layout.length(CsenetBlock.NCP_IDENTIFICATION)).isEqualTo(181);
        assertThat(layout.length(CsenetBlock.NCP_LOCATE)).isEqualTo(1421);
        assertThat(layout.length(CsenetBlock.PARTICIPANT)).isEqualTo(341);
        assertThat(layout.length(CsenetBlock.ORDER)).isEqualTo(254);
        assertThat(layout.length(CsenetBlock.COLLECTION)).isEqualTo(70);
        assertThat(layout.length(CsenetBlock.INFORMATION)).isEqualTo(416);
        // the longest outgoing record of the CSENet 2000 data set specification
        int max = 127;
        for (CsenetBlock b : CsenetBlock.dataBlocks()) {
            max += b.maxCount() * layout.length(b);
        }
        assertThat(max).isEqualTo(CsenetFileReader.MAX_RECORD_LENGTH).isEqualTo(8481);
    }

    @Test
    void bothHeaderVariantsShareThe96CommonPositions() {
        BlockLayout sent = layout.header(HeaderLayout.SENT);
        BlockLayout received = layout.header(HeaderLayout.RECEIVED);
        assertThat(sent.length()).isEqualTo(127);
        assertThat(received.length()).isEqualTo(121);
        assertThat(sent.fields().subList(0, 25)).isEqualTo(received.fields().subList(0, 25));
        assertThat(sent.field("Sent-Date").start()).isEqualTo(97);
        assertThat(sent.field("Overdue-Ind").end()).isEqualTo(127);
        assertThat(received.field("Interstate-Forms-Printed").end()).isEqualTo(121);
    }

    @Test
    void lookupByBlockAndFieldName() {
        CsenetField ssn = layout.field(CsenetBlock.NCP_IDENTIFICATION, "SSN");
        assertThat(ssn.start()).isEqualTo(57);
        assertThat(ssn.length()).isEqualTo(9);
        assertThat(ssn.numeric()).isTrue();
        assertThatThrownBy(() -> layout.field(CsenetBlock.CASE, "No-Such-Field")).hasMessageContaining("No-Such-Field");
    }

    @Test
    void aTableWithAGapFailsFast() {
        String csv = "block,field,start,end,length,type,required\nHEADER,A,1,2,2,N,True\nHEADER,B,4,5,2,N,True\n";
        assertThatThrownBy(() -> CsenetLayout.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("starts at 4, expected 3");
    }
}
