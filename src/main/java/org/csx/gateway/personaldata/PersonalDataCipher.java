package org.csx.gateway.personaldata;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal data in the application before it is stored: AES-256-GCM, a fresh 96-bit nonce per value,
 * and the id of the key used stored with the value, so keys can rotate ({@link DataKeys}). A sealed value is text:
 *
 * <pre>csx-enc:1:&lt;key id&gt;:&lt;base64(nonce ‖ ciphertext ‖ tag)&gt;</pre>
 *
 * <p>Each value is bound to where it belongs by its <em>context</em> (e.g. {@code transmittal_message/<tracking
 * id>}), authenticated as GCM additional data: a ciphertext copied into another row does not open there.
 *
 * <p>Thread-safe: each thread keeps one {@link Cipher} and initializes it for every value (always with a fresh
 * nonce when sealing); looking a cipher up per value was a fifth of sealing's cost under the SOAP load benchmark
 * (docs/performance.md, "Cost of security").
 */
public class PersonalDataCipher {

    public static final String PREFIX = "csx-enc:1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });

    private final SecureRandom random = new SecureRandom();
    private final DataKeySource source;
    private volatile DataKeys keys;

    public PersonalDataCipher(DataKeySource source) {
        this.source = source;
        this.keys = source.load();
    }

    /** Reads the keys again (after a rotation): new values are sealed under the now active key. */
    public void reloadKeys() {
        this.keys = source.load();
    }

    public String activeKeyId() {
        return keys.activeKeyId();
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** The id of the key a sealed value was sealed under. */
    public static String keyIdOf(String sealed) {
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("not a sealed value");
        }
        int end = sealed.indexOf(':', PREFIX.length());
        return sealed.substring(PREFIX.length(), end);
    }

    public String seal(String plaintext, String context) {
        DataKeys current = keys;
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, current.active(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(current.activeKeyId(), context));
            byte[] plain = plaintext.getBytes(StandardCharsets.UTF_8);
            // nonce ‖ ciphertext ‖ tag written into one array: no separate ciphertext array copied after the nonce
            // (sealing's copies were a tenth of the gateway's allocation under the SOAP load, docs/performance.md)
            byte[] sealed = new byte[NONCE_BYTES + cipher.getOutputSize(plain.length)];
            System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
            int length = cipher.doFinal(plain, 0, plain.length, sealed, NONCE_BYTES);
            if (NONCE_BYTES + length != sealed.length) {
                throw new IllegalStateException("AES/GCM wrote " + length + " bytes, not the size it announced");
            }
            return PREFIX + current.activeKeyId() + ":" + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt personal data", e);
        }
    }

    /**
     * Opens a sealed value. A value stored before encryption was introduced (no prefix) is returned as it is, so
     * an existing database keeps working; {@code V20} notes those rows and the ledger re-seals them.
     *
     * @throws IllegalStateException if the key is unknown or the value was altered or belongs to another context
     */
    public String open(String value, String context) {
        if (!isSealed(value)) {
            return value;
        }
        int end = value.indexOf(':', PREFIX.length());
        if (end < 0) {
            throw new IllegalStateException("a sealed value without its key id");
        }
        String keyId = value.substring(PREFIX.length(), end);
        SecretKey key = keys.keys().get(keyId);
        if (key == null) {
            throw new IllegalStateException("personal data sealed under key " + keyId
                    + ", which is not among the configured data keys");
        }
        try {
            // decoded from the value's own characters, without a substring copied first; read where it lies
            ByteBuffer sealed = decode(value, end + 1);
            if (sealed.remaining() < NONCE_BYTES + TAG_BITS / 8) {
                // cut off: the JDK's AES/GCM would fail with a ProviderException, not as an altered value
                throw new IllegalArgumentException("shorter than a nonce and a tag");
            }
            byte[] bytes = sealed.array();
            int from = sealed.arrayOffset() + sealed.position();
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, from, NONCE_BYTES));
            cipher.updateAAD(aad(keyId, context));
            byte[] plain = cipher.doFinal(bytes, from + NONCE_BYTES, sealed.remaining() - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Never the value or the cause's text: only that it does not open here.
            throw new IllegalStateException("personal data under key " + keyId + " does not open in its context");
        }
    }

    /**
     * Large content (documents): everything written to the returned stream is encrypted under the active key in
     * 64 KB AES-GCM segments ({@link SegmentedStreams}); closing it closes {@code out}.
     */
    public OutputStream sealingStream(OutputStream out) throws IOException {
        DataKeys current = keys;
        return SegmentedStreams.sealing(out, current.activeKeyId(), current.active());
    }

    /**
     * Reads content written through {@link #sealingStream}; content stored in clear before (no header) is read as
     * it is. A segment that was altered, reordered or cut off fails the read with an IOException.
     */
    public InputStream openingStream(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, SegmentedStreams.SEGMENT + 64);
        buffered.mark(SegmentedStreams.MAGIC.length);
        byte[] head = buffered.readNBytes(SegmentedStreams.MAGIC.length);
        if (!SegmentedStreams.startsWithMagic(head, head.length)) {
            buffered.reset();
            return buffered;
        }
        return SegmentedStreams.opening(buffered, keyId -> {
            SecretKey key = keys.keys().get(keyId);
            if (key == null) {
                throw new IOException("content sealed under key " + keyId + ", which is not configured");
            }
            return key;
        });
    }

    private static ByteBuffer decode(String value, int from) {
        byte[] text = value.getBytes(StandardCharsets.ISO_8859_1);
        return Base64.getDecoder().decode(ByteBuffer.wrap(text, from, text.length - from));
    }

    private static byte[] aad(String keyId, String context) {
        return ("csx-enc:1|" + keyId + "|" + context).getBytes(StandardCharsets.UTF_8);
    }
}
