package org.csx.gateway.csenet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Fills the fields of one block occurrence: alphanumerics left-justified and space-padded, numerics
 * right-justified and zero-filled. The mirror of {@link FieldReader}: absent dates and amounts are written as
 * zeros, every other absent field as spaces, so that reading the record back gives the same absent values.
 * A value that does not fit throws {@link CsenetWriteException}; nothing is cut.
 */
final class FieldWriter {
    private static final Pattern LOCATOR = Pattern.compile("[0-9]{5}[0-9A-Z]{2}");

    private final BlockLayout layout;
    private final String label;
    private final char[] chars;

    FieldWriter(BlockLayout layout, String label) {
        this.layout = layout;
        this.label = label;
        this.chars = new char[layout.length()];
        Arrays.fill(chars, ' ');
    }

    @Override
    public String toString() {
        return new String(chars);
    }

    void text(String name, String value) {
        CsenetField f = layout.field(name);
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw fail(name, "contains a character outside printable ASCII");
            }
        }
        if (value.length() > f.length()) {
            throw fail(name, "is " + value.length() + " characters, the field holds " + f.length());
        }
        value.getChars(0, value.length(), chars, f.start() - 1);
    }

    /** A numeric string (SSN, phone, zip...): digits only, right-justified and zero-filled; absent is blank. */
    void digits(String name, String value) {
        if (value == null) {
            return;
        }
        if (!FieldReader.isDigits(value)) {
            throw fail(name, "must be digits only");
        }
        put(name, value);
    }

    void integer(String name, Integer value) {
        if (value == null) {
            return;
        }
        if (value < 0) {
            throw fail(name, "must not be negative");
        }
        put(name, Integer.toString(value));
    }

    /** CCYYMMDD; absent is zeros. */
    void date(String name, LocalDate value) {
        if (value == null) {
            put(name, "0");
            return;
        }
        if (value.getYear() < 0 || value.getYear() > 9999) {
            throw fail(name, "year does not fit CCYY");
        }
        put(name, value.format(FieldReader.CCYYMMDD));
    }

    /** Two implied decimals; absent (and zero) is zeros. */
    void money(String name, BigDecimal value) {
        if (value == null) {
            put(name, "0");
            return;
        }
        if (value.signum() < 0) {
            throw fail(name, "must not be negative");
        }
        put(name, cents(name, value));
    }

    /** As {@link #money}, but a negative amount is written as '-' followed by 11 digits (our assumption). */
    void signedMoney(String name, BigDecimal value) {
        if (value == null || value.signum() >= 0) {
            money(name, value);
            return;
        }
        CsenetField f = layout.field(name);
        String digits = cents(name, value.negate());
        if (digits.length() > f.length() - 1) {
            throw fail(name, "negative amount needs " + digits.length() + " digits, the field holds "
                    + (f.length() - 1) + " after the sign");
        }
        String padded = "-" + "0".repeat(f.length() - 1 - digits.length()) + digits;
        padded.getChars(0, padded.length(), chars, f.start() - 1);
    }

    void yesNo(String name, Boolean value) {
        if (value != null) {
            text(name, value ? "Y" : "N");
        }
    }

    /** A 7-character locator code split into the state (2), county (3) and sub (2) FIPS fields. */
    void locator(String stateField, String countyField, String subField, String locator) {
        if (locator == null) {
            return;
        }
        if (!LOCATOR.matcher(locator).matches()) {
            throw fail(stateField, "locator code must be 5 digits and 2 digits or capital letters");
        }
        text(stateField, locator.substring(0, 2));
        text(countyField, locator.substring(2, 5));
        text(subField, locator.substring(5, 7));
    }

    private String cents(String name, BigDecimal value) {
        try {
            return value.setScale(2).unscaledValue().toString();
        } catch (ArithmeticException e) {
            throw fail(name, "has more than two decimals");
        }
    }

    /** Right-justifies digits, zero-filled. */
    private void put(String name, String digits) {
        CsenetField f = layout.field(name);
        if (digits.length() > f.length()) {
            throw fail(name, "needs " + digits.length() + " digits, the field holds " + f.length());
        }
        String padded = "0".repeat(f.length() - digits.length()) + digits;
        padded.getChars(0, padded.length(), chars, f.start() - 1);
    }

    CsenetWriteException fail(String name, String reason) {
        return new CsenetWriteException(label.isEmpty() ? name : label + " " + name, reason);
    }
}
