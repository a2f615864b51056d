package org.csx.gateway.partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code csx.directory.*}: what configuration adds to the shipped partner directory (docs/partners.md): tribal IV-D
 * programs and foreign central authorities, and each jurisdiction's profile. No secret belongs here: a profile names
 * the credentials it uses by reference only.
 */
@ConfigurationProperties(prefix = "csx.directory")
public class DirectoryProperties {

    /** Jurisdictions the shipped table does not hold: tribal IV-D programs, foreign central authorities. */
    private List<JurisdictionEntry> jurisdictions = new ArrayList<>();

    /** Profiles by directory id (us-ca, or a configured jurisdiction's id). */
    private Map<String, Profile> profiles = new LinkedHashMap<>();

    public List<JurisdictionEntry> getJurisdictions() { return jurisdictions; }
    public void setJurisdictions(List<JurisdictionEntry> jurisdictions) { this.jurisdictions = jurisdictions; }
    public Map<String, Profile> getProfiles() { return profiles; }
    public void setProfiles(Map<String, Profile> profiles) { this.profiles = profiles; }

    public static class JurisdictionEntry {
        private String id;
        private SenderKind kind;
        private String name;
        /** Tribal programs: their IRG tribal locator codes. */
        private List<String> locatorCodes = new ArrayList<>();
        /** Foreign central authorities: ISO 3166-1 alpha-2. */
        private String countryCode;
        /** Which functional types it exchanges with us; all of them when left out. */
        private List<FunctionalType> agreement;
        private LocalDate effectiveFrom;
        private LocalDate effectiveTo;

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public SenderKind getKind() { return kind; }
        public void setKind(SenderKind kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public List<String> getLocatorCodes() { return locatorCodes; }
        public void setLocatorCodes(List<String> locatorCodes) { this.locatorCodes = locatorCodes; }
        public String getCountryCode() { return countryCode; }
        public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
        public List<FunctionalType> getAgreement() { return agreement; }
        public void setAgreement(List<FunctionalType> agreement) { this.agreement = agreement; }
        public LocalDate getEffectiveFrom() { return effectiveFrom; }
        public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
        public LocalDate getEffectiveTo() { return effectiveTo; }
        public void setEffectiveTo(LocalDate effectiveTo) { this.effectiveTo = effectiveTo; }
    }

    public static class Profile {
        /** Overrides the shipped agreement: the functional types exchanged with us (LO1, CSI, PAT, EST, ENF, COL, MSC). */
        private List<FunctionalType> agreement;
        private Channels channels = new Channels();
        private List<Contact> contacts = new ArrayList<>();
        private List<DocumentOverride> documentOverrides = new ArrayList<>();

        public List<FunctionalType> getAgreement() { return agreement; }
        public void setAgreement(List<FunctionalType> agreement) { this.agreement = agreement; }
        public Channels getChannels() { return channels; }
        public void setChannels(Channels channels) { this.channels = channels; }
        public List<Contact> getContacts() { return contacts; }
        public void setContacts(List<Contact> contacts) { this.contacts = contacts; }
        public List<DocumentOverride> getDocumentOverrides() { return documentOverrides; }
        public void setDocumentOverrides(List<DocumentOverride> documentOverrides) { this.documentOverrides = documentOverrides; }
    }

    public static class Channels {
        /** The partner's own exchange service (same WSDL), e.g. https://gateway.example.gov/services/exchange. */
        private String soapEndpoint;
        /** Where the credentials or client certificate for that endpoint live (vault path, key alias): never the secret. */
        private String credentialsReference;
        /** CSENet files: states default to true (the CSENet channel knows every state), others to false. */
        private Boolean csenetFiles;
        /** A queue the partner consumes, when it has one. */
        private String queue;

        public String getSoapEndpoint() { return soapEndpoint; }
        public void setSoapEndpoint(String soapEndpoint) { this.soapEndpoint = soapEndpoint; }
        public String getCredentialsReference() { return credentialsReference; }
        public void setCredentialsReference(String credentialsReference) { this.credentialsReference = credentialsReference; }
        public Boolean getCsenetFiles() { return csenetFiles; }
        public void setCsenetFiles(Boolean csenetFiles) { this.csenetFiles = csenetFiles; }
        public String getQueue() { return queue; }
        public void setQueue(String queue) { this.queue = queue; }
    }

    public static class Contact {
        private String role;
        private String name;
        private String phone;
        private String email;

        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    public static class DocumentOverride {
        /** ADD or REMOVE. */
        private String operation;
        private String requestType;
        private String documentType;
        private Integer minCount;
        private Integer certifiedCount;
        private String condition;
        private String source;
        private String basis;

        public String getOperation() { return operation; }
        public void setOperation(String operation) { this.operation = operation; }
        public String getRequestType() { return requestType; }
        public void setRequestType(String requestType) { this.requestType = requestType; }
        public String getDocumentType() { return documentType; }
        public void setDocumentType(String documentType) { this.documentType = documentType; }
        public Integer getMinCount() { return minCount; }
        public void setMinCount(Integer minCount) { this.minCount = minCount; }
        public Integer getCertifiedCount() { return certifiedCount; }
        public void setCertifiedCount(Integer certifiedCount) { this.certifiedCount = certifiedCount; }
        public String getCondition() { return condition; }
        public void setCondition(String condition) { this.condition = condition; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public String getBasis() { return basis; }
        public void setBasis(String basis) { this.basis = basis; }
    }
}
