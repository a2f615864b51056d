package org.csx.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DistrictResolverTest {

    private final DistrictResolver resolver = new DistrictResolver(NewYorkDistricts.directory(), "36");

    private static TransmittalType to(String receiverLocatorCode) {
        HeaderType header = new HeaderType();
        header.setReceiverLocatorCode(receiverLocatorCode);
        TransmittalType transmittal = new TransmittalType();
        transmittal.setHeader(header);
        return transmittal;
    }

    @Test
    void albanyCountyGoesToTheAlbanyDistrict() {
        RoutingDecision decision = resolver.resolve(to("3600100"));

        assertThat(decision.district()).hasValueSatisfying(d -> assertThat(d.id()).isEqualTo("36001"));
        assertThat(decision.problem()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3600500", "3604700", "3606100", "3608100", "3608512"})
    void newYorkCityCountiesGoToTheNycDistrict(String receiver) {
        assertThat(resolver.resolve(to(receiver)).district())
                .hasValueSatisfying(d -> assertThat(d.id()).isEqualTo("nyc"));
    }

    @Test
    void theOfficePartOfTheLocatorCodeDoesNotChangeTheDistrict() {
        assertThat(resolver.resolve(to("36001AB")).district())
                .hasValueSatisfying(d -> assertThat(d.id()).isEqualTo("36001"));
    }

    @Test
    void county000IsUnroutable() {
        RoutingDecision decision = resolver.resolve(to("3600000"));

        assertThat(decision.district()).isEmpty();
        assertThat(decision.problem()).contains("county 000");
    }

    @Test
    void anotherStateIsUnroutable() {
        RoutingDecision decision = resolver.resolve(to("0603700"));

        assertThat(decision.district()).isEmpty();
        assertThat(decision.problem()).contains("state 06").contains("36");
    }

    @Test
    void aCountyWithNoDistrictIsUnroutable() {
        RoutingDecision decision = resolver.resolve(to("3699900"));

        assertThat(decision.district()).isEmpty();
        assertThat(decision.problem()).contains("36999");
    }
}
