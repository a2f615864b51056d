package org.csx.gateway.csenet;

import java.util.Arrays;

/**
 * Formats one 145-byte CSENet error-file record (brief 1.11, IGD chart C-12) for a rejected transaction.
 *
 * <pre>
 *   1-6   Txn-Counter (zero-filled)      56     Action
 *   8-14  Local FIPS (7)                 58-60  Function
 *   16-22 Other FIPS (7)                 62-66  Reason
 *   24-38 Local Case ID                  68-75  Action-Resolution-Date
 *   40-54 Other Case ID                  77-84  Transaction-Date
 *   86-89 Error-Code (4)                 91-145 Error message: 91-102 the failed transaction's serial number,
 *                                               103 blank, 104-145 the message text (42 characters)
 * </pre>
 * Single blank filler columns separate the fields.
 *
 * <p>The transaction fields are copied byte for byte from the rejected record's header positions (1-96 are the
 * same in both header layouts), so a record rejected for being truncated or malformed still gets as much of its
 * identification as it has; what is missing stays blank, and non-printable bytes become '?'. The record is thus
 * written from the same point of view as the rejected record ("Local" unchanged).
 *
 * <p>The error code is one of ours ({@link CsenetErrorCode}); the official list was not available. The message
 * text is free text for people and, unlike transaction fields, is cut to its 42 characters if longer. Callers
 * must not put personal data in it; {@link CsenetRecordError} reasons never contain any.
 */
final class CsenetErrorRecordWriter {
    public static final int RECORD_LENGTH = 145;
    public static final int MESSAGE_TEXT_LENGTH = 42;

    /** The first error of a failed parse, as the message: field name and reason. */
    public String write(long counter, String rejectedRecord, CsenetRecordError error) {
        return write(counter, rejectedRecord, error.code(), error.field() + ": " + error.reason());
    }

    /**
     * @param counter        the 1-based position of this error record in the error file (1-999999)
     * @param rejectedRecord the raw transaction record that was rejected (may be short or empty)
     * @param code           why it was rejected
     * @param message        free text, cut to {@value #MESSAGE_TEXT_LENGTH} characters
     */
    public String write(long counter, String rejectedRecord, CsenetErrorCode code, String message) {
        if (counter < 0 || counter > 999_999) {
            throw new IllegalArgumentException("Txn-Counter must fit 6 digits: " + counter);
        }
        String raw = rejectedRecord == null ? "" : rejectedRecord;
        char[] out = new char[RECORD_LENGTH];
        Arrays.fill(out, ' ');
        put(out, 1, String.format("%06d", counter));
        copy(out, 8, raw, 1, 7);     // Local FIPS
        copy(out, 16, raw, 8, 7);    // Other FIPS
        copy(out, 24, raw, 46, 15);  // Case-ID
        copy(out, 40, raw, 61, 15);  // Other-Case-ID
        copy(out, 56, raw, 34, 1);   // Action-Code
        copy(out, 58, raw, 35, 3);   // Functional-Type-Code
        copy(out, 62, raw, 76, 5);   // Action-Reason
        copy(out, 68, raw, 81, 8);   // Action-Resolution-Date
        copy(out, 77, raw, 38, 8);   // Transaction-Date
        put(out, 86, code.code());
        copy(out, 91, raw, 18, 12);  // Transaction-Serial-Number
        String text = message == null ? "" : printable(message);
        put(out, 104, text.length() > MESSAGE_TEXT_LENGTH ? text.substring(0, MESSAGE_TEXT_LENGTH) : text);
        return new String(out);
    }

    /** Copies {@code length} characters of the record starting at 1-based {@code from}, as far as it goes. */
    private static void copy(char[] out, int to, String raw, int from, int length) {
        for (int i = 0; i < length && from - 1 + i < raw.length(); i++) {
            char c = raw.charAt(from - 1 + i);
            out[to - 1 + i] = c < 0x20 || c > 0x7E ? '?' : c;
        }
    }

    private static void put(char[] out, int to, String value) {
        value.getChars(0, value.length(), out, to - 1);
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7E ? '?' : (char) c));
        return b.toString();
    }
}
