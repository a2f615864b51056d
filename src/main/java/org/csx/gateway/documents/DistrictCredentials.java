package org.csx.gateway.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * District systems' credentials for fetching documents (csx.documents.district-credentials), held only as
 * hashes like the partners': {@code {sha256}<hex>} for long random machine secrets, {@code {bcrypt}...} otherwise.
 */
public class DistrictCredentials {

    private final Map<String, String> hashes;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    public DistrictCredentials(List<DocumentsProperties.DistrictCredential> credentials) {
        this.hashes = credentials.stream().collect(Collectors.toUnmodifiableMap(
                DocumentsProperties.DistrictCredential::getDistrictId, DocumentsProperties.DistrictCredential::getSecretHash,
                (a, b) -> { throw new IllegalArgumentException("two credentials for one district"); }));
    }

    /** The district an HTTP Basic {@code Authorization} header authenticates, if any. */
    public Optional<String> authenticate(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorizationHeader.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String district = decoded.substring(0, colon);
        String secret = decoded.substring(colon + 1);
        String hash = hashes.get(district);
        return hash != null && matches(hash, secret) ? Optional.of(district) : Optional.empty();
    }

    private boolean matches(String hash, String secret) {
        if (hash.startsWith("{sha256}")) {
            return MessageDigest.isEqual(HexFormat.of().parseHex(hash.substring(8)), sha256(secret));
        }
        return bcrypt.matches(secret, hash.startsWith("{bcrypt}") ? hash.substring(8) : hash);
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
