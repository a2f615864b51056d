package org.csx.gateway.infrastructure;

import org.apache.camel.Exchange;
import org.apache.camel.spi.HeaderFilterStrategy;

/**
 * Only the gateway's own headers (csx*) and Artemis duplicate detection cross into JMS messages:
 * CXF, HTTP and Camel headers stay behind. From JMS, the gateway's headers and the delivery count come in.
 */
class GatewayHeaderFilterStrategy implements HeaderFilterStrategy {

    @Override
    public boolean applyFilterToCamelHeaders(String name, Object value, Exchange exchange) {
        return !(name.startsWith("csx") || name.equals("_AMQ_DUPL_ID") || name.equals("JMSCorrelationID"));
    }

    @Override
    public boolean applyFilterToExternalHeaders(String name, Object value, Exchange exchange) {
        return !(name.startsWith("csx") || name.equals("JMSXDeliveryCount") || name.startsWith("JMS"));
    }
}
