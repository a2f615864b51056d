package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Writes a transmittal with a distinct value in every field and checks the bytes at every position the field
 * table gives, for every block: the assertions are driven by the CSV, so a field nobody mapped fails too.
 */
class CsenetFieldPositionTest {
    private static final LocalDateTime STAMP = LocalDateTime.of(2026, 3, 4, 5, 6, 7);

    private final CsenetTransactionWriter writer = new CsenetTransactionWriter();

    @Test
    void everyFieldOfEveryBlockIsWrittenAtItsCsvPosition() {
        TransmittalFixture fixture = new TransmittalFixture(2, 2, 2);
        String record = writer.write(fixture.transmittal, HeaderLayout.SENT, STAMP);

        List<Expectations> occurrences = new ArrayList<>();
        occurrences.add(fixture.header);
        occurrences.addAll(fixture.blocks);
        int expectedLength = occurrences.stream().mapToInt(e -> e.layout().length()).sum();
        assertThat(record).hasSize(expectedLength);

        SoftAssertions softly = new SoftAssertions();
        int offset = 0;
        for (Expectations e : occurrences) {
            for (CsenetField f : e.layout().fields()) {
                String where = f.block().csvName() + " @" + offset + " " + f.name();
                softly.assertThat(e.bytes()).as(where + " has an expected value").containsKey(f.name());
                String actual = record.substring(offset + f.start() - 1, offset + f.end());
                softly.assertThat(actual).as(where).isEqualTo(e.bytes().get(f.name()));
            }
            offset += e.layout().length();
        }
        softly.assertAll();
    }

    @Test
    void receivedHeaderSwapsLocalAndOtherAndCarriesTheReceivedTail() {
        TransmittalFixture fixture = new TransmittalFixture(0, 0, 0);
        String record = writer.write(fixture.transmittal, HeaderLayout.RECEIVED, STAMP);
        BlockLayout h = CsenetLayout.standard().header(HeaderLayout.RECEIVED);

        assertThat(at(record, h, "Local-FIPS-State") + at(record, h, "Local-FIPS-County")
                + at(record, h, "Local-FIPS-Sub")).isEqualTo(TransmittalFixture.RECEIVER);
        assertThat(at(record, h, "Other-FIPS-State") + at(record, h, "Other-FIPS-County")
                + at(record, h, "Other-FIPS-Sub")).isEqualTo(TransmittalFixture.SENDER);
        assertThat(at(record, h, "Case-ID").trim()).isEqualTo(fixture.transmittal.getHeader().getReceiverCaseId());
        assertThat(at(record, h, "Other-Case-ID").trim()).isEqualTo(fixture.transmittal.getHeader().getSenderCaseId());
        assertThat(at(record, h, "Date-Received")).isEqualTo("20260304");
        assertThat(at(record, h, "Time-Received")).isEqualTo("050607");
        assertThat(at(record, h, "Attachments-Due-Date")).isEqualTo("00000000");
        assertThat(record.substring(110, 121)).isEqualTo(" 00000000  ");
        assertThat(record).hasSize(121 + 351 + 181 + 1421 + 416);
    }

    @Test
    void sentHeaderPutsTheSenderInLocal() {
        TransmittalFixture fixture = new TransmittalFixture(0, 0, 0);
        String record = writer.write(fixture.transmittal, HeaderLayout.SENT);
        assertThat(record).startsWith("36047A106037B2003000000123457");
        assertThat(record.substring(96, 127)).isEqualTo("0".repeat(31));
    }

    private static String at(String record, BlockLayout layout, String field) {
        CsenetField f = layout.field(field);
        return record.substring(f.start() - 1, f.end());
    }
}
