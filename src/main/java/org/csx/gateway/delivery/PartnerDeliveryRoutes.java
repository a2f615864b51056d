package org.csx.gateway.delivery;

import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One route per SOAP partner ({@code JurisdictionDirectory#soapRecipients}) from the template
 * {@code partner-delivery} (routes/partner-delivery.yaml): route id {@code partner-delivery-<partner id>}, consuming
 * {@code partner.<partner id>.outbound}. The same shape as the CSENet file channel's routes, for the same reasons
 * (each queue its own transacted consumer; the list is configuration).
 */
class PartnerDeliveryRoutes implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PartnerDeliveryRoutes.class);
    static final String TEMPLATE = "partner-delivery";

    private final List<String> recipients;

    PartnerDeliveryRoutes(List<String> recipients) {
        this.recipients = List.copyOf(recipients);
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (String id : recipients) {
            try {
                camelContext.addRouteFromTemplate(TEMPLATE + "-" + id, TEMPLATE, Map.of("partnerId", id));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot create the delivery route for partner " + id, e);
            }
        }
        if (!recipients.isEmpty()) {
            log.info("Partner delivery routes push the messages of {} partner(s) to their SOAP endpoints", recipients.size());
        }
    }
}
