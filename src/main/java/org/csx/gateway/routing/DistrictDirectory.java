package org.csx.gateway.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.DistrictProperties;
import org.csx.gateway.validation.FipsCountyTable;

/**
 * Which district serves which county of the home state. Configured districts (csx.districts) take
 * their counties; every other county of the home state is a district of its own, with its 5-digit
 * FIPS code as id and the county's name. New York ships configured: 62 counties, 58 districts,
 * New York City's five counties being one.
 */
public class DistrictDirectory {

    private final Map<String, District> byCounty = new HashMap<>();
    private volatile java.util.Set<String> districtIds;

    public DistrictDirectory(CsxProperties properties, FipsCountyTable counties) {
        String homeState = properties.getHomeState();
        for (DistrictProperties configured : properties.getDistricts()) {
            String firstCounty = configured.getCounties().isEmpty() ? null : configured.getCounties().get(0);
            String locator = configured.getLocatorCode() != null ? configured.getLocatorCode()
                    : firstCounty == null ? null : firstCounty + "00";
            District district = new District(configured.getId(), configured.getName(), locator);
            for (String county : configured.getCounties()) {
                if (!county.startsWith(homeState) || counties.county(homeState, county.substring(2)).isEmpty()) {
                    throw new IllegalStateException("District " + configured.getId() + " lists county " + county
                            + ", which is not a county of home state " + homeState);
                }
                if (byCounty.put(county, district) != null) {
                    throw new IllegalStateException("County " + county + " is listed in two districts");
                }
            }
        }
        counties.countiesOf(homeState).forEach(county -> byCounty.computeIfAbsent(county.fips5(),
                fips -> new District(fips, county.name(), fips + "00")));
    }

    /** The district serving a county, by its 5-digit FIPS code. */
    public Optional<District> forCounty(String countyFips5) {
        return Optional.ofNullable(byCounty.get(countyFips5));
    }

    /** Whether a district has this id. */
    public boolean isDistrict(String districtId) {
        return districtId != null && ids().contains(districtId);
    }

    /** Every district's id. */
    public java.util.Set<String> ids() {
        java.util.Set<String> ids = districtIds;
        if (ids == null) {
            ids = byCounty.values().stream().map(District::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
            districtIds = ids;
        }
        return ids;
    }

    public long districtCount() {
        return byCounty.values().stream().map(District::id).distinct().count();
    }

    /** A district by its id ("36029", "nyc"). */
    public Optional<District> byId(String districtId) {
        return byCounty.values().stream().filter(d -> d.id().equals(districtId)).findFirst();
    }

    /** Every district, by name: what staff choose from when they route a case by hand. */
    public java.util.List<District> all() {
        return byCounty.values().stream().distinct()
                .sorted(java.util.Comparator.comparing(District::name).thenComparing(District::id)).toList();
    }
}
