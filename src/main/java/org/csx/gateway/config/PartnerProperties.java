package org.csx.gateway.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.transmittal.SenderKind;

/**
 * One partner allowed to submit transmittals: another state's IV-D agency, a tribunal, a tribal
 * IV-D program or a foreign central authority. The secret is stored only as a hash.
 */
public class PartnerProperties {

    /** Login name and the id in queue names (partner.&lt;id&gt;.outbound). */
    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,40}")
    private String id;

    @NotNull
    private SenderKind kind;

    private String name;

    /** BCrypt hash of the partner's secret ({bcrypt}$2a$...), or {sha256}hex for machine-generated secrets. */
    @NotBlank
    private String secretHash;

    /**
     * Locator codes the partner may send as. A 2-digit entry is a whole state (every county and office),
     * 5 digits a county, 7 characters one office.
     */
    private List<String> locatorCodes = new ArrayList<>();

    /**
     * Optional: the subject DN of the partner's TLS client certificate (issued by a CA in the server's trust
     * store), e.g. {@code CN=ca-dcss,O=California DCSS,C=US}. A certificate maps to exactly one partner.
     */
    private String certificateSubject;

    /** For foreign central authorities: the ISO 3166-1 alpha-2 country they speak for. */
    private String countryCode;

    /**
     * The partner directory entry this partner speaks for (docs/partners.md), e.g. {@code us-ca}. Optional: a state
     * agency links to its state's entry by its locator codes, a foreign central authority by its country code, a
     * tribal program by its locator codes; tribunals have none.
     */
    private String jurisdiction;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public SenderKind getKind() { return kind; }
    public void setKind(SenderKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSecretHash() { return secretHash; }
    public void setSecretHash(String secretHash) { this.secretHash = secretHash; }
    public List<String> getLocatorCodes() { return locatorCodes; }
    public void setLocatorCodes(List<String> locatorCodes) { this.locatorCodes = locatorCodes; }
    public String getCountryCode() { return countryCode; }
    public String getCertificateSubject() { return certificateSubject; }
    public void setCertificateSubject(String certificateSubject) { this.certificateSubject = certificateSubject; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
    public String getJurisdiction() { return jurisdiction; }
    public void setJurisdiction(String jurisdiction) { this.jurisdiction = jurisdiction; }
}
