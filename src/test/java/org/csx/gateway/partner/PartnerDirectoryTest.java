package org.csx.gateway.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.PartnerProperties;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PartnerDirectoryTest {

    private static final String MACHINE_SECRET = "synthetic-machine-secret-0123456789abcdef";
    private static final String PERSON_SECRET = "Synthetic Passphrase 42!";
    /** {@code $2a$10$...}, made once: BCrypt is slow by design. */
    private static String bcryptHash;

    private PartnerDirectory directory;

    @BeforeAll
    static void hashOnce() {
        bcryptHash = new BCryptPasswordEncoder().encode(PERSON_SECRET);
    }

    private static PartnerProperties partner(String id, SenderKind kind, String secretHash, List<String> locators,
                                             String country) {
        PartnerProperties p = new PartnerProperties();
        p.setId(id);
        p.setKind(kind);
        p.setName("Partner " + id);
        p.setSecretHash(secretHash);
        p.setLocatorCodes(locators);
        p.setCountryCode(country);
        return p;
    }

    private static byte[] sha256(String secret) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hash(String secret) {
        return "{sha256}" + HexFormat.of().formatHex(sha256(secret));
    }

    private PartnerDirectory directoryOf(PartnerProperties... partners) {
        CsxProperties properties = new CsxProperties();
        properties.setPartners(List.of(partners));
        return new PartnerDirectory(properties);
    }

    @BeforeEach
    void setUp() {
        directory = directoryOf(
                partner("ca-dcss", SenderKind.STATE_IV_D_AGENCY, sha256Hash(MACHINE_SECRET), List.of("06"), null),
                partner("tx-oag", SenderKind.STATE_IV_D_AGENCY, "{bcrypt}" + bcryptHash, List.of("48"), null),
                partner("de-bfj", SenderKind.FOREIGN_CENTRAL_AUTHORITY, "{bcrypt}" + bcryptHash, List.of(), "DE"));
    }

    @Test
    void sha256SecretAuthenticatesItsPartner() {
        assertThat(directory.authenticate("ca-dcss", MACHINE_SECRET)).hasValue(
                new Partner("ca-dcss", SenderKind.STATE_IV_D_AGENCY, "Partner ca-dcss", List.of("06"), null));
    }

    @Test
    void sha256HashInUpperCaseHexAlsoMatches() {
        PartnerDirectory upper = directoryOf(partner("ca-dcss", SenderKind.STATE_IV_D_AGENCY,
                "{sha256}" + HexFormat.of().withUpperCase().formatHex(sha256(MACHINE_SECRET)),
                List.of("06"), null));

        assertThat(upper.authenticate("ca-dcss", MACHINE_SECRET)).isPresent();
    }

    @Test
    void theGeneratedHashIsABcrypt2aHash() {
        assertThat(bcryptHash).startsWith("$2a$");
    }

    @Test
    void bcryptSecretAuthenticatesItsPartner() {
        assertThat(directory.authenticate("tx-oag", PERSON_SECRET))
                .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("tx-oag"));
    }

    @Test
    void bcryptHashWithoutPrefixIsAccepted() {
        PartnerDirectory bare = directoryOf(
                partner("tx-oag", SenderKind.STATE_IV_D_AGENCY, bcryptHash, List.of("48"), null));

        assertThat(bare.authenticate("tx-oag", PERSON_SECRET)).isPresent();
    }

    @Test
    void wrongSecretIsRefused() {
        assertThat(directory.authenticate("ca-dcss", MACHINE_SECRET + "x")).isEmpty();
        assertThat(directory.authenticate("tx-oag", "synthetic passphrase 42!")).isEmpty();
    }

    @Test
    void anotherPartnersSecretIsRefused() {
        assertThat(directory.authenticate("tx-oag", MACHINE_SECRET)).isEmpty();
        assertThat(directory.authenticate("ca-dcss", PERSON_SECRET)).isEmpty();
    }

    @Test
    void unknownPartnerIsRefused() {
        assertThat(directory.authenticate("zz-unknown", MACHINE_SECRET)).isEmpty();
    }

    @Test
    void nullCredentialsAreRefused() {
        assertThat(directory.authenticate(null, MACHINE_SECRET)).isEmpty();
        assertThat(directory.authenticate("ca-dcss", null)).isEmpty();
        assertThat(directory.authenticate(null, null)).isEmpty();
    }

    @Test
    void emptySecretIsRefused() {
        assertThat(directory.authenticate("tx-oag", "")).isEmpty();
        assertThat(directory.authenticate("ca-dcss", "")).isEmpty();
    }

    @Test
    void aCorrectBcryptSecretCheckedTwiceStillAuthenticates() {
        assertThat(directory.authenticate("tx-oag", PERSON_SECRET)).isPresent();
        assertThat(directory.authenticate("tx-oag", PERSON_SECRET)).isPresent();
    }

    @Test
    void aCorrectSha256SecretCheckedTwiceStillAuthenticates() {
        assertThat(directory.authenticate("ca-dcss", MACHINE_SECRET)).isPresent();
        assertThat(directory.authenticate("ca-dcss", MACHINE_SECRET)).isPresent();
    }

    @Test
    void aWrongSecretAfterARightOneStillFails() {
        assertThat(directory.authenticate("tx-oag", PERSON_SECRET)).isPresent();

        assertThat(directory.authenticate("tx-oag", "guess")).isEmpty();
        assertThat(directory.authenticate("tx-oag", PERSON_SECRET)).isPresent();
    }

    @Test
    void aRememberedSecretDoesNotAuthenticateAnotherPartnerWithTheSameHash() {
        assertThat(directory.authenticate("tx-oag", PERSON_SECRET)).isPresent();

        assertThat(directory.authenticate("de-bfj", "guess")).isEmpty();
        assertThat(directory.authenticate("ca-dcss", PERSON_SECRET)).isEmpty();
    }

    @Test
    void findReturnsThePartnerWithoutItsSecret() {
        assertThat(directory.find("de-bfj")).hasValue(
                new Partner("de-bfj", SenderKind.FOREIGN_CENTRAL_AUTHORITY, "Partner de-bfj", List.of(), "DE"));
        assertThat(directory.find("zz-unknown")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
    }

    @Test
    void allListsEveryConfiguredPartner() {
        assertThat(directory.all()).extracting(Partner::id).containsExactlyInAnyOrder("ca-dcss", "tx-oag", "de-bfj");
    }

    @Test
    void aPartnersLocatorCodesCannotBeChangedThroughTheReturnedPartner() {
        Partner found = directory.find("ca-dcss").orElseThrow();

        assertThatThrownBy(() -> found.locatorCodes().add("36"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(directory.find("ca-dcss").orElseThrow().locatorCodes()).containsExactly("06");
    }
}
