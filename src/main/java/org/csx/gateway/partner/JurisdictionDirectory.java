package org.csx.gateway.partner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.PartnerProperties;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.validation.Csv;
import org.csx.gateway.validation.ExchangeAgreements;

/**
 * The partner directory (docs/partners.md): every jurisdiction the registry exchanges cases with and its profile.
 * The CSENet jurisdictions come from the shipped table ({@code reference/partner-directory.csv}, replaceable with
 * {@code csx.reference.partner-directory}); tribal IV-D programs and foreign central authorities from
 * {@code csx.directory.jurisdictions}; profiles from {@code csx.directory.profiles}.
 *
 * <p>Authentication stays with {@link PartnerDirectory} ({@code csx.partners}): a configured partner links to its
 * directory entry. A CSENet record from a state with no configured partner is still accepted: its sender is the
 * directory entry itself, as a {@link Partner} whose id is the directory id ({@code us-al}), owning that state's FIPS
 * code. The home state is in the table but never a sender.
 *
 * <p>Effective-dated: entries carry optional effective_from / effective_to; lookups use the entries in force today
 * (from the injected clock). Immutable and thread-safe.
 */
public final class JurisdictionDirectory implements ExchangeAgreements {

    public static final String DEFAULT_RESOURCE = "reference/partner-directory.csv";
    private static final Set<FunctionalType> EVERYTHING = EnumSet.allOf(FunctionalType.class);

    /** One row of the shipped table: the jurisdiction and the agreement it ships with. */
    public record Shipped(Jurisdiction jurisdiction, Set<FunctionalType> agreement) {
    }

    private final Map<String, Jurisdiction> byId;
    private final Map<String, PartnerProfile> profiles;
    private final Map<String, String> jurisdictionOfPartner;
    private final Map<String, PartnerProperties> configuredPartners;
    private final PartnerDirectory partners;
    private final String homeState;
    private final Clock clock;

    public JurisdictionDirectory(List<Shipped> shipped, DirectoryProperties configured, CsxProperties csx,
                                 PartnerDirectory partners, List<String> csenetFilePartners, Clock clock) {
        this.partners = partners;
        this.homeState = csx.getHomeState();
        this.clock = clock;
        Map<String, Jurisdiction> jurisdictions = new LinkedHashMap<>();
        Map<String, Set<FunctionalType>> agreements = new HashMap<>();
        for (Shipped s : shipped) {
            put(jurisdictions, s.jurisdiction());
            agreements.put(s.jurisdiction().id(), s.agreement());
        }
        for (DirectoryProperties.JurisdictionEntry e : configured.getJurisdictions()) {
            Jurisdiction j = configuredJurisdiction(e);
            put(jurisdictions, j);
            agreements.put(j.id(), e.getAgreement() == null ? EVERYTHING : EnumSet.copyOf(e.getAgreement()));
        }
        this.byId = Collections.unmodifiableMap(jurisdictions); // table order, for listings
        for (String id : configured.getProfiles().keySet()) {
            if (!byId.containsKey(id)) {
                throw new IllegalStateException("csx.directory.profiles." + id + ": no such jurisdiction in the"
                        + " partner directory");
            }
        }
        Map<String, PartnerProperties> byPartnerId = new LinkedHashMap<>();
        csx.getPartners().forEach(p -> byPartnerId.put(p.getId(), p));
        this.configuredPartners = Collections.unmodifiableMap(byPartnerId);
        this.jurisdictionOfPartner = linkPartners(csx.getPartners());
        Map<String, PartnerProfile> built = new LinkedHashMap<>();
        for (Jurisdiction j : jurisdictions.values()) {
            DirectoryProperties.Profile p = configured.getProfiles().getOrDefault(j.id(), new DirectoryProperties.Profile());
            built.put(j.id(), profile(j, p, agreements.get(j.id()), csenetFilePartners));
        }
        this.profiles = Collections.unmodifiableMap(built);
    }

    // ----- the shipped table -----

