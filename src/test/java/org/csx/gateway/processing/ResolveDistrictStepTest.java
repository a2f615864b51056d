package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.DistrictProperties;
import org.csx.gateway.contract.MessageHeaders;
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

        Message message = messageSaying(MessageHeaders.ROUTING_PROBLEM, "left from before");

        step.resolve(inProcess, message);

        assertThat(inProcess.isRouted()).isTrue();
        assertThat(inProcess.getDistrictId()).isEqualTo("nyc");
        assertThat(inProcess.getRoutingProblem()).isNull();
        // what the route's choice and the referral read
        assertThat(message.getHeader(MessageHeaders.DISTRICT_ID)).isEqualTo("nyc");
        assertThat(message.getHeaders()).doesNotContainKey(MessageHeaders.ROUTING_PROBLEM);
    }

    @Test
    void anErieCountyTransmittalIsRoutedToErie() {
        TransmittalInProcess inProcess = ProcessingExamples.accepted("est-request.xml");

        step.resolve(inProcess, messageSaying("other", "header"));

        assertThat(inProcess.getDistrict().id()).isEqualTo("36029");
        assertThat(inProcess.getDistrict().name()).isEqualTo("Erie County");
    }

    @Test
    void aTransmittalToTheStateLevelIsUnroutedWithTheReason() {
        TransmittalInProcess inProcess = ProcessingExamples.accepted("unroutable-request.xml");

        Message message = messageSaying(MessageHeaders.DISTRICT_ID, "nyc");

        step.resolve(inProcess, message);

        assertThat(inProcess.isRouted()).isFalse();
        assertThat(inProcess.getDistrictId()).isNull();
        assertThat(inProcess.getRoutingProblem()).contains("county 000");
        assertThat(message.getHeaders()).doesNotContainKey(MessageHeaders.DISTRICT_ID);
        assertThat(message.getHeader(MessageHeaders.ROUTING_PROBLEM, String.class)).contains("county 000");
    }

    private static Message messageSaying(String header, String value) {
        Message message = new DefaultMessage(new DefaultCamelContext());
        message.setHeader(header, value);
        return message;
    }
}
