package org.csx.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/** The filter chain in place is the one HttpSecurityConfiguration built, without Spring MVC's lookup around it. */
class ChainWithoutMvcLookupTest extends GatewayTestSupport {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void theServletContainerRunsTheChainWithoutTheMvcLookup() throws Exception {
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) context.getBeanFactory();
        assertThat(ChainWithoutMvcLookup.holdsLookup(registry.getBeanDefinition(ChainWithoutMvcLookup.CHAIN))).isFalse();

        // and it still decides: a stranger is refused, the security headers are on the answer
        HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(URI.create(exchangeUrl()))
                .POST(HttpRequest.BodyPublishers.ofString(soapEnvelope(example("lo1-request.xml")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(stranger.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
