package org.csx.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every SOAP endpoint answers in the request's one dispatch: its route is synchronous from request to answer, and a
 * CXF continuation only suspended the request and sent it through the servlet container a second time (CPU on
 * every receipt: docs/performance.md, nineteenth session).
 */
class SynchronousEndpointsTest extends GatewayTestSupport {

    @Autowired
    private ApplicationContext context;

    @Test
    void everySoapEndpointRunsItsRouteOnTheRequestsThread() {
        Map<String, CxfEndpoint> endpoints = context.getBeansOfType(CxfEndpoint.class);
        assertThat(endpoints).containsKeys("caseExchangeEndpoint", "caseDocumentsEndpoint", "courtEndpoint");
        endpoints.forEach((name, endpoint) -> assertThat(endpoint.isSynchronous()).as(name).isTrue());
    }
}
