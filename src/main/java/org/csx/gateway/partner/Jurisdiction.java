package org.csx.gateway.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.csx.gateway.contract.transmittal.SenderKind;

/**
 * One entry of the partner directory: a jurisdiction the registry exchanges cases with (a state's IV-D agency from
 * the shipped table, or a tribal IV-D program or foreign central authority added by configuration).
 *
 * @param id           stable directory id, e.g. {@code us-al}; also the ledger's partner id for a CSENet sender that
 *                     has no configured partner
 * @param stateFips    2-digit FIPS code for states (null otherwise)
 * @param locatorCodes the locator codes it speaks for (a state: its FIPS code; a tribe: its IRG tribal codes)
 * @param countryCode  ISO 3166-1 alpha-2, for foreign central authorities (null otherwise)
 * @param effectiveFrom first day in force, inclusive; null = always
 * @param effectiveTo   last day in force, inclusive; null = open-ended
 */
public record Jurisdiction(String id, SenderKind kind, String name, String stateFips, List<String> locatorCodes,
                           String countryCode, LocalDate effectiveFrom, LocalDate effectiveTo) {

    public Jurisdiction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        locatorCodes = List.copyOf(locatorCodes);
    }

    public boolean inForceOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** Whether a sender's locator code falls under this jurisdiction (state, county or office granularity). */
    public boolean ownsLocatorCode(String locatorCode) {
        return locatorCode != null && locatorCodes.stream().anyMatch(locatorCode::startsWith);
    }
}
