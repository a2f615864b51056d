package org.csx.gateway.identity;

import org.csx.gateway.config.SecretHashes;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.partner.PartnerDirectory;
import org.springframework.stereotype.Component;

/**
 * The one model of who is who: partners (and courts, which are TRIBUNAL partners), districts, registry staff and
 * the gateway itself, each with one login name. HTTP (Spring Security) and the embedded broker authenticate
 * against this directory, with the same secrets.
 */
@Component
public class IdentityDirectory {

    private final PartnerDirectory partners;
    private final Map<String, IdentityProperties.District> districts;
    private final Map<String, IdentityProperties.Staff> staff;
    private final GatewayLogin gateway;
    private final SecretHashes secrets = new SecretHashes();

    public IdentityDirectory(PartnerDirectory partners, IdentityProperties properties, GatewayLogin gateway) {
        this.partners = partners;
        this.gateway = gateway;
        this.districts = properties.getDistricts().stream().collect(Collectors.toUnmodifiableMap(
                d -> Identity.districtLogin(d.getDistrictId()), Function.identity(),
                (a, b) -> { throw new IllegalStateException("two entries for district " + a.getDistrictId()); }));
        this.staff = properties.getStaff().stream().collect(Collectors.toUnmodifiableMap(
                IdentityProperties.Staff::getUsername, Function.identity(),
                (a, b) -> { throw new IllegalStateException("two staff entries named " + a.getUsername()); }));
        districts.forEach((name, d) -> SecretHashes.requireSupported(name, d.getSecretHash()));
        staff.forEach((name, s) -> SecretHashes.requireSupported("staff " + name, s.getPasswordHash()));
        requireUniqueNames();
    }

    /** Who these credentials belong to; empty when the name is unknown or the secret wrong (indistinguishably). */
    public Optional<Identity> authenticate(String name, String secret) {
        if (name == null || secret == null) {
            return Optional.empty();
        }
        if (gateway.name().equals(name)) {
            boolean ok = MessageDigest.isEqual(gateway.secret().getBytes(StandardCharsets.UTF_8),
                    secret.getBytes(StandardCharsets.UTF_8));
            return ok ? Optional.of(Identity.gateway(name)) : Optional.empty();
        }
        if (partners.find(name).isPresent()) {
            return partners.authenticate(name, secret).map(Identity::partner);
        }
        IdentityProperties.District district = districts.get(name);
        if (district != null) {
            return secrets.verify(name, district.getSecretHash(), secret)
                    ? Optional.of(Identity.district(district.getDistrictId())) : Optional.empty();
        }
        IdentityProperties.Staff member = staff.get(name);
        if (!secrets.verify(name, member == null ? null : member.getPasswordHash(), secret)) {
            return Optional.empty();
        }
        return Optional.of(Identity.staff(name, member.getRoles()));
    }

    /** The partner a TLS client certificate with this subject stands for: exactly one, or none. */
    public Optional<Identity> byCertificateSubject(String subject) {
        return partners.byCertificateSubject(subject).map(Identity::partner);
    }

    /** An identity from the state's identity provider: a member of staff with the roles the token grants. */
    public Identity staffFromToken(String username, Set<StaffRole> roles) {
        return Identity.staff(username, roles);
    }

    public List<Partner> partners() {
        return partners.all();
    }

    /** District ids with credentials. */
    public Set<String> districtIds() {
        return districts.values().stream().map(IdentityProperties.District::getDistrictId).collect(Collectors.toSet());
    }

    public Set<String> administrators() {
        return staff.values().stream().filter(s -> s.getRoles().contains(StaffRole.ADMINISTRATOR))
                .map(IdentityProperties.Staff::getUsername).collect(Collectors.toSet());
    }

    public GatewayLogin gateway() {
        return gateway;
    }

    private void requireUniqueNames() {
        Set<String> seen = new HashSet<>();
        seen.add(gateway.name());
        for (String name : (Iterable<String>) () -> java.util.stream.Stream.of(
                partners.all().stream().map(Partner::id), districts.keySet().stream(), staff.keySet().stream())
                .flatMap(s -> s).iterator()) {
            if (!seen.add(name)) {
                throw new IllegalStateException("The login name " + name + " is given to two identities");
            }
        }
    }
}
