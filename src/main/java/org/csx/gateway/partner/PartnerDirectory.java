package org.csx.gateway.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.PartnerProperties;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The configured partners and their credentials. Secrets are only ever held as hashes: BCrypt for
 * secrets a person chose, or SHA-256 for long random machine secrets (where a slow hash adds nothing).
 *
 * <p>BCrypt costs tens of milliseconds by design; a partner system sends thousands of requests with
 * the same secret, so a successful check is remembered as a SHA-256 of the secret and later requests
 * compare against that in constant time.
 */
@Component
public class PartnerDirectory {

    private static final String BCRYPT = "{bcrypt}";
    private static final String SHA256 = "{sha256}";

    private final Map<String, PartnerProperties> partners;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final Map<String, byte[]> verifiedSecretDigests = new ConcurrentHashMap<>();

    public PartnerDirectory(CsxProperties properties) {
        this.partners = properties.getPartners().stream()
                .collect(Collectors.toUnmodifiableMap(PartnerProperties::getId, Function.identity()));
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
        if (partnerId == null || secret == null) {
            return Optional.empty();
        }
        PartnerProperties partner = partners.get(partnerId);
        if (partner == null) {
            return Optional.empty();
        }
        byte[] digest = sha256(secret);
        byte[] remembered = verifiedSecretDigests.get(partnerId);
        if (remembered != null && MessageDigest.isEqual(remembered, digest)) {
            return Optional.of(toPartner(partner));
        }
        if (!matches(partner.getSecretHash(), secret, digest)) {
            return Optional.empty();
        }
        verifiedSecretDigests.put(partnerId, digest);
        return Optional.of(toPartner(partner));
    }

    private boolean matches(String storedHash, String secret, byte[] digest) {
        if (storedHash.startsWith(SHA256)) {
            byte[] expected = HexFormat.of().parseHex(storedHash.substring(SHA256.length()));
            return MessageDigest.isEqual(expected, digest);
        }
        String hash = storedHash.startsWith(BCRYPT) ? storedHash.substring(BCRYPT.length()) : storedHash;
        return bcrypt.matches(secret, hash);
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Partner toPartner(PartnerProperties p) {
        return new Partner(p.getId(), p.getKind(), p.getName(), List.copyOf(p.getLocatorCodes()), p.getCountryCode());
    }
}
