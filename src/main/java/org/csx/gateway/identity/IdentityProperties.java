package org.csx.gateway.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Districts and registry staff ({@code csx.identities.*}); partners and courts are {@code csx.partners}. Secrets are
 * only ever hashes, {@code {bcrypt}...} or {@code {sha256}<hex>}. In production they come from the file named by
 * CSX_IDENTITIES_FILE, outside this repository; the default profile's demo identities are in
 * application-default.yml and the README.
 */
@Validated
@ConfigurationProperties(prefix = "csx.identities")
public class IdentityProperties {

    @Valid
    private List<District> districts = new ArrayList<>();
    @Valid
    private List<Staff> staff = new ArrayList<>();
    @Valid
    private Oidc oidc = new Oidc();
    @Valid
    private Throttle throttle = new Throttle();

    /** A district system: fetches its cases' documents over HTTP, consumes district.&lt;id&gt;.* on the broker. */
    public static class District {
        @NotBlank
        @Pattern(regexp = "[0-9]{5}|[a-z]{2,10}")
        private String districtId;
        @NotBlank
        private String secretHash;

        public String getDistrictId() { return districtId; }
        public void setDistrictId(String districtId) { this.districtId = districtId; }
        public String getSecretHash() { return secretHash; }
        public void setSecretHash(String secretHash) { this.secretHash = secretHash; }
    }

    /** A member of the registry's staff, for the default profile (production: OIDC tokens). */
    public static class Staff {
        @NotBlank
        @Pattern(regexp = "[a-z][a-z0-9._-]{1,40}")
        private String username;
        @NotBlank
        private String passwordHash;
        @NotEmpty
        private Set<StaffRole> roles = new LinkedHashSet<>();

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPasswordHash() { return passwordHash; }
        public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
        public Set<StaffRole> getRoles() { return roles; }
        public void setRoles(Set<StaffRole> roles) { this.roles = roles; }
    }

    /**
     * Staff with tokens from the state's identity provider (OAuth2 resource server). Active when
     * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} is set.
     */
    public static class Oidc {
        /** The claim holding the staff roles (a list of VIEWER, SPECIALIST, SUPERVISOR, ADMINISTRATOR). */
        private String rolesClaim = "roles";
        /** The claim naming the person, recorded as the actor. */
        private String usernameClaim = "preferred_username";

        public String getRolesClaim() { return rolesClaim; }
        public void setRolesClaim(String rolesClaim) { this.rolesClaim = rolesClaim; }
        public String getUsernameClaim() { return usernameClaim; }
        public void setUsernameClaim(String usernameClaim) { this.usernameClaim = usernameClaim; }
    }

    /** Failed logins allowed within the window before further attempts are refused until it has passed. */
    public static class Throttle {
        private int maxFailuresPerIdentity = 10;
        private int maxFailuresPerAddress = 50;
        private java.time.Duration window = java.time.Duration.ofMinutes(5);

        public int getMaxFailuresPerIdentity() { return maxFailuresPerIdentity; }
        public void setMaxFailuresPerIdentity(int maxFailuresPerIdentity) { this.maxFailuresPerIdentity = maxFailuresPerIdentity; }
        public int getMaxFailuresPerAddress() { return maxFailuresPerAddress; }
        public void setMaxFailuresPerAddress(int maxFailuresPerAddress) { this.maxFailuresPerAddress = maxFailuresPerAddress; }
        public java.time.Duration getWindow() { return window; }
        public void setWindow(java.time.Duration window) { this.window = window; }
    }

    public List<District> getDistricts() { return districts; }
    public void setDistricts(List<District> districts) { this.districts = districts; }
    public List<Staff> getStaff() { return staff; }
    public void setStaff(List<Staff> staff) { this.staff = staff; }
    public Oidc getOidc() { return oidc; }
    public void setOidc(Oidc oidc) { this.oidc = oidc; }
    public Throttle getThrottle() { return throttle; }
    public void setThrottle(Throttle throttle) { this.throttle = throttle; }
}
