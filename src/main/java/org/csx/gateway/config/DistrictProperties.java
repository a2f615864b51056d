package org.csx.gateway.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * A local district (social services district, county child support office) and the counties it serves.
 * Only districts that serve more than one county, or need a name or id of their own, must be listed:
 * every other county of the home state is a district by itself, with its 5-digit FIPS code as id.
 */
public class DistrictProperties {

    /** Used in queue names: district.&lt;id&gt;.inbound. */
    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9-]{2,40}")
    private String id;

    @NotBlank
    private String name;

    /** 5-digit county FIPS codes (state + county). */
    private List<String> counties = new ArrayList<>();

    /** The district office's locator code; defaults to its first county with office 00. */
    private String locatorCode;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<String> getCounties() { return counties; }
    public void setCounties(List<String> counties) { this.counties = counties; }
    public String getLocatorCode() { return locatorCode; }
    public void setLocatorCode(String locatorCode) { this.locatorCode = locatorCode; }
}
