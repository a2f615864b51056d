package org.csx.gateway.personaldata;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Large content (documents) encrypted as a stream of AES-256-GCM segments, so neither writing nor reading holds more
 * than one segment (64 KB) in memory:
 *
 * <pre>
 * "CSXSEG1" ‖ key id length (1 byte) ‖ key id ‖ base nonce (12 bytes)
 * then per segment: ciphertext length (4 bytes) ‖ ciphertext ‖ tag
 * </pre>
 *
 * Segment {@code i}'s nonce is the base nonce with {@code i} added into its last 4 bytes; its additional data is the
 * header, {@code i} and whether it is the last segment, so segments cannot be reordered, dropped or the stream cut
 * short without the reader noticing.
 */
final class SegmentedStreams {

    static final byte[] MAGIC = "CSXSEG1".getBytes(StandardCharsets.US_ASCII);
    static final int SEGMENT = 64 * 1024;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SegmentedStreams() {
    }

    static OutputStream sealing(OutputStream out, String keyId, SecretKey key) throws IOException {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        byte[] base = new byte[12];
        RANDOM.nextBytes(base);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(MAGIC);
        header.write(id.length);
        header.write(id);
        header.write(base);
        byte[] headerBytes = header.toByteArray();
        out.write(headerBytes);
        return new FilterOutputStream(out) {
            private final byte[] pending = new byte[SEGMENT];
            private int filled;
            private long index;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    if (filled == SEGMENT) {
                        // Only sealed once more data follows: the last segment is marked as such.
                        seal(false);
                    }
                    int take = Math.min(len, SEGMENT - filled);
                    System.arraycopy(b, off, pending, filled, take);
                    filled += take;
                    off += take;
                    len -= take;
                }
            }

            private void seal(boolean last) throws IOException {
                try {
                    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce(base, index)));
                    cipher.updateAAD(aad(headerBytes, index, last));
                    byte[] sealed = cipher.doFinal(pending, 0, filled);
                    out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
                    out.write(sealed);
                } catch (GeneralSecurityException e) {
                    throw new IOException("cannot encrypt", e);
                }
                index++;
                filled = 0;
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    seal(true);
                    out.close();
                }
            }
        };
    }

    static boolean startsWithMagic(byte[] head, int length) {
        return length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Opens a stream written by {@link #sealing}; {@code in} is positioned after the magic. */
    static InputStream opening(InputStream in, KeyLookup keys) throws IOException {
        DataInputStream data = new DataInputStream(in instanceof BufferedInputStream ? in
                : new BufferedInputStream(in, SEGMENT + 64));
        int idLength = data.readUnsignedByte();
        byte[] id = data.readNBytes(idLength);
        byte[] base = data.readNBytes(12);
        if (id.length != idLength || base.length != 12) {
            throw new IOException("encrypted content with a truncated header");
        }
        String keyId = new String(id, StandardCharsets.US_ASCII);
        SecretKey key = keys.key(keyId);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(MAGIC);
        header.write(idLength);
        header.write(id);
        header.write(base);
        byte[] headerBytes = header.toByteArray();
        return new InputStream() {
            private byte[] plain = new byte[0];
            private int position;
            private long index;
            private boolean last;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                while (position == plain.length) {
                    if (last) {
                        return -1;
                    }
                    next();
                }
                int n = Math.min(len, plain.length - position);
                System.arraycopy(plain, position, b, off, n);
                position += n;
                return n;
            }

            private void next() throws IOException {
                int length;
                try {
                    length = data.readInt();
                } catch (EOFException e) {
                    throw new IOException("encrypted content cut short");
                }
                if (length < 16 || length > SEGMENT + 16) {
                    throw new IOException("encrypted content with a bad segment");
                }
                byte[] sealed = data.readNBytes(length);
                if (sealed.length != length) {
                    throw new IOException("encrypted content cut short");
                }
                boolean isLast = peekEnd();
                plain = open(sealed, isLast);
                position = 0;
                last = isLast;
                index++;
            }

            private boolean peekEnd() throws IOException {
                data.mark(1);
                boolean end = data.read() < 0;
                if (!end) {
                    data.reset();
                }
                return end;
            }

            private byte[] open(byte[] sealed, boolean isLast) throws IOException {
                try {
                    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce(base, index)));
                    cipher.updateAAD(aad(headerBytes, index, isLast));
                    return cipher.doFinal(sealed);
                } catch (GeneralSecurityException e) {
                    throw new IOException("encrypted content does not open (altered, reordered or cut short)");
                }
            }

            @Override
            public void close() throws IOException {
                data.close();
            }
        };
    }

    interface KeyLookup {
        SecretKey key(String keyId) throws IOException;
    }

    private static byte[] nonce(byte[] base, long index) {
        byte[] nonce = base.clone();
        int counter = ByteBuffer.wrap(nonce, 8, 4).getInt() + (int) index;
        ByteBuffer.wrap(nonce, 8, 4).putInt(counter);
        return nonce;
    }

    private static byte[] aad(byte[] header, long index, boolean last) {
        return ByteBuffer.allocate(header.length + 9).put(header).putLong(index).put((byte) (last ? 1 : 0)).array();
    }
}
