package org.csx.gateway.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The one check of a secret against its stored hash, for every identity (partners, courts, districts, staff, the
 * broker). Hashes are BCrypt ({@code {bcrypt}$2a$...}) for secrets a person chose, or SHA-256
 * ({@code {sha256}<hex>}) for long random machine secrets, where a slow hash adds nothing.
 *
 * <p>BCrypt costs tens of milliseconds by design; a partner system sends thousands of requests with the same
 * secret, so a successful check is remembered as a SHA-256 of the secret and later requests compare against that
 * in constant time. An unknown login name costs the same as a wrong secret, so timing does not tell which.
 */
public final class SecretHashes {

    private static final String BCRYPT = "{bcrypt}";
    private static final String SHA256 = "{sha256}";
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    /** BCrypt of a random string nobody knows: checked for unknown names so they take as long as known ones. */
    private final String dummy = bcrypt.encode(java.util.UUID.randomUUID().toString());
    private final Map<String, byte[]> verifiedSecretDigests = new ConcurrentHashMap<>();

    /** Whether {@code secret} is the secret of {@code loginName}, whose stored hash is {@code storedHash} (null: unknown). */
    public boolean verify(String loginName, String storedHash, String secret) {
        if (secret == null) {
            return false;
        }
        if (storedHash == null) {
            bcrypt.matches(secret, dummy);
            return false;
        }
        byte[] digest = sha256(secret);
        String key = loginName + '\u0000' + storedHash;
        byte[] remembered = verifiedSecretDigests.get(key);
        if (remembered != null && MessageDigest.isEqual(remembered, digest)) {
            return true;
        }
        if (!matches(storedHash, secret, digest)) {
            return false;
        }
        verifiedSecretDigests.put(key, digest);
        return true;
    }

    private boolean matches(String storedHash, String secret, byte[] digest) {
        if (storedHash.startsWith(SHA256)) {
            byte[] expected = HexFormat.of().parseHex(storedHash.substring(SHA256.length()));
            return MessageDigest.isEqual(expected, digest);
        }
        String hash = storedHash.startsWith(BCRYPT) ? storedHash.substring(BCRYPT.length()) : storedHash;
        return bcrypt.matches(secret, hash);
    }

    /** A stored hash this class can check: refuses configuration with a clear message at start-up. */
    public static void requireSupported(String what, String storedHash) {
        boolean ok = storedHash != null && (storedHash.matches("\\{sha256}[0-9a-fA-F]{64}")
                || storedHash.matches("(\\{bcrypt})?\\$2[aby]?\\$[0-9]{2}\\$.{53}"));
        if (!ok) {
            throw new IllegalStateException("The secret hash of " + what + " is neither {sha256}<64 hex> nor {bcrypt}$2a$...");
        }
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
