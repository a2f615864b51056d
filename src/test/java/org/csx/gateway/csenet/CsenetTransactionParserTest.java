package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;

/** Bad records give errors, never exceptions. Base record: RECEIVED, 2 participants, 1 order, 1 collection. */
class CsenetTransactionParserTest {
    // 1-based start positions of the blocks in the base record
    private static final int CASE = 122;
    private static final int NCP_ID = CASE + 351;
    private static final int PARTICIPANT_1 = NCP_ID + 181 + 1421;
    private static final int LENGTH = 121 + 351 + 181 + 1421 + 2 * 341 + 254 + 70 + 416;

    private final CsenetTransactionParser parser = new CsenetTransactionParser();
    private final String record = new CsenetTransactionWriter()
            .write(new TransmittalFixture(2, 1, 1).transmittal, HeaderLayout.RECEIVED);

    @Test
    void aGoodRecordParses() {
        assertThat(record).hasSize(LENGTH);
        CsenetParseResult result = parser.parse(record, HeaderLayout.RECEIVED);
        assertThat(result.isSuccess()).isTrue();
        TransmittalType t = result.transmittal().orElseThrow();
        assertThat(t.getHeader().getReceiverLocatorCode()).isEqualTo(TransmittalFixture.RECEIVER);
        assertThat(t.getHeader().getSender().getLocatorCode()).isEqualTo(TransmittalFixture.SENDER);
        assertThat(t.getHeader().getSender().getKind()).isEqualTo(SenderKind.STATE_IV_D_AGENCY);
        assertThat(t.getParticipant()).hasSize(2);
    }

    @Test
    void recordShorterThanTheHeaderIsTruncated() {
        assertOnlyError(record.substring(0, 100), CsenetErrorCode.RECORD_TRUNCATED, 101);
        assertOnlyError("", CsenetErrorCode.RECORD_TRUNCATED, 1);
        assertOnlyError(null, CsenetErrorCode.RECORD_TRUNCATED, 1);
    }

    @Test
    void recordCutInsideABlockIsTruncated() {
        CsenetRecordError e = assertOnlyError(record.substring(0, LENGTH - 10), CsenetErrorCode.RECORD_TRUNCATED,
                LENGTH - 9);
        assertThat(e.reason()).contains("Information block 1 of 1");
    }

    @Test
    void recordLongerThanTheCountsAnnounce() {
        assertOnlyError(record + "EXTRA", CsenetErrorCode.RECORD_TOO_LONG, LENGTH + 1);
        // one participant more than the indicator says
        String extraParticipant = record.substring(PARTICIPANT_1 - 1, PARTICIPANT_1 - 1 + 341);
        String withThree = record.substring(0, PARTICIPANT_1 - 1) + extraParticipant
                + record.substring(PARTICIPANT_1 - 1);
        assertOnlyError(withThree, CsenetErrorCode.RECORD_TOO_LONG, LENGTH + 1);
    }

    @Test
    void countsThatDisagreeWithTheRecordLength() {
        CsenetRecordError e = assertOnlyError(set(record, 93, "3"), CsenetErrorCode.COUNTS_DISAGREE, LENGTH + 1);
        assertThat(e.reason()).contains("1 Participant block(s) short");
    }

    @Test
    void singleBlockIndicatorAboveOne() {
        assertOnlyError(set(record, 90, "2"), CsenetErrorCode.COUNTS_DISAGREE, 90);
    }

    @Test
    void nonNumericIndicator() {
        assertOnlyError(set(record, 94, "X"), CsenetErrorCode.NOT_NUMERIC, 94);
    }

    @Test
    void nonNumericDataInANumericField() {
        int ssn = NCP_ID + 56;
        CsenetRecordError e = assertOnlyError(set(record, ssn, "55512A456"), CsenetErrorCode.NOT_NUMERIC, ssn);
        assertThat(e.field()).isEqualTo("NCP-ID SSN");
        assertThat(e.reason()).doesNotContain("555");
    }

    @Test
    void invalidDates() {
        assertOnlyError(set(record, 38, "20260230"), CsenetErrorCode.INVALID_DATE, 38);
        assertOnlyError(set(record, 38, "2026013A"), CsenetErrorCode.NOT_NUMERIC, 38);
        int dob = PARTICIPANT_1 + 341 + 56; // participant 2 Date-Of-Birth
        CsenetRecordError e = assertOnlyError(set(record, dob, "20151301"), CsenetErrorCode.INVALID_DATE, dob);
        assertThat(e.field()).isEqualTo("Participant 2 Date-Of-Birth");
    }

    @Test
    void nonAsciiByte() {
        assertOnlyError(set(record, NCP_ID + 3, "\u00e9"), CsenetErrorCode.NOT_ASCII, NCP_ID + 3);
        assertOnlyError(set(record, CASE + 100, "\t"), CsenetErrorCode.NOT_ASCII, CASE + 100);
    }

