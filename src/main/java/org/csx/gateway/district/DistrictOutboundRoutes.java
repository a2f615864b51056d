package org.csx.gateway.district;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.csx.gateway.routing.DistrictDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One district-outbound route (routes/district-outbound.yaml) per district of the directory: district.&lt;id&gt;.outbound. */
class DistrictOutboundRoutes implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DistrictOutboundRoutes.class);

    private final DistrictDirectory districts;

    DistrictOutboundRoutes(DistrictDirectory districts) {
        this.districts = districts;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (String district : districts.ids().stream().sorted().toList()) {
            try {
                TemplatedRouteBuilder.builder(camelContext, "district-outbound")
                        .routeId("district-outbound-" + district)
                        .parameter("districtId", district)
                        .add();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the outbound route of district " + district, e);
            }
        }
        log.info("Listening for district messages on {} district.<id>.outbound queues", districts.ids().size());
    }
}
