package org.csx.gateway.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The media types the registry takes (PDF, TIFF, JPEG) and what each one's first bytes must be, so a
 * document declared as a PDF that is something else is refused rather than forwarded.
 */
final class DocumentMediaTypes {

    public static final String PDF = "application/pdf";
    public static final String TIFF = "image/tiff";
    public static final String JPEG = "image/jpeg";

    /** How many leading bytes {@link #detect} needs. */
    public static final int MAGIC_LENGTH = 8;

    private DocumentMediaTypes() {
    }

    public static boolean isAccepted(String mediaType) {
        String type = normalize(mediaType);
        return PDF.equals(type) || TIFF.equals(type) || JPEG.equals(type);
    }

    /** "Application/PDF; charset=x" → "application/pdf". */
    public static String normalize(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The accepted media type these leading bytes belong to, if any. */
    public static Optional<String> detect(byte[] head, int length) {
        byte[] b = Arrays.copyOf(head, Math.max(length, 0));
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of(TIFF);
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... expected) {
        if (bytes.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
