package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsenetErrorRecordWriterTest {
    private final CsenetErrorRecordWriter writer = new CsenetErrorRecordWriter();
    private final CsenetTransactionParser parser = new CsenetTransactionParser();

    @Test
    void formatsChartC12ForARejectedTransaction() {
        String record = new CsenetTransactionWriter()
                .write(new TransmittalFixture(1, 0, 0).transmittal, HeaderLayout.RECEIVED);
        String bad = CsenetTransactionParserTest.set(record, 38, "20261399");
        CsenetRecordError error = parser.parse(bad, HeaderLayout.RECEIVED).firstError().orElseThrow();

        String line = writer.write(12, bad, error);

        assertThat(line).hasSize(145);
        assertThat(line.substring(0, 6)).isEqualTo("000012");
        assertThat(line.substring(7, 14)).isEqualTo(TransmittalFixture.RECEIVER);
        assertThat(line.substring(15, 22)).isEqualTo(TransmittalFixture.SENDER);
        assertThat(line.substring(23, 38)).isEqualTo(bad.substring(45, 60));
        assertThat(line.substring(39, 54)).isEqualTo(bad.substring(60, 75));
        assertThat(line.substring(55, 56)).isEqualTo("R");
        assertThat(line.substring(57, 60)).isEqualTo("ENF");
        assertThat(line.substring(61, 66)).isEqualTo("ERREG");
        assertThat(line.substring(67, 75)).isEqualTo("20260220");
        assertThat(line.substring(76, 84)).isEqualTo("20261399");
        assertThat(line.substring(85, 89)).isEqualTo("GW05");
        assertThat(line.substring(90, 102)).isEqualTo("000000123457");
        assertThat(line.substring(103)).startsWith("Transaction-Date: not a valid CCYYMMDD");
        for (int filler : new int[] {7, 15, 23, 39, 55, 57, 61, 67, 76, 85, 90, 103}) {
            assertThat(line.charAt(filler - 1)).as("filler at %d", filler).isEqualTo(' ');
        }
    }

    @Test
    void aTruncatedRecordKeepsWhatItHasAndLongMessagesAreCut() {
        String line = writer.write(1, "3600000061110", CsenetErrorCode.RECORD_TRUNCATED, "x".repeat(60));
        assertThat(line).hasSize(145);
        assertThat(line.substring(7, 14)).isEqualTo("3600000");
        assertThat(line.substring(15, 22)).isEqualTo("061110 ");
        assertThat(line.substring(85, 89)).isEqualTo("GW01");
        assertThat(line.substring(103)).isEqualTo("x".repeat(42));
    }

    @Test
    void nonPrintableBytesFromTheRejectedRecordBecomeQuestionMarks() {
        String line = writer.write(2, "36\u00e900000", CsenetErrorCode.NOT_ASCII, "record: byte outside printable ASCII");
        assertThat(line.substring(7, 14)).isEqualTo("36?0000");
        assertThat(line).matches("[\\x20-\\x7E]{145}");
    }
}
