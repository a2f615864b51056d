package org.csx.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.csx.gateway.config.BrokerProperties;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.PartnerProperties;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.partner.PartnerDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class IdentityDirectoryTest {

    private final IdentityDirectory directory = directory(staff("jdoe", "jdoe-secret", StaffRole.SPECIALIST),
            staff("root", "root-secret", StaffRole.ADMINISTRATOR));

    @Test
    void everyKindOfIdentityLogsInWithItsOwnSecretOnly() {
        assertThat(directory.authenticate("ca-dcss", "ca-secret")).hasValueSatisfying(i -> {
            assertThat(i.kind()).isEqualTo(Identity.Kind.PARTNER);
            assertThat(i.partner().id()).isEqualTo("ca-dcss");
        });
        assertThat(directory.authenticate("district-36029", "erie-secret")).hasValueSatisfying(i ->
                assertThat(i.asDistrict()).hasValue("36029"));
        assertThat(directory.authenticate("jdoe", "jdoe-secret")).hasValueSatisfying(i ->
                assertThat(i.staffRoles()).containsExactly(StaffRole.SPECIALIST));
        assertThat(directory.authenticate("gateway", directory.gateway().secret())).hasValueSatisfying(i ->
                assertThat(i.kind()).isEqualTo(Identity.Kind.GATEWAY));

        assertThat(directory.authenticate("ca-dcss", "erie-secret")).isEmpty();
        assertThat(directory.authenticate("district-36029", "ca-secret")).isEmpty();
        assertThat(directory.authenticate("36029", "erie-secret")).as("a district logs in as district-<id>").isEmpty();
        assertThat(directory.authenticate("gateway", "guess")).isEmpty();
        assertThat(directory.authenticate("nobody", "x")).isEmpty();
        assertThat(directory.authenticate(null, null)).isEmpty();
    }

    @Test
    void oneLoginNameIsOneIdentity() {
        assertThatThrownBy(() -> directory(staff("ca-dcss", "x", StaffRole.VIEWER)))
                .hasMessageContaining("ca-dcss").hasMessageContaining("two identities");
        assertThatThrownBy(() -> directory(staff("gateway", "x", StaffRole.VIEWER))).hasMessageContaining("gateway");
    }

    @Test
    void aCertificateSubjectMapsToExactlyOnePartner() {
        assertThat(directory.byCertificateSubject("CN=ca-dcss,O=California DCSS,C=US")).hasValueSatisfying(i ->
                assertThat(i.name()).isEqualTo("ca-dcss"));
        assertThat(directory.byCertificateSubject("CN=ca-dcss, O=California DCSS, C=US")).isPresent();
        assertThat(directory.byCertificateSubject("CN=ca-dcss,O=Someone Else,C=US")).isEmpty();
        assertThat(directory.byCertificateSubject(null)).isEmpty();
    }

    @Test
    void theBrokerGivesEachIdentityItsRolesAndTheSettingsWhatTheyMayDo() {
        BrokerSecurityManager broker = new BrokerSecurityManager(directory);
        Map<String, Set<Role>> settings = BrokerPermissions.securitySettings(directory.partners(), directory.districtIds());

        var court = broker.authenticate("court-36047", "court-secret", null, null);
        assertThat(court.getPrincipals(UserPrincipal.class)).extracting(UserPrincipal::getName).containsExactly("court-36047");
        assertThat(broker.authorize(court, settings.get("court.36047.responses"), CheckType.SEND, "court.36047.responses")).isTrue();
        assertThat(broker.authorize(court, settings.get("court.36047.registrations"), CheckType.CONSUME, "")).isTrue();
        assertThat(broker.authorize(court, settings.get("court.36047.registrations"), CheckType.SEND, "")).isFalse();
        assertThat(broker.authorize(court, settings.get("#"), CheckType.SEND, "registry.intake")).isFalse();

        var erie = broker.authenticate("district-36029", "erie-secret", null, null);
        assertThat(broker.authorize(erie, settings.get("district.36029.#"), CheckType.CONSUME, "")).isTrue();
        assertThat(broker.authorize(erie, settings.get("district.36029.#"), CheckType.BROWSE, "")).isTrue();
        assertThat(broker.authorize(erie, settings.get("district.36029.#"), CheckType.SEND, "")).isFalse();
        assertThat(broker.authorize(erie, settings.get("#"), CheckType.CONSUME, "district.36001.inbound")).isFalse();

        var gateway = broker.authenticate("gateway", directory.gateway().secret(), null, null);
        assertThat(broker.authorize(gateway, settings.get("#"), CheckType.SEND, "registry.intake")).isTrue();
        assertThat(broker.authorize(gateway, settings.get("#"), CheckType.MANAGE, "activemq.management")).isFalse();

        var root = broker.authenticate("root", "root-secret", null, null);
        assertThat(broker.authorize(root, settings.get("#"), CheckType.MANAGE, "activemq.management")).isTrue();
        assertThat(broker.authorize(root, settings.get("#"), CheckType.SEND, "registry.intake")).isFalse();

        // management requests: the administrator alone, on the management address and its reply queues
        Set<Role> management = settings.get(BrokerPermissions.MANAGEMENT_ADDRESS);
        Set<Role> replies = settings.get(BrokerPermissions.MANAGEMENT_ADDRESS + ".#");
        assertThat(broker.authorize(root, management, CheckType.MANAGE, "activemq.management")).isTrue();
        assertThat(broker.authorize(root, replies, CheckType.SEND, "activemq.management.r1")).isTrue();
        assertThat(broker.authorize(root, replies, CheckType.CREATE_NON_DURABLE_QUEUE, "activemq.management.r1")).isTrue();
        assertThat(broker.authorize(root, replies, CheckType.CREATE_DURABLE_QUEUE, "activemq.management.r1")).isFalse();
        for (var other : List.of(gateway, erie, court)) {
            assertThat(broker.authorize(other, management, CheckType.MANAGE, "activemq.management")).isFalse();
            assertThat(broker.authorize(other, management, CheckType.SEND, "activemq.management")).isFalse();
            assertThat(broker.authorize(other, replies, CheckType.CREATE_NON_DURABLE_QUEUE, "activemq.management.r1")).isFalse();
        }

        assertThat(broker.authenticate("jdoe", "jdoe-secret", null, null)).as("staff without a broker role").isNull();
        assertThat(broker.authenticate(null, null, null, null)).isNull();
        assertThat(BrokerPermissions.queuesToCreate(directory.partners(), directory.districtIds()))
                .contains("district.36029.inbound", "court.36047.registrations", "court.36047.responses", "partner.ca-dcss.outbound");
    }

    @Test
    void aStaffTokenGivesTheRolesItsClaimNamesAndNoOthers() {
        Jwt token = Jwt.withTokenValue("t").header("alg", "RS256").subject("8f2c").claim("preferred_username", "jdoe")
                .claim("roles", List.of("viewer", "SPECIALIST", "partner", "ROLE_ADMINISTRATOR"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        var authentication = HttpSecurityConfiguration.staffFromToken(token, new IdentityProperties.Oidc(), directory);

        Identity identity = (Identity) authentication.getPrincipal();
        assertThat(identity.name()).isEqualTo("jdoe");
        assertThat(identity.kind()).isEqualTo(Identity.Kind.STAFF);
        assertThat(identity.staffRoles()).containsExactlyInAnyOrder(StaffRole.VIEWER, StaffRole.SPECIALIST);
        assertThat(authentication.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_SPECIALIST");
    }

    private static IdentityDirectory directory(IdentityProperties.Staff... staff) {
        CsxProperties csx = new CsxProperties();
        csx.setPartners(List.of(
                partner("ca-dcss", SenderKind.STATE_IV_D_AGENCY, "ca-secret", List.of("06"), "CN=ca-dcss,O=California DCSS,C=US"),
                partner("court-36047", SenderKind.TRIBUNAL, "court-secret", List.of("36047"), null)));
        IdentityProperties properties = new IdentityProperties();
        IdentityProperties.District erie = new IdentityProperties.District();
        erie.setDistrictId("36029");
        erie.setSecretHash(sha256("erie-secret"));
        properties.setDistricts(List.of(erie));
        properties.setStaff(List.of(staff));
        return new IdentityDirectory(new PartnerDirectory(csx), properties, new GatewayLogin(new BrokerProperties()));
    }

    private static PartnerProperties partner(String id, SenderKind kind, String secret, List<String> codes, String subject) {
        PartnerProperties p = new PartnerProperties();
        p.setId(id);
        p.setKind(kind);
        p.setSecretHash(sha256(secret));
        p.setLocatorCodes(codes);
        p.setCertificateSubject(subject);
        return p;
    }

    private static IdentityProperties.Staff staff(String name, String secret, StaffRole role) {
        IdentityProperties.Staff s = new IdentityProperties.Staff();
        s.setUsername(name);
        s.setPasswordHash(sha256(secret));
        s.setRoles(Set.of(role));
        return s;
    }

    private static String sha256(String secret) {
        try {
            return "{sha256}" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
