package org.csx.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csx.gateway.routing.NewYorkDistricts.COUNTIES;
import static org.csx.gateway.routing.NewYorkDistricts.NYC_COUNTIES;
import static org.csx.gateway.routing.NewYorkDistricts.district;
import static org.csx.gateway.routing.NewYorkDistricts.properties;

import java.util.List;
import org.csx.gateway.validation.FipsCountyTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DistrictDirectoryTest {

    private final DistrictDirectory directory = NewYorkDistricts.directory();

    @Test
    void newYorkHas62CountiesServedBy58Districts() {
        List<FipsCountyTable.County> counties = COUNTIES.countiesOf("36");

        assertThat(counties).hasSize(62);
        assertThat(counties).allSatisfy(c -> assertThat(directory.forCounty(c.fips5())).isPresent());
        assertThat(directory.districtCount()).isEqualTo(58);
    }

    @ParameterizedTest
    @ValueSource(strings = {"36005", "36047", "36061", "36081", "36085"})
    void eachNewYorkCityCountyIsServedByTheNycDistrict(String county) {
        assertThat(directory.forCounty(county)).hasValueSatisfying(d -> {
            assertThat(d.id()).isEqualTo("nyc");
            assertThat(d.name()).isEqualTo("New York City Human Resources Administration");
            assertThat(d.locatorCode()).isEqualTo("3606100");
            assertThat(d.inboundQueue()).isEqualTo("district.nyc.inbound");
        });
    }

    @Test
    void anUnlistedCountyIsItsOwnDistrictNamedByItsFipsCode() {
        assertThat(directory.forCounty("36001")).hasValue(new District("36001", "Albany County", "3600100"));
        assertThat(directory.forCounty("36029")).hasValue(new District("36029", "Erie County", "3602900"));
    }

    @Test
    void aConfiguredDistrictWithoutLocatorCodeUsesItsFirstCountyWithOffice00() {
        DistrictDirectory capital = new DistrictDirectory(
                properties(district("capital", "Capital Region", null, List.of("36083", "36001"))), COUNTIES);

        assertThat(capital.forCounty("36001")).hasValue(new District("capital", "Capital Region", "3608300"));
        assertThat(capital.districtCount()).isEqualTo(61);
    }

    @Test
    void withoutConfiguredDistrictsEveryCountyIsADistrict() {
        DistrictDirectory plain = new DistrictDirectory(properties(), COUNTIES);

        assertThat(plain.districtCount()).isEqualTo(62);
        assertThat(plain.forCounty("36061")).hasValueSatisfying(d -> assertThat(d.id()).isEqualTo("36061"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"36000", "36999", "06037", "3600", "00000"})
    void countiesOutsideTheHomeStateAreNotServed(String county) {
        assertThat(directory.forCounty(county)).isEmpty();
    }

    @Test
    void aCountyListedInTwoDistrictsFailsAtConstruction() {
        var properties = properties(
                district("nyc", "New York City", "3606100", NYC_COUNTIES),
                district("richmond", "Staten Island", null, List.of("36085")));

        assertThatThrownBy(() -> new DistrictDirectory(properties, COUNTIES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("36085")
                .hasMessageContaining("two districts");
    }

    @Test
    void aCountyListedTwiceInOneDistrictFailsAtConstruction() {
        var properties = properties(district("nyc", "New York City", "3606100", List.of("36005", "36047", "36005")));

        assertThatThrownBy(() -> new DistrictDirectory(properties, COUNTIES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("36005");
    }

    @ParameterizedTest
    @ValueSource(strings = {"06037", "36999", "36000", "36", "3"})
    void aCountyOutsideTheHomeStateFailsAtConstruction(String county) {
        var properties = properties(district("odd", "Odd District", "3600100", List.of("36001", county)));

        assertThatThrownBy(() -> new DistrictDirectory(properties, COUNTIES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("odd")
                .hasMessageContaining("not a county of home state 36");
    }
}
