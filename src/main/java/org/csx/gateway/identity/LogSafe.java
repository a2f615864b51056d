package org.csx.gateway.identity;

/** What a caller typed, made safe for a log line: no line breaks or control characters, bounded length. */
final class LogSafe {

    private static final int MAX = 64;

    private LogSafe() {
    }

    /** Letters, digits and {@code . _ - @} as they are; anything else as %XX (UTF-16 code unit); long values cut. */
    public static String encode(String typed) {
        if (typed == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder(Math.min(typed.length(), MAX) + 8);
        for (int i = 0; i < typed.length() && i < MAX; i++) {
            char c = typed.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '-' || c == '@') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", (int) c));
            }
        }
        if (typed.length() > MAX) {
            out.append("...");
        }
        return out.toString();
    }
}
