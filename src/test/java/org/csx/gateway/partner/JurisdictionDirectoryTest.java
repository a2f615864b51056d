package org.csx.gateway.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.PartnerProperties;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.junit.jupiter.api.Test;

/** The partner directory: the shipped table, configured tribes and countries, profiles, and who a CSENet sender is. */
class JurisdictionDirectoryTest {

    private static final Clock NOW = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @Test
    void theShippedTableHasEveryCsenetJurisdictionWithItsFipsCodeAndAllSevenFunctions() {
        List<JurisdictionDirectory.Shipped> shipped = JurisdictionDirectory.loadDefault();
        assertThat(shipped).hasSize(54); // 50 states, DC, Guam, Puerto Rico, the Virgin Islands (brief 1.1)
        assertThat(shipped).extracting(s -> s.jurisdiction().stateFips())
                .doesNotHaveDuplicates().contains("01", "11", "36", "56", "66", "72", "78").doesNotContain("60", "69");
        assertThat(shipped).allSatisfy(s -> {
            assertThat(s.jurisdiction().kind()).isEqualTo(SenderKind.STATE_IV_D_AGENCY);
            assertThat(s.jurisdiction().id()).matches("us-[a-z]{2}");
            assertThat(s.agreement()).isEqualTo(EnumSet.allOf(FunctionalType.class));
        });
        assertThat(shipped).filteredOn(s -> s.jurisdiction().stateFips().equals("72"))
                .extracting(s -> s.jurisdiction().name()).containsExactly("Puerto Rico");
    }

    @Test
    void aCsenetSenderIsTheConfiguredStateAgencyElseTheDirectoryEntryButNeverTheHomeState() {
        JurisdictionDirectory directory = directory(new DirectoryProperties(),
                partner("fl-dcf", SenderKind.STATE_IV_D_AGENCY, "12"));
        assertThat(directory.csenetSender("1200000")).map(Partner::id).contains("fl-dcf");
        Partner alabama = directory.csenetSender("0100099").orElseThrow();
        assertThat(alabama.id()).isEqualTo("us-al");
        assertThat(alabama.kind()).isEqualTo(SenderKind.STATE_IV_D_AGENCY);
        assertThat(alabama.ownsLocatorCode("0100099")).isTrue();
        assertThat(directory.csenetSender("3600000")).isEmpty();   // ourselves
        assertThat(directory.csenetSender("6000000")).isEmpty();   // American Samoa: no CSENet jurisdiction
        assertThat(directory.csenetSender(null)).isEmpty();
        // every state without a configured partner gets its acknowledgments as CSENet files; Florida does only when
        // its profile or csx.csenet.partners says so
        assertThat(directory.csenetFileRecipients()).hasSize(52).contains("us-al", "us-gu").doesNotContain("us-ny",
                "us-fl", "fl-dcf");
    }

    @Test
    void tribesAndCountriesComeFromConfigurationAndConfiguredPartnersLinkToThem() {
        DirectoryProperties configured = new DirectoryProperties();
        configured.getJurisdictions().add(entry("mx", SenderKind.FOREIGN_CENTRAL_AUTHORITY, "Mexico", null, "MX"));
        configured.getJurisdictions().add(entry("tribe-x", SenderKind.TRIBAL_IV_D_PROGRAM, "X Nation", "80001", null));
        PartnerProperties mx = partner("mx-central-authority", SenderKind.FOREIGN_CENTRAL_AUTHORITY);
        mx.setCountryCode("MX");
        JurisdictionDirectory directory = directory(configured, mx, partner("ca-dcss", SenderKind.STATE_IV_D_AGENCY, "06"),
                partner("court-36047", SenderKind.TRIBUNAL, "36047"));

        assertThat(directory.jurisdictionOf("mx-central-authority")).map(Jurisdiction::id).contains("mx");
        assertThat(directory.jurisdictionOf("ca-dcss")).map(Jurisdiction::id).contains("us-ca");
        assertThat(directory.jurisdictionOf("court-36047")).isEmpty();
        assertThat(directory.jurisdictionOf("us-al")).map(Jurisdiction::name).contains("Alabama");
        assertThat(directory.forSender(SenderKind.TRIBAL_IV_D_PROGRAM, "8000100", null)).map(Jurisdiction::id)
                .contains("tribe-x");
        assertThat(directory.forSender(SenderKind.FOREIGN_CENTRAL_AUTHORITY, null, "MX")).map(Jurisdiction::id)
                .contains("mx");
        // a tribe is no CSENet sender
        assertThat(directory.csenetSender("8000100")).isEmpty();
    }