    /** The table shipped in the product. */
    public static List<Shipped> loadDefault() {
        try (InputStream in = JurisdictionDirectory.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + DEFAULT_RESOURCE);
            }
            return load(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Columns by header name (any order, {@code #} lines ignored): {@code id, kind, state_fips, name, agreement}
     * (functional types separated by spaces), optionally {@code effective_from, effective_to}.
     */
    public static List<Shipped> load(InputStream in, String name) {
        List<Shipped> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields = Csv.split(line.startsWith("\uFEFF") ? line.substring(1) : line);
                if (header == null) {
                    header = fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < fields.size() ? fields.get(i).strip() : "");
                }
                try {
                    rows.add(shipped(row));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(name + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }

    private static Shipped shipped(Map<String, String> row) {
        String id = required(row, "id");
        SenderKind kind = SenderKind.valueOf(required(row, "kind"));
        String fips = row.getOrDefault("state_fips", "");
        if (kind == SenderKind.STATE_IV_D_AGENCY && !fips.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("state_fips must be 2 digits for " + id);
        }
        Jurisdiction j = new Jurisdiction(id, kind, required(row, "name"), fips.isEmpty() ? null : fips,
                fips.isEmpty() ? List.of() : List.of(fips), null, date(row.get("effective_from")),
                date(row.get("effective_to")));
        return new Shipped(j, agreement(row.getOrDefault("agreement", "")));
    }

    private static Set<FunctionalType> agreement(String listed) {
        Set<FunctionalType> functions = EnumSet.noneOf(FunctionalType.class);
        for (String code : listed.trim().split("\\s+")) {
            if (!code.isEmpty()) {
                functions.add(FunctionalType.fromValue(code));
            }
        }
        return functions;
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.getOrDefault(column, "");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("no " + column);
        }
        return value;
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
    }

    // ----- lookups -----

    public Optional<Jurisdiction> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    public Optional<PartnerProfile> profile(String jurisdictionId) {
        return Optional.ofNullable(jurisdictionId).map(profiles::get);
    }

    public Collection<PartnerProfile> profiles() {
        return profiles.values();
    }

    /** Every entry in force today. */
    public List<Jurisdiction> inForce() {
        LocalDate today = LocalDate.now(clock);
        return byId.values().stream().filter(j -> j.inForceOn(today)).toList();
    }

    /** The state in force today with this 2-digit FIPS code. */
    public Optional<Jurisdiction> state(String stateFips) {
        LocalDate today = LocalDate.now(clock);
        return byId.values().stream()
                .filter(j -> j.kind() == SenderKind.STATE_IV_D_AGENCY && stateFips != null
                        && stateFips.equals(j.stateFips()) && j.inForceOn(today))
                .findFirst();
    }

    /** The jurisdiction, in force today, a transmittal's sender speaks for: by state FIPS, tribal code or country. */
    public Optional<Jurisdiction> forSender(SenderKind kind, String locatorCode, String countryCode) {
        if (kind == null) {
            return Optional.empty();
        }
        return switch (kind) {
            case STATE_IV_D_AGENCY -> locatorCode == null || locatorCode.length() < 2 ? Optional.empty()
                    : state(locatorCode.substring(0, 2));
            case TRIBAL_IV_D_PROGRAM -> inForce().stream()
                    .filter(j -> j.kind() == kind && j.ownsLocatorCode(locatorCode)).findFirst();
            case FOREIGN_CENTRAL_AUTHORITY -> inForce().stream()
                    .filter(j -> j.kind() == kind && countryCode != null && countryCode.equals(j.countryCode()))
                    .findFirst();
            case TRIBUNAL -> Optional.empty(); // courts are not exchange partners with agreements
        };
    }

    @Override
    public Optional<Agreement> forSender(SenderType sender) {
        if (sender == null) {
            return Optional.empty();
        }
        return forSender(sender.getKind(), sender.getLocatorCode(), sender.getCountryCode())
                .map(j -> new Agreement(j.name(), profiles.get(j.id()).agreement()));
    }

    /**
     * The partner a CSENet record comes from, by the sender's locator code: the configured state agency owning it,
     * else the directory's state (in force, not the home state) as a partner with the directory id. Empty when the
     * code names no jurisdiction in the directory.
     */
    public Optional<Partner> csenetSender(String locatorCode) {
        Optional<Partner> configured = partners.stateAgencyFor(locatorCode);
        if (configured.isPresent() || locatorCode == null || locatorCode.length() < 2) {
            return configured;
        }
        return state(locatorCode.substring(0, 2))
                .filter(j -> !homeState.equals(j.stateFips()))
                .map(JurisdictionDirectory::asPartner);
    }

    /** The directory entry a configured partner (or a directory id used as partner id) speaks for. */
    public Optional<Jurisdiction> jurisdictionOf(String partnerId) {
        if (partnerId == null) {
            return Optional.empty();
        }
        String linked = jurisdictionOfPartner.get(partnerId);
        return Optional.ofNullable(linked != null ? byId.get(linked) : byId.get(partnerId));
    }

    /**
     * Partner ids whose acknowledgments go out as CSENet files: the configured partners whose profile (or
     * {@code csx.csenet.partners}) says so, and every state without a configured partner, other than the home state:
     * CSENet is the only way back to those.
     */
    public List<String> csenetFileRecipients() {
        List<String> ids = new ArrayList<>();
        for (PartnerProperties p : configuredPartners.values()) {
            String linked = jurisdictionOfPartner.get(p.getId());
            if (linked != null && profiles.get(linked).channels().csenetFiles()
                    && p.getKind() == SenderKind.STATE_IV_D_AGENCY) {
                ids.add(p.getId());
            }
        }
        for (Jurisdiction j : byId.values()) {
            if (j.kind() == SenderKind.STATE_IV_D_AGENCY && !homeState.equals(j.stateFips())
                    && !hasConfiguredPartner(j) && profiles.get(j.id()).channels().csenetFiles()) {
                ids.add(j.id());
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Partner ids whose messages are pushed to a SOAP endpoint (docs/delivery.md), with the profile saying where: the
     * configured partners linked to a jurisdiction whose profile has a SOAP endpoint, or the jurisdiction itself when
     * no configured partner speaks for it (its messages go to partner.&lt;directory id&gt;.outbound).
     */
    public Map<String, PartnerProfile> soapRecipients() {
        Map<String, PartnerProfile> recipients = new LinkedHashMap<>();
        for (PartnerProfile profile : profiles.values()) {
            String endpoint = profile.channels().soapEndpoint();
            if (endpoint == null || endpoint.isBlank()) {
                continue;
            }
            Jurisdiction j = profile.jurisdiction();
            if (hasConfiguredPartner(j)) {
                jurisdictionOfPartner.forEach((partnerId, linked) -> {
                    if (linked.equals(j.id())) {
                        recipients.put(partnerId, profile);
                    }
                });
            } else {
                recipients.put(j.id(), profile);
            }
        }
        return Collections.unmodifiableMap(recipients);
    }

    static Partner asPartner(Jurisdiction j) {
        return new Partner(j.id(), j.kind(), j.name(), j.locatorCodes(), j.countryCode());
    }

    // ----- building -----

    private boolean hasConfiguredPartner(Jurisdiction j) {
        return jurisdictionOfPartner.containsValue(j.id());
    }

    private Map<String, String> linkPartners(List<PartnerProperties> configured) {
        Map<String, String> links = new HashMap<>();
        for (PartnerProperties p : configured) {
            Optional<String> linked = link(p);
            if (byId.containsKey(p.getId()) && !linked.map(p.getId()::equals).orElse(false)) {
                throw new IllegalStateException("csx.partners: " + p.getId() + " is the directory id of "
                        + byId.get(p.getId()).name() + " but the partner speaks for "
                        + linked.orElse("no jurisdiction"));
            }
            linked.ifPresent(id -> links.put(p.getId(), id));
        }
        return Map.copyOf(links);
    }

    private Optional<String> link(PartnerProperties p) {
        if (p.getJurisdiction() != null && !p.getJurisdiction().isBlank()) {
            if (!byId.containsKey(p.getJurisdiction())) {
                throw new IllegalStateException("csx.partners: " + p.getId() + " names jurisdiction "
                        + p.getJurisdiction() + ", which is not in the partner directory");
            }
            return Optional.of(p.getJurisdiction());
        }
        if (p.getKind() == null) {
            return Optional.empty();
        }
        String code = p.getLocatorCodes().isEmpty() ? null : p.getLocatorCodes().get(0);
        return switch (p.getKind()) {
            case STATE_IV_D_AGENCY -> code == null || code.length() < 2 ? Optional.empty() : byId.values().stream()
                    .filter(j -> j.kind() == SenderKind.STATE_IV_D_AGENCY && code.startsWith(j.stateFips()))
                    .map(Jurisdiction::id).findFirst();
            case TRIBAL_IV_D_PROGRAM -> byId.values().stream()
                    .filter(j -> j.kind() == SenderKind.TRIBAL_IV_D_PROGRAM && j.ownsLocatorCode(code))
                    .map(Jurisdiction::id).findFirst();
            case FOREIGN_CENTRAL_AUTHORITY -> byId.values().stream()
                    .filter(j -> j.kind() == SenderKind.FOREIGN_CENTRAL_AUTHORITY && p.getCountryCode() != null
                            && p.getCountryCode().equals(j.countryCode()))
                    .map(Jurisdiction::id).findFirst();
            case TRIBUNAL -> Optional.empty();
        };
    }

    private PartnerProfile profile(Jurisdiction j, DirectoryProperties.Profile p, Set<FunctionalType> shipped,
                                   List<String> csenetFilePartners) {
        DirectoryProperties.Channels c = p.getChannels() == null ? new DirectoryProperties.Channels() : p.getChannels();
        boolean csenetFiles;
        boolean soap = c.getSoapEndpoint() != null && !c.getSoapEndpoint().isBlank();
        if (soap && Boolean.TRUE.equals(c.getCsenetFiles())) {
            // both would consume partner.<id>.outbound and each message would go one way or the other, at random
            throw new IllegalStateException("csx.directory.profiles." + j.id() + ".channels: a SOAP endpoint and"
                    + " CSENet files are two ways of delivering the same messages; choose one");
        }
        if (c.getCsenetFiles() != null) {
            csenetFiles = c.getCsenetFiles();
        } else if (soap) {
            csenetFiles = false; // the partner's messages are pushed to its endpoint (docs/delivery.md)
        } else if (hasConfiguredPartner(j)) {
            // a configured partner takes CSENet files when csx.csenet.partners lists it (the older switch)
            csenetFiles = jurisdictionOfPartner.entrySet().stream()
                    .anyMatch(e -> e.getValue().equals(j.id()) && csenetFilePartners.contains(e.getKey()));
        } else {
            csenetFiles = j.kind() == SenderKind.STATE_IV_D_AGENCY;
        }
        Set<FunctionalType> agreement = p.getAgreement() != null ? EnumSet.copyOf(p.getAgreement()) : shipped;
        List<PartnerProfile.Contact> contacts = p.getContacts().stream()
                .map(x -> new PartnerProfile.Contact(x.getRole(), x.getName(), x.getPhone(), x.getEmail())).toList();
        List<PartnerProfile.DocumentOverride> overrides = p.getDocumentOverrides().stream()
                .map(o -> new PartnerProfile.DocumentOverride(o.getOperation(), o.getRequestType(), o.getDocumentType(),
                        o.getMinCount(), o.getCertifiedCount(), o.getCondition(), o.getSource(), o.getBasis()))
                .toList();
        return new PartnerProfile(j, new PartnerProfile.Channels(c.getSoapEndpoint(), c.getCredentialsReference(),
                csenetFiles, c.getQueue()), agreement.isEmpty() ? Set.of() : agreement, contacts, overrides);
    }

    private static Jurisdiction configuredJurisdiction(DirectoryProperties.JurisdictionEntry e) {
        if (e.getId() == null || !e.getId().matches("[a-z0-9][a-z0-9-]{1,40}")) {
            throw new IllegalStateException("csx.directory.jurisdictions: id " + e.getId()
                    + " must be lower-case letters, digits and '-'");
        }
        if (e.getKind() == null || e.getName() == null) {
            throw new IllegalStateException("csx.directory.jurisdictions." + e.getId() + ": kind and name are required");
        }
        switch (e.getKind()) {
            case TRIBAL_IV_D_PROGRAM -> {
                if (e.getLocatorCodes().isEmpty()) {
                    throw new IllegalStateException("csx.directory.jurisdictions." + e.getId()
                            + ": a tribal IV-D program needs its locator codes");
                }
            }
            case FOREIGN_CENTRAL_AUTHORITY -> {
                if (e.getCountryCode() == null || !e.getCountryCode().matches("[A-Z]{2}")) {
                    throw new IllegalStateException("csx.directory.jurisdictions." + e.getId()
                            + ": a foreign central authority needs its ISO 3166-1 alpha-2 country code");
                }
            }
            default -> throw new IllegalStateException("csx.directory.jurisdictions." + e.getId()
                    + ": only tribal IV-D programs and foreign central authorities are added by configuration;"
                    + " states come from the directory table");
        }
        return new Jurisdiction(e.getId(), e.getKind(), e.getName(), null, e.getLocatorCodes(), e.getCountryCode(),
                e.getEffectiveFrom(), e.getEffectiveTo());
    }

    private static void put(Map<String, Jurisdiction> jurisdictions, Jurisdiction j) {
        if (jurisdictions.putIfAbsent(j.id(), j) != null) {
            throw new IllegalStateException("partner directory: " + j.id() + " is listed twice");
        }
    }
}
