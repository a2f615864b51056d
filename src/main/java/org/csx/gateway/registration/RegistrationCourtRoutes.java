package org.csx.gateway.registration;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.partner.PartnerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One court-responses route (routes/court-answers.yaml) per court: every TRIBUNAL partner's 5-digit
 * locator code (a county FIPS) gets a consumer on court.&lt;county&gt;.responses.
 */
@Component
class RegistrationCourtRoutes implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RegistrationCourtRoutes.class);

    private final PartnerDirectory partners;

    public RegistrationCourtRoutes(PartnerDirectory partners) {
        this.partners = partners;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (Partner partner : partners.all()) {
            if (partner.kind() != SenderKind.TRIBUNAL) {
                continue;
            }
            for (String code : partner.locatorCodes()) {
                if (!code.matches("[0-9]{5}")) {
                    continue;
                }
                try {
                    TemplatedRouteBuilder.builder(camelContext, "court-responses")
                            .routeId("court-responses-" + code)
                            .parameter("courtId", code)
                            .add();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot start the responses route for court " + code, e);
                }
                log.info("Listening for court answers on court.{}.responses", code);
            }
        }
    }
}
