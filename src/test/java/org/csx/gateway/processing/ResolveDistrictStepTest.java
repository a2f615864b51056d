package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.DistrictProperties;
import org.csx.gateway.routing.DistrictDirectory;
import org.csx.gateway.routing.DistrictResolver;
import org.junit.jupiter.api.Test;

class ResolveDistrictStepTest {

    private final ResolveDistrictStep step = new ResolveDistrictStep(
            new DistrictResolver(new DistrictDirectory(newYork(), ProcessingExamples.COUNTIES), "36"));

    private static CsxProperties newYork() {
        DistrictProperties nyc = new DistrictProperties();
        nyc.setId("nyc");
        nyc.setName("New York City Human Resources Administration");
        nyc.setLocatorCode("3606100");
        nyc.setCounties(List.of("36005", "36047", "36061", "36081", "36085"));
        CsxProperties properties = new CsxProperties();
        properties.setHomeState("36");
        properties.setDistricts(List.of(nyc));
        return properties;
    }

    @Test
    void aKingsCountyTransmittalIsRoutedToNyc() {
        TransmittalInProcess inProcess = ProcessingExamples.accepted("enf-request.xml");

        step.resolve(inProcess);

        assertThat(inProcess.isRouted()).isTrue();
        assertThat(inProcess.getDistrictId()).isEqualTo("nyc");
        assertThat(inProcess.getRoutingProblem()).isNull();
    }

    @Test
    void anErieCountyTransmittalIsRoutedToErie() {
        TransmittalInProcess inProcess = ProcessingExamples.accepted("est-request.xml");

        step.resolve(inProcess);

        assertThat(inProcess.getDistrict().id()).isEqualTo("36029");
        assertThat(inProcess.getDistrict().name()).isEqualTo("Erie County");
    }

    @Test
    void aTransmittalToTheStateLevelIsUnroutedWithTheReason() {
        TransmittalInProcess inProcess = ProcessingExamples.accepted("unroutable-request.xml");

        step.resolve(inProcess);

        assertThat(inProcess.isRouted()).isFalse();
        assertThat(inProcess.getDistrictId()).isNull();
        assertThat(inProcess.getRoutingProblem()).contains("county 000");
    }
}
