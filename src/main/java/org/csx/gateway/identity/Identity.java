package org.csx.gateway.identity;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.csx.gateway.partner.Partner;

/**
 * Who a caller is, once authenticated, on HTTP and on the broker alike. The {@link #getName() name} is the login
 * name: a partner's id ({@code ca-dcss}, {@code court-36047}), {@code district-<id>}, a staff username, or the
 * gateway itself. It is also what {@code HttpServletRequest.getUserPrincipal().getName()} answers.
 */
public record Identity(String name, Kind kind, Partner partner, String districtId, Set<StaffRole> staffRoles)
        implements Principal {

    public enum Kind { PARTNER, DISTRICT, STAFF, GATEWAY }

    public Identity {
        staffRoles = Set.copyOf(staffRoles);
    }

    static Identity partner(Partner partner) {
        return new Identity(partner.id(), Kind.PARTNER, partner, null, Set.of());
    }

    static Identity district(String districtId) {
        return new Identity(districtLogin(districtId), Kind.DISTRICT, null, districtId, Set.of());
    }

    static Identity staff(String username, Set<StaffRole> roles) {
        return new Identity(username, Kind.STAFF, null, null, roles);
    }

    static Identity gateway(String name) {
        return new Identity(name, Kind.GATEWAY, null, null, Set.of());
    }

    /** A district system's login name, on HTTP and on the broker. */
    public static String districtLogin(String districtId) {
        return "district-" + districtId;
    }

    public Optional<Partner> asPartner() {
        return Optional.ofNullable(partner);
    }

    public Optional<String> asDistrict() {
        return Optional.ofNullable(districtId);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
