package org.csx.gateway.csenet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.partner.PartnerDirectory;
import org.csx.gateway.personaldata.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One inbound route per inbox, from the route template {@code csenet-inbound} (routes/csenet-inbound.yaml): route
 * {@code csenet-inbound} for the federal CSENet drop ({@code csx.csenet.inbox}, any sender the partner directory
 * knows) and {@code csenet-inbound-<partner id>} for each inbox bound to one partner
 * ({@code csx.csenet.partner-inboxes}). The binding travels with each file as a header, so the same bean decides
 * for every inbox. done/ and failed/ below each inbox are made owner-only (0700) before the first file arrives.
 */
class CsenetInboundRoutes implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CsenetInboundRoutes.class);
    public static final String TEMPLATE = "csenet-inbound";

    private final CsenetProperties properties;

    public CsenetInboundRoutes(CsenetProperties properties, PartnerDirectory partners) {
        this.properties = properties;
        for (CsenetProperties.PartnerInbox inbox : properties.getPartnerInboxes()) {
            var partner = partners.find(inbox.getPartnerId()).orElseThrow(() -> new IllegalStateException(
                    "csx.csenet.partner-inboxes names " + inbox.getPartnerId() + ", which is not a configured partner"));
            if (partner.kind() != SenderKind.STATE_IV_D_AGENCY) {
                throw new IllegalStateException("csx.csenet.partner-inboxes: " + inbox.getPartnerId() + " is a "
                        + partner.kind() + "; CSENet only links state IV-D agencies");
            }
            if (inbox.getDirectory() == null || Path.of(inbox.getDirectory()).toAbsolutePath()
                    .equals(Path.of(properties.getInbox()).toAbsolutePath())) {
                throw new IllegalStateException("csx.csenet.partner-inboxes: " + inbox.getPartnerId()
                        + " needs a directory of its own, not the federal drop");
            }
        }
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
    }

    /** After the YAML routes (and so the template) are loaded, as for the outbound routes. */
    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        prepare(properties.getInbox());
        properties.getPartnerInboxes().forEach(inbox -> prepare(inbox.getDirectory()));
        add(camelContext, TEMPLATE, properties.getInbox(), CsenetInboxBinding.FEDERAL);
        for (CsenetProperties.PartnerInbox inbox : properties.getPartnerInboxes()) {
            add(camelContext, TEMPLATE + "-" + inbox.getPartnerId(), inbox.getDirectory(), inbox.getPartnerId());
        }
    }

    private static void add(CamelContext camelContext, String routeId, String directory, String binding) {
        try {
            camelContext.addRouteFromTemplate(routeId, TEMPLATE, Map.of("inbox", directory, "binding", binding));
            log.info("CSENet inbox {} ({}) read by route {}", directory,
                    CsenetInboxBinding.FEDERAL.equals(binding) ? "federal CSENet drop" : "bound to partner " + binding,
                    routeId);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the CSENet inbound route for " + directory, e);
        }
    }

    /** The inbox belongs to the transfer account (left as it is when it exists); done/ and failed/ to us alone. */
    private static void prepare(String directory) {
        Path inbox = Path.of(directory).toAbsolutePath();
        if (!Files.exists(inbox)) {
            OwnerOnlyFiles.directory(inbox);
        }
        OwnerOnlyFiles.directory(inbox.resolve("done"));
        OwnerOnlyFiles.directory(inbox.resolve("failed"));
    }
}
