package org.csx.gateway.csenet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of one block occurrence inside a record, turning fixed-width text into values and
 * collecting a {@link CsenetRecordError} (never an exception) for every field that does not decode.
 * A field that fails decodes as {@code null}, so mapping can carry on and report every problem at once.
 *
 * <p>Absent values: a blank field is absent; a date or money field of all zeros is absent too
 * (other numeric fields keep zeros as a value, e.g. Height-In "00").
 */
final class FieldReader {
    static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern LOCATOR_SUB = Pattern.compile("[0-9A-Z]{2}");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern HHMMSS = Pattern.compile("([01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]");

    private final String record;
    private final BlockLayout layout;
    private final int offset;
    private final String label;
    private final List<CsenetRecordError> errors;

    /**
     * @param offset 0-based index in the record where this block occurrence starts
     * @param label  prefix for error field names, e.g. "Participant 2" (empty for the header)
     */
    FieldReader(String record, BlockLayout layout, int offset, String label, List<CsenetRecordError> errors) {
        this.record = record;
        this.layout = layout;
        this.offset = offset;
        this.label = label;
        this.errors = errors;
    }

    String raw(String name) {
        CsenetField f = layout.field(name);
        return record.substring(offset + f.start() - 1, offset + f.end());
    }

    /** Alphanumeric: left-justified, trailing spaces dropped; blank is absent. */
    String text(String name) {
        String value = raw(name).stripTrailing();
        return value.isEmpty() ? null : value;
    }

    /** HHMMSS; blank or all zeros is absent (as for dates). */
    String time(String name) {
        String value = raw(name);
        if (value.isBlank() || isZeros(value)) {
            return null;
        }
        if (!HHMMSS.matcher(value).matches()) {
            error(CsenetErrorCode.INVALID_VALUE, name, "not a valid HHMMSS time");
            return null;
        }
        return value;
    }

    /** A numeric string kept as text (SSN, phone, zip, EIN...): all digits, or blank for absent. */
    String digits(String name) {
        String value = raw(name);
        if (value.isBlank()) {
            return null;
        }
        if (!isDigits(value)) {
            error(CsenetErrorCode.NOT_NUMERIC, name, "not numeric");
            return null;
        }
        return value;
    }

    Integer integer(String name) {
        String value = digits(name);
        return value == null ? null : Integer.valueOf(value);
    }

    Integer integer(String name, int min, int max) {
        Integer value = integer(name);
        if (value != null && (value < min || value > max)) {
            error(CsenetErrorCode.INVALID_VALUE, name, "outside " + min + "-" + max);
            return null;
        }
        return value;
    }

    /** CCYYMMDD; blank or all zeros is absent. */
    LocalDate date(String name) {
        String value = raw(name);
        if (value.isBlank() || isZeros(value)) {
            return null;
        }
        if (!isDigits(value)) {
            error(CsenetErrorCode.NOT_NUMERIC, name, "date not numeric");
            return null;
        }
        try {
            return LocalDate.parse(value, CCYYMMDD);
        } catch (DateTimeParseException e) {
            error(CsenetErrorCode.INVALID_DATE, name, "not a valid CCYYMMDD date");
            return null;
        }
    }

    /** 12 digits, two implied decimals (assumption: IGD rule 5b not available); zeros or blank is absent. */
    BigDecimal money(String name) {
        String value = raw(name);
        if (value.isBlank() || isZeros(value)) {
            return null;
        }
        if (!isDigits(value)) {
            error(CsenetErrorCode.NOT_NUMERIC, name, "amount not numeric");
            return null;
        }
        return new BigDecimal(new BigInteger(value), 2);
    }

    /** Like {@link #money} but a leading '-' followed by 11 digits is a negative amount (our assumption). */
    BigDecimal signedMoney(String name) {
        String value = raw(name);
        if (value.startsWith("-")) {
            String digits = value.substring(1);
            if (!isDigits(digits)) {
                error(CsenetErrorCode.NOT_NUMERIC, name, "amount not numeric");
                return null;
            }
            return isZeros(digits) ? null : new BigDecimal(new BigInteger(digits), 2).negate();
        }
        return money(name);
    }

    /** Y/N; blank is absent. */
    Boolean yesNo(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "Y" -> Boolean.TRUE;
            case "N" -> Boolean.FALSE;
            default -> {
                error(CsenetErrorCode.UNKNOWN_CODE, name, "expected Y or N");
                yield null;
            }
        };
    }

    /** An enumerated code mapped to its JAXB enum; an unknown value is an error, blank is absent. */
    <E> E code(String name, Function<String, E> fromValue) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return fromValue.apply(value);
        } catch (IllegalArgumentException e) {
            error(CsenetErrorCode.UNKNOWN_CODE, name, "unknown code value");
            return null;
        }
    }

    /** An enumerated code the contract keeps as a string (e.g. Dependent-Paternity-Status). */
    String code(String name, Set<String> allowed) {
        String value = text(name);
        if (value != null && !allowed.contains(value)) {
            error(CsenetErrorCode.UNKNOWN_CODE, name, "unknown code value");
            return null;
        }
        return value;
    }

    /** A two-letter state abbreviation. */
    String state(String name) {
        String value = text(name);
        if (value != null && !STATE.matcher(value).matches()) {
            error(CsenetErrorCode.INVALID_VALUE, name, "not a two-letter state abbreviation");
            return null;
        }
        return value;
    }

    /**
     * State + county + sub FIPS fields as a 7-character locator code. All blank is absent. A blank sub (local
     * office) becomes "00", as the contract's LocatorCode comment says; state and county must be digits even
     * where the IGD types them A/N (Order-FIPS), because the contract requires it.
     */
    String locator(String stateField, String countyField, String subField) {
        String state = raw(stateField);
        String county = raw(countyField);
        String sub = raw(subField);
        if ((state + county + sub).isBlank()) {
            return null;
        }
        boolean ok = true;
        if (!isDigits(state)) {
            error(CsenetErrorCode.NOT_NUMERIC, stateField, "FIPS state not numeric");
            ok = false;
        }
        if (!isDigits(county)) {
            error(CsenetErrorCode.NOT_NUMERIC, countyField, "FIPS county not numeric");
            ok = false;
        }
        if (sub.isBlank()) {
            sub = "00";
        } else if (!LOCATOR_SUB.matcher(sub).matches()) {
            error(CsenetErrorCode.INVALID_VALUE, subField, "FIPS sub must be two digits or capital letters");
            ok = false;
        }
        return ok ? state + county + sub : null;
    }

    /** Reports a blank field the contract (or CSENet) requires; returns the value unchanged. */
    <T> T require(T value, String name) {
        if (value == null && !alreadyReported(name)) {
            error(CsenetErrorCode.REQUIRED_MISSING, name, "required");
        }
        return value;
    }

    private boolean alreadyReported(String name) {
        int position = offset + layout.field(name).start();
        return errors.stream().anyMatch(e -> e.position() == position);
    }

    void error(CsenetErrorCode code, String name, String reason) {
        CsenetField f = layout.field(name);
        String field = label.isEmpty() ? name : label + " " + name;
        errors.add(new CsenetRecordError(code, field, offset + f.start(), reason));
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isZeros(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