    @Test
    void aProfileOverridesTheShippedAgreementAndKeepsChannelsWithoutSecrets() {
        DirectoryProperties configured = new DirectoryProperties();
        DirectoryProperties.Profile wyoming = new DirectoryProperties.Profile();
        wyoming.setAgreement(List.of(FunctionalType.LO_1, FunctionalType.CSI));
        wyoming.getChannels().setSoapEndpoint("https://wy.example.invalid/services/exchange");
        wyoming.getChannels().setCredentialsReference("vault:secret/csx/wy");
        configured.getProfiles().put("us-wy", wyoming);
        JurisdictionDirectory directory = directory(configured);

        PartnerProfile profile = directory.profile("us-wy").orElseThrow();
        assertThat(profile.agreement()).containsExactlyInAnyOrder(FunctionalType.LO_1, FunctionalType.CSI);
        assertThat(profile.channels().credentialsReference()).isEqualTo("vault:secret/csx/wy");
        // its messages are pushed to the SOAP endpoint instead of written as CSENet files (docs/delivery.md)
        assertThat(profile.channels().csenetFiles()).isFalse();
        SenderType sender = new SenderType();
        sender.setKind(SenderKind.STATE_IV_D_AGENCY);
        sender.setLocatorCode("5600000");
        assertThat(directory.forSender(sender)).get().satisfies(a -> {
            assertThat(a.jurisdiction()).isEqualTo("Wyoming");
            assertThat(a.functions()).isEqualTo(Set.of(FunctionalType.LO_1, FunctionalType.CSI));
        });
        sender.setLocatorCode("0100000");
        assertThat(directory.forSender(sender).orElseThrow().functions()).hasSize(7);
    }

    @Test
    void entriesOutsideTheirEffectiveDatesAreNotInForce() {
        String table = "id,kind,state_fips,name,agreement,effective_from,effective_to\n"
                + "us-al,STATE_IV_D_AGENCY,01,Alabama,LO1,,2026-11-30\n"
                + "us-ak,STATE_IV_D_AGENCY,02,Alaska,LO1,2026-12-01,\n"
                + "us-ny,STATE_IV_D_AGENCY,36,New York,LO1,,\n";
        JurisdictionDirectory directory = new JurisdictionDirectory(JurisdictionDirectory.load(
                new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "test.csv"), new DirectoryProperties(),
                csx(), new PartnerDirectory(csx()), List.of(), NOW);
        assertThat(directory.csenetSender("0100000")).isEmpty();
        assertThat(directory.csenetSender("0200000")).map(Partner::id).contains("us-ak");
        assertThat(directory.inForce()).extracting(Jurisdiction::id).containsExactly("us-ak", "us-ny");
    }

    @Test
    void configurationMistakesStopTheStart() {
        DirectoryProperties unknownProfile = new DirectoryProperties();
        unknownProfile.getProfiles().put("us-zz", new DirectoryProperties.Profile());
        assertThatThrownBy(() -> directory(unknownProfile)).hasMessageContaining("us-zz");

        DirectoryProperties aState = new DirectoryProperties();
        aState.getJurisdictions().add(entry("zz", SenderKind.STATE_IV_D_AGENCY, "Nowhere", "99", null));
        assertThatThrownBy(() -> directory(aState)).hasMessageContaining("states come from the directory table");

        PartnerProperties wrongLink = partner("ca-dcss", SenderKind.STATE_IV_D_AGENCY, "06");
        wrongLink.setJurisdiction("us-xx");
        assertThatThrownBy(() -> directory(new DirectoryProperties(), wrongLink)).hasMessageContaining("us-xx");
    }

    private static JurisdictionDirectory directory(DirectoryProperties configured, PartnerProperties... partners) {
        CsxProperties csx = csx(partners);
        return new JurisdictionDirectory(JurisdictionDirectory.loadDefault(), configured, csx, new PartnerDirectory(csx),
                List.of(), NOW);
    }

    private static CsxProperties csx(PartnerProperties... partners) {
        CsxProperties csx = new CsxProperties();
        csx.setPartners(List.of(partners));
        return csx;
    }

    private static PartnerProperties partner(String id, SenderKind kind, String... codes) {
        PartnerProperties p = new PartnerProperties();
        p.setId(id);
        p.setKind(kind);
        p.setSecretHash("{sha256}" + "00".repeat(32));
        p.setLocatorCodes(List.of(codes));
        return p;
    }

    private static DirectoryProperties.JurisdictionEntry entry(String id, SenderKind kind, String name, String code,
                                                               String country) {
        DirectoryProperties.JurisdictionEntry e = new DirectoryProperties.JurisdictionEntry();
        e.setId(id);
        e.setKind(kind);
        e.setName(name);
        if (code != null) {
            e.setLocatorCodes(List.of(code));
        }
        e.setCountryCode(country);
        return e;
    }
}
