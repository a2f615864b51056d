package org.csx.gateway.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataCipherTest {

    private static final String RAW = "<Transmittal><Ssn>900123456</Ssn><BirthDate>1985-04-12</BirthDate></Transmittal>";

    @TempDir
    Path directory;

    @Test
    void aSealedValueHidesThePlaintextAndOpensInItsOwnContext() {
        PersonalDataCipher cipher = new PersonalDataCipher(new FileDataKeySource(directory.resolve("keys/k"), true, Map.of(), null));

        String sealed = cipher.seal(RAW, "transmittal_message/1");

        assertThat(sealed).startsWith(PersonalDataCipher.PREFIX + cipher.activeKeyId() + ":")
                .doesNotContain("900123456", "1985-04-12", "Transmittal");
        assertThat(cipher.open(sealed, "transmittal_message/1")).isEqualTo(RAW);
        assertThat(cipher.seal(RAW, "transmittal_message/1")).as("a fresh nonce every time").isNotEqualTo(sealed);
    }

    @Test
    void aValueCopiedIntoAnotherRowOrAlteredDoesNotOpenAndTheErrorQuotesNothing() {
        PersonalDataCipher cipher = new PersonalDataCipher(new FileDataKeySource(directory.resolve("keys/k"), true, Map.of(), null));
        String sealed = cipher.seal(RAW, "transmittal_message/1");
        String altered = sealed.substring(0, sealed.length() - 6) + (sealed.endsWith("AAAA==") ? "BBBB==" : "AAAA==");

        assertThatThrownBy(() -> cipher.open(sealed, "transmittal_message/2"))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("900123456");
        assertThatThrownBy(() -> cipher.open(altered, "transmittal_message/1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueCutShorterThanItsNonceOrNotBase64IsRefusedAsNotOpening() {
        PersonalDataCipher cipher = new PersonalDataCipher(new FileDataKeySource(directory.resolve("keys/k"), true, Map.of(), null));
        String sealed = cipher.seal(RAW, "transmittal_message/1");
        String head = sealed.substring(0, sealed.lastIndexOf(':') + 1);

        for (String broken : new String[] {head, head + "AAAA", head + "AAAAAAAAAAAAAAAA", head + "not base64!", head + "Ā€"}) {
            assertThatThrownBy(() -> cipher.open(broken, "transmittal_message/1"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not open in its context");
        }
        assertThat(cipher.open(sealed, "transmittal_message/1")).isEqualTo(RAW);
    }

    @Test
    void theCipherAThreadKeepsWorksAfterAValueThatDidNotOpenAndAcrossThreads() throws Exception {
        PersonalDataCipher cipher = new PersonalDataCipher(new FileDataKeySource(directory.resolve("keys/k"), true, Map.of(), null));
        String sealed = cipher.seal(RAW, "transmittal_message/1");
        assertThatThrownBy(() -> cipher.open(sealed, "transmittal_message/2")).isInstanceOf(IllegalStateException.class);

        // the same thread's cipher, right after the failed tag check, and then eight threads at once
        assertThat(cipher.open(sealed, "transmittal_message/1")).isEqualTo(RAW);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        String value = RAW + thread + "/" + i;
                        String context = "ctx/" + thread + "/" + i;
                        if (!value.equals(cipher.open(cipher.seal(value, context), context))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aValueSealedUnderAnOldKeyStillOpensAfterARotationAndNewValuesUseTheNewKey() {
        FileDataKeySource source = new FileDataKeySource(directory.resolve("keys/data-keys.properties"), true, Map.of(), null);
        PersonalDataCipher cipher = new PersonalDataCipher(source);
        String oldKey = cipher.activeKeyId();
        String sealedBefore = cipher.seal(RAW, "ctx");

        String newKey = source.rotate();
        cipher.reloadKeys();
        String sealedAfter = cipher.seal(RAW, "ctx");

        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(PersonalDataCipher.keyIdOf(sealedBefore)).isEqualTo(oldKey);
        assertThat(PersonalDataCipher.keyIdOf(sealedAfter)).isEqualTo(newKey);
        assertThat(cipher.open(sealedBefore, "ctx")).isEqualTo(RAW);
        assertThat(cipher.open(sealedAfter, "ctx")).isEqualTo(RAW);
        // A gateway started afresh on the rotated key file reads both too.
        PersonalDataCipher restarted = new PersonalDataCipher(
                new FileDataKeySource(directory.resolve("keys/data-keys.properties"), false, Map.of(), null));
        assertThat(restarted.activeKeyId()).isEqualTo(newKey);
        assertThat(restarted.open(sealedBefore, "ctx")).isEqualTo(RAW);
    }

    @Test
    void aValueUnderAKeyNoLongerConfiguredIsRefusedByName() {
        PersonalDataCipher first = new PersonalDataCipher(new FileDataKeySource(null, false, Map.of("a", FileDataKeySource.newKey()), "a"));
        PersonalDataCipher second = new PersonalDataCipher(new FileDataKeySource(null, false, Map.of("b", FileDataKeySource.newKey()), "b"));

        assertThatThrownBy(() -> second.open(first.seal(RAW, "ctx"), "ctx"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("key a");
    }

    @Test
    void theGeneratedKeyFileIsOwnerOnlyAndReusedAtTheNextStart() throws Exception {
        Path file = directory.resolve("data/keys/data-keys.properties");
        String id = new PersonalDataCipher(new FileDataKeySource(file, true, Map.of(), null)).activeKeyId();

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnlyFiles.FILE);
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(OwnerOnlyFiles.DIRECTORY);
        assertThat(new PersonalDataCipher(new FileDataKeySource(file, true, Map.of(), null)).activeKeyId()).isEqualTo(id);
    }

    @Test
    void productionNeverGeneratesAKey() {
        assertThatThrownBy(() -> new FileDataKeySource(directory.resolve("missing.properties"), false, Map.of(), null).load())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aValueStoredInClearBeforeEncryptionReadsAsItIs() {
        PersonalDataCipher cipher = new PersonalDataCipher(new FileDataKeySource(null, false, Map.of("a", FileDataKeySource.newKey()), "a"));
        assertThat(cipher.open(RAW, "ctx")).isEqualTo(RAW);
    }
}
