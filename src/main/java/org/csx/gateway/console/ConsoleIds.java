package org.csx.gateway.console;

import java.util.UUID;

/** Ids as they come in a console URL: parsed, or null when they are not ids at all. */
final class ConsoleIds {

    private ConsoleIds() {
    }

    static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
