package org.csx.gateway.soap;

import org.apache.camel.component.cxf.jaxws.CxfConfigurer;
import org.apache.cxf.annotations.SchemaValidation.SchemaValidationType;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.message.Message;

/**
 * CXF validates each request against the contract's schema as it reads it (an invalid one is refused before the
 * route sees it). Set on the CXF server, not in the Camel endpoint's properties: Camel also binds that map onto the
 * endpoint bean, whose {@code schemaValidationEnabled} is a Boolean, so "IN" failed with a logged stack trace at
 * every start (CXF still got the setting).
 */
public final class ValidateRequestsAsRead implements CxfConfigurer {

    @Override
    public void configure(AbstractWSDLBasedEndpointFactory factory) {
        // nothing before the server is made
    }

    @Override
    public void configureClient(Client client) {
        // a consumer endpoint only
    }

    @Override
    public void configureServer(Server server) {
        server.getEndpoint().put(Message.SCHEMA_VALIDATION_ENABLED, SchemaValidationType.IN);
    }
}
