package org.csx.gateway.csenet;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.partner.JurisdictionDirectory;
import org.csx.gateway.partner.PartnerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One outbound route per partner listed in {@code csx.csenet.partners}, and per partner-directory jurisdiction
 * reached by CSENet files ({@link JurisdictionDirectory#csenetFileRecipients}: every state without a configured
 * partner, and configured partners whose profile says so), made from the route template
 * {@code csenet-outbound} (routes/csenet-outbound.yaml) once the YAML routes are loaded: route id
 * {@code csenet-outbound-<partner id>}, consuming {@code partner.<partner id>.outbound}.
 *
 * <p>Why one route per partner rather than one route with a dynamic consumer: every partner queue keeps its own
 * transacted consumer, exactly like the processing route (consume + stage commit together, redelivery and the
 * dead-letter queue from routes/error-handling.yaml), each route can be stopped or inspected by its id, and
 * partners not listed keep their queue for themselves. The list is configuration, so the routes are generated
 * from one template instead of being written out.
 */
class CsenetOutboundRoutes implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CsenetOutboundRoutes.class);
    public static final String TEMPLATE = "csenet-outbound";

    private final List<String> recipients;

    public CsenetOutboundRoutes(CsenetProperties properties, PartnerDirectory partners, JurisdictionDirectory directory) {
        Set<String> ids = new LinkedHashSet<>(properties.getPartners());
        ids.addAll(directory.csenetFileRecipients());
        this.recipients = List.copyOf(ids);
        for (String id : properties.getPartners()) {
            var partner = partners.find(id).orElseThrow(() -> new IllegalStateException(
                    "csx.csenet.partners names " + id + ", which is not a configured partner (csx.partners)"));
            if (partner.kind() != SenderKind.STATE_IV_D_AGENCY) {
                throw new IllegalStateException("csx.csenet.partners: " + id + " is a " + partner.kind()
                        + "; CSENet only links state IV-D agencies");
            }
        }
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (String id : recipients) {
            try {
                String routeId = camelContext.addRouteFromTemplate(TEMPLATE + "-" + id, TEMPLATE,
                        Map.of("partnerId", id));
                log.debug("CSENet outbound route {} writes partner {}'s acknowledgments to its outbox", routeId, id);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot create the CSENet outbound route for partner " + id, e);
            }
        }
        log.info("CSENet outbound routes write the acknowledgments of {} partners to their outbox", recipients.size());
    }
}
