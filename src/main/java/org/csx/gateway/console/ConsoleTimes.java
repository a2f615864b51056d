package org.csx.gateway.console;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Times on the console's pages in the registry's zone ({@code csx.console.zone}, default America/New_York), not UTC
 * as stored; a time of day carries the zone's abbreviation (EST, EDT) so nobody mistakes it.
 */
@Component
class ConsoleTimes {

    private final ZoneId zone;

    ConsoleTimes(@Value("${csx.console.zone:America/New_York}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** {@code pattern}: a DateTimeFormatter pattern ({@code yyyy-MM-dd HH:mm}); empty for no time. */
    public String format(OffsetDateTime time, String pattern) {
        return time == null ? "" : format(time.toInstant(), pattern);
    }

    public String format(Instant time, String pattern) {
        if (time == null) {
            return "";
        }
        String withZone = pattern.contains("HH") ? pattern + " z" : pattern;
        return DateTimeFormatter.ofPattern(withZone, Locale.US).format(time.atZone(zone));
    }

    ZoneId zone() {
        return zone;
    }
}
