package org.csx.gateway.routing;

import java.util.List;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.DistrictProperties;
import org.csx.gateway.validation.FipsCountyTable;

/** The New York configuration shipped in application.yml, built in code. */
final class NewYorkDistricts {
    static final String HOME_STATE = "36";
    static final List<String> NYC_COUNTIES = List.of("36005", "36047", "36061", "36081", "36085");
    static final FipsCountyTable COUNTIES = FipsCountyTable.loadDefault();

    private NewYorkDistricts() {
    }

    static DistrictProperties district(String id, String name, String locatorCode, List<String> counties) {
        DistrictProperties district = new DistrictProperties();
        district.setId(id);
        district.setName(name);
        district.setLocatorCode(locatorCode);
        district.setCounties(counties);
        return district;
    }

    static CsxProperties properties(DistrictProperties... districts) {
        CsxProperties properties = new CsxProperties();
        properties.setHomeState(HOME_STATE);
        properties.setDistricts(List.of(districts));
        return properties;
    }

    static CsxProperties newYork() {
        return properties(district("nyc", "New York City Human Resources Administration", "3606100", NYC_COUNTIES));
    }

    static DistrictDirectory directory() {
        return new DistrictDirectory(newYork(), COUNTIES);
    }
}
