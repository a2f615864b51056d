package org.csx.gateway.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents encrypted as a stream of AES-GCM segments: round trip at every boundary, tampering and truncation caught. */
class SegmentedStreamsTest {

    private final PersonalDataCipher cipher = new PersonalDataCipher(
            new FileDataKeySource(null, false, Map.of("k1", FileDataKeySource.newKey()), "k1"));

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 65_535, 65_536, 65_537, 200_000, 3 * 65_536})
    void whatIsWrittenReadsBackExactly(int size) throws IOException {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);

        byte[] sealed = seal(content);

        assertThat(open(sealed)).isEqualTo(content);
        if (size > 64) {
            assertThat(indexOf(sealed, Arrays.copyOfRange(content, 0, 64))).as("plaintext on disk").isNegative();
        }
    }

    @Test
    void anAlteredByteIsCaught() throws IOException {
        byte[] sealed = seal(new byte[100_000]);
        sealed[sealed.length / 2] ^= 1;

        assertThatThrownBy(() -> open(sealed)).isInstanceOf(IOException.class);
    }

    @Test
    void aStreamCutAtASegmentBoundaryIsCaught() throws IOException {
        byte[] sealed = seal(new byte[2 * 65_536 + 10]);
        // header (7 + 1 + 2 + 12) + two full segments (4 + 65,536 + 16 each): the last segment dropped
        byte[] cut = Arrays.copyOf(sealed, 22 + 2 * (4 + 65_536 + 16));

        assertThatThrownBy(() -> open(cut)).isInstanceOf(IOException.class);
    }

    @Test
    void contentStoredInClearBeforeReadsAsItIs() throws IOException {
        byte[] legacy = "%PDF-1.7 stored before encryption".getBytes();
        assertThat(cipher.openingStream(new ByteArrayInputStream(legacy)).readAllBytes()).isEqualTo(legacy);
    }

    @Test
    void contentSealedUnderAnOlderKeyReadsAfterARotation() throws IOException {
        String oldKey = FileDataKeySource.newKey();
        PersonalDataCipher before = new PersonalDataCipher(new FileDataKeySource(null, false, Map.of("old", oldKey), "old"));
        PersonalDataCipher after = new PersonalDataCipher(new FileDataKeySource(null, false,
                Map.of("old", oldKey, "new", FileDataKeySource.newKey()), "new"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = before.sealingStream(out)) {
            sealing.write("petition".getBytes());
        }

        assertThat(after.openingStream(new ByteArrayInputStream(out.toByteArray())).readAllBytes())
                .isEqualTo("petition".getBytes());
    }

    private byte[] seal(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = cipher.sealingStream(out)) {
            // odd-sized writes, as a network stream would give them
            for (int i = 0; i < content.length; i += 7_777) {
                sealing.write(content, i, Math.min(7_777, content.length - i));
            }
        }
        return out.toByteArray();
    }

    private byte[] open(byte[] sealed) throws IOException {
        return cipher.openingStream(new ByteArrayInputStream(sealed)).readAllBytes();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
