package org.csx.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.camel.Route;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Every SOAP endpoint of the gateway answers from the HTTP thread that took the call: an asynchronous CXF consumer
 * suspends the request and dispatches it through Tomcat, the security chain and the servlet a second time
 * (docs/performance.md, 2026-12-02).
 */
class SoapEndpointsSynchronousTest extends GatewayTestSupport {

    @Test
    void everyRouteFromASoapEndpointIsSynchronous() {
        List<Route> soapRoutes = camelContext.getRoutes().stream()
                .filter(route -> route.getEndpoint() instanceof CxfEndpoint).toList();
        assertThat(soapRoutes).extracting(Route::getRouteId)
                .containsExactlyInAnyOrder("soap-intake", "documents-intake", "court-answers-soap");
        soapRoutes.forEach(route -> assertThat(((CxfEndpoint) route.getEndpoint()).isSynchronous()).as(route.getRouteId()).isTrue());
    }
}
