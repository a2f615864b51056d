package org.csx.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ServicesNotOpenFilterTest {

    private final ServicesNotOpenFilter filter = new ServicesNotOpenFilter("/services", Set.of("/exchange", "/courts"),
            address -> address.equals("/courts"));

    @Test
    void aServiceNotOpenIsAnswered503WithRetryAfterAndGoesNoFurther() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = filter("/services/exchange", chain);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void anOpenServiceAnAddressThatIsNoServiceAndOtherPathsPassThrough() throws Exception {
        for (String path : new String[] {"/services/courts", "/services/no-such-service", "/services/exchange/more",
                "/console/worklists", "/services"}) {
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletResponse response = filter(path, chain);
            assertThat(chain.getRequest()).as(path).isNotNull();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
        }
    }

    private MockHttpServletResponse filter(String uri, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}
