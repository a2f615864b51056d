package org.csx.gateway.district;

import java.util.Optional;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.DistrictProperties;
import org.csx.gateway.routing.District;
import org.csx.gateway.routing.DistrictDirectory;

/** A district by its id (5-digit county FIPS, or a configured id such as nyc), from the district directory. */
class DistrictLookup {

    private final DistrictDirectory districts;
    private final CsxProperties properties;

    DistrictLookup(DistrictDirectory districts, CsxProperties properties) {
        this.districts = districts;
        this.properties = properties;
    }

    Optional<District> byId(String districtId) {
        if (districtId == null) {
            return Optional.empty();
        }
        if (districtId.matches("[0-9]{5}")) {
            return districts.forCounty(districtId).filter(d -> d.id().equals(districtId));
        }
        return properties.getDistricts().stream().filter(d -> d.getId().equals(districtId))
                .map(DistrictProperties::getCounties).filter(c -> !c.isEmpty())
                .findFirst().flatMap(c -> districts.forCounty(c.get(0)));
    }

    Optional<District> forCounty(String countyFips5) {
        return districts.forCounty(countyFips5);
    }
}
