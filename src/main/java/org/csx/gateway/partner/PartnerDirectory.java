package org.csx.gateway.partner;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.PartnerProperties;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.config.SecretHashes;
import org.springframework.stereotype.Component;

/**
 * The configured partners and their credentials (part of the identity model, package identity). Secrets are only
 * ever held as hashes, checked by {@link SecretHashes}.
 */
@Component
public class PartnerDirectory {

    private final Map<String, PartnerProperties> partners;
    private final SecretHashes secrets = new SecretHashes();

    public PartnerDirectory(CsxProperties properties) {
        this.partners = properties.getPartners().stream()
                .collect(Collectors.toUnmodifiableMap(PartnerProperties::getId, Function.identity()));
        partners.values().forEach(p -> SecretHashes.requireSupported("partner " + p.getId(), p.getSecretHash()));
    }

    /** The partner whose TLS client certificate has this subject (csx.partners[].certificate-subject), if any. */
    public Optional<Partner> byCertificateSubject(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        javax.security.auth.x500.X500Principal wanted = new javax.security.auth.x500.X500Principal(subject);
        List<Partner> found = partners.values().stream()
                .filter(p -> p.getCertificateSubject() != null
                        && new javax.security.auth.x500.X500Principal(p.getCertificateSubject()).equals(wanted))
                .map(PartnerDirectory::toPartner).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Optional<Partner> find(String partnerId) {
        return Optional.ofNullable(partnerId).map(partners::get).map(PartnerDirectory::toPartner);
    }

    /**
     * The state IV-D agency that sends as this locator code: the configured STATE_IV_D_AGENCY partner owning it
     * (the most specific entry wins when a state and one of its counties are configured as different partners).
     * Used by the CSENet file channel, where the file system, not credentials, says who may drop files.
     * Two state agencies configured with the same code is a configuration error; which one is returned is then
     * unspecified.
     */
    public Optional<Partner> stateAgencyFor(String locatorCode) {
        if (locatorCode == null || locatorCode.isBlank()) {
            return Optional.empty();
        }
        Partner best = null;
        int bestLength = -1;
        for (PartnerProperties p : partners.values()) {
            if (p.getKind() != SenderKind.STATE_IV_D_AGENCY) {
                continue;
            }
            for (String code : p.getLocatorCodes()) {
                if (locatorCode.startsWith(code) && code.length() > bestLength) {
                    best = toPartner(p);
                    bestLength = code.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    public List<Partner> all() {
        return partners.values().stream().map(PartnerDirectory::toPartner).toList();
    }

    /** The partner these credentials belong to, or empty when the id is unknown or the secret wrong. */
    public Optional<Partner> authenticate(String partnerId, String secret) {
        PartnerProperties partner = partnerId == null ? null : partners.get(partnerId);
        if (!secrets.verify(partnerId, partner == null ? null : partner.getSecretHash(), secret)) {
            return Optional.empty();
        }
        return Optional.of(toPartner(partner));
    }

    private static Partner toPartner(PartnerProperties p) {
        return new Partner(p.getId(), p.getKind(), p.getName(), List.copyOf(p.getLocatorCodes()), p.getCountryCode());
    }
}