    @Test
    void unknownCodeValues() {
        assertOnlyError(set(record, 35, "REG"), CsenetErrorCode.UNKNOWN_CODE, 35);
        assertOnlyError(set(record, NCP_ID + 74, "Z"), CsenetErrorCode.UNKNOWN_CODE, NCP_ID + 74);
        assertOnlyError(set(record, PARTICIPANT_1 + 340, "9"), CsenetErrorCode.UNKNOWN_CODE, PARTICIPANT_1 + 340);
        assertOnlyError(set(record, CASE + 350, "X"), CsenetErrorCode.UNKNOWN_CODE, CASE + 350);
    }

    @Test
    void blankRequiredFields() {
        assertOnlyError(set(record, 34, " "), CsenetErrorCode.REQUIRED_MISSING, 34);
        assertOnlyError(set(record, 18, " ".repeat(12)), CsenetErrorCode.REQUIRED_MISSING, 18);
        assertOnlyError(set(record, PARTICIPANT_1 + 75, " "), CsenetErrorCode.REQUIRED_MISSING, PARTICIPANT_1 + 75);
    }

    @Test
    void fieldRules() {
        assertOnlyError(set(record, 18, "000000000000"), CsenetErrorCode.INVALID_VALUE, 18);
        assertOnlyError(set(record, 46, " ABC"), CsenetErrorCode.INVALID_VALUE, 46);
        assertOnlyError(set(record, 61, "00 0" + " ".repeat(11)), CsenetErrorCode.INVALID_VALUE, 61);
        assertOnlyError(set(record, 76, "er-eg"), CsenetErrorCode.INVALID_VALUE, 76);
        // Time-Received (received header, positions 105-110) must be a time of day
        assertOnlyError(set(record, 105, "246000"), CsenetErrorCode.INVALID_VALUE, 105);
    }

    @Test
    void theCaseBlockPhoneExtensionKeepsAllSixCharacters() {
        CsenetParseResult result = parser.parse(set(record, CASE + 226, "X12345"), HeaderLayout.RECEIVED);
        assertThat(result.errors()).isEmpty();
        assertThat(result.transmittal().orElseThrow().getCase().getContactPhoneExtension()).isEqualTo("X12345");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String bad = set(set(set(record, 38, "20261301"), NCP_ID + 56, "ABCDEFGHI"), NCP_ID + 74, "Z");
        CsenetParseResult result = parser.parse(bad, HeaderLayout.RECEIVED);
        assertThat(result.errors()).extracting(CsenetRecordError::code).containsExactly(
                CsenetErrorCode.INVALID_DATE, CsenetErrorCode.NOT_NUMERIC, CsenetErrorCode.UNKNOWN_CODE);
        assertThat(result.transmittal()).isEmpty();
    }

    @Test
    void absentValues() {
        // blank FIPS sub reads as "00"; an all-zero date is absent
        String r = set(set(record, 6, "  "), 81, "00000000");
        TransmittalType t = parser.parse(r, HeaderLayout.RECEIVED).transmittal().orElseThrow();
        assertThat(t.getHeader().getReceiverLocatorCode()).isEqualTo("0603700");
        assertThat(t.getHeader().getActionResolutionDate()).isNull();
    }

    @Test
    void theWrongHeaderLayoutIsReportedNotThrown() {
        CsenetParseResult result = parser.parse(record, HeaderLayout.SENT);
        assertThat(result.isSuccess()).isFalse();
    }

    @Test
    void garbageNeverThrows() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            char[] chars = new char[random.nextInt(LENGTH + 200)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) (random.nextInt(10) == 0 ? random.nextInt(256) : 0x20 + random.nextInt(95));
            }
            // keep the indicators plausible now and then, so block parsing is exercised too
            String garbage = new String(chars);
            if (garbage.length() >= 96 && random.nextBoolean()) {
                garbage = garbage.substring(0, 89) + "1111111" + garbage.substring(96);
            }
            String input = garbage;
            for (HeaderLayout layout : HeaderLayout.values()) {
                assertThatCode(() -> parser.parse(input, layout)).doesNotThrowAnyException();
            }
        }
        // a plausible header and random block contents
        for (int i = 0; i < 500; i++) {
            char[] chars = record.toCharArray();
            for (int j = 0; j < 40; j++) {
                chars[121 + random.nextInt(LENGTH - 121)] = (char) (0x20 + random.nextInt(95));
            }
            String input = new String(chars);
            assertThatCode(() -> parser.parse(input, HeaderLayout.RECEIVED)).doesNotThrowAnyException();
        }
    }

    private CsenetRecordError assertOnlyError(String input, CsenetErrorCode code, int position) {
        CsenetParseResult result = parser.parse(input, HeaderLayout.RECEIVED);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.errors()).hasSize(1);
        CsenetRecordError error = result.errors().get(0);
        assertThat(error.code()).as(error.toString()).isEqualTo(code);
        assertThat(error.position()).as(error.toString()).isEqualTo(position);
        return error;
    }

    /** Replaces characters at a 1-based position. */
    static String set(String record, int position, String value) {
        return record.substring(0, position - 1) + value + record.substring(position - 1 + value.length());
    }
}
