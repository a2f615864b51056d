package org.csx.gateway.csenet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test helper: hands out a value for a field while recording the exact bytes the writer must put at that field's
 * position, so a test can check every field of the CSV against the record. Generated texts fill the whole field
 * and are distinct, so a value landing in the wrong field shows.
 */
final class Expectations {
    private static int sequence;

    private final BlockLayout layout;
    private final Map<String, String> bytes = new LinkedHashMap<>();

    Expectations(BlockLayout layout) {
        this.layout = layout;
    }

    Map<String, String> bytes() {
        return bytes;
    }

    BlockLayout layout() {
        return layout;
    }

    /** A generated alphanumeric value filling the whole field. */
    String text(String field) {
        int length = layout.field(field).length();
        String tag = "Q" + Integer.toString(++sequence, 36).toUpperCase();
        StringBuilder value = new StringBuilder(tag);
        for (int i = 0; value.length() < length; i++) {
            value.append((char) ('a' + (sequence + i) % 26));
        }
        return text(field, value.substring(0, length));
    }

    String text(String field, String value) {
        int length = layout.field(field).length();
        record(field, value + " ".repeat(length - value.length()));
        return value;
    }

    /** A numeric string (SSN, phone...), recorded right-justified zero-filled. */
    String digits(String field, String value) {
        record(field, zeroFilled(field, value));
        return value;
    }

    Integer integer(String field, int value) {
        record(field, zeroFilled(field, Integer.toString(value)));
        return value;
    }

    LocalDate date(String field, String ccyymmdd) {
        record(field, ccyymmdd);
        return LocalDate.parse(ccyymmdd, FieldReader.CCYYMMDD);
    }

    /** An amount given as its digits with two implied decimals, e.g. "123456" is 1234.56. */
    BigDecimal money(String field, String digits) {
        record(field, zeroFilled(field, digits));
        return new BigDecimal(new BigInteger(digits), 2);
    }

    Boolean yesNo(String field, boolean value) {
        record(field, value ? "Y" : "N");
        return value;
    }

    <E> E code(String field, E value, String code) {
        text(field, code);
        return value;
    }

    /** Bytes the writer must produce for a field the transmittal does not set (reserved, absent...). */
    void raw(String field, String exact) {
        record(field, exact);
    }

    void blank(String field) {
        record(field, " ".repeat(layout.field(field).length()));
    }

    void zeros(String field) {
        record(field, "0".repeat(layout.field(field).length()));
    }

    private String zeroFilled(String field, String digits) {
        int length = layout.field(field).length();
        return "0".repeat(length - digits.length()) + digits;
    }

    private void record(String field, String exact) {
        CsenetField f = layout.field(field);
        if (exact.length() != f.length()) {
            throw new IllegalArgumentException(field + ": expected bytes must be " + f.length() + " long");
        }
        if (bytes.put(field, exact) != null) {
            throw new IllegalArgumentException(field + " given twice");
        }
    }
}
