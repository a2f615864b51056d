package org.csx.gateway.soap;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.csx.gateway.identity.Identity;
import org.csx.gateway.partner.Partner;
import org.springframework.security.core.Authentication;

/**
 * Puts the partner the HTTP filter chain authenticated (identity.HttpSecurityConfiguration: HTTP Basic or a TLS
 * client certificate) on the CXF exchange for the route. There is one authentication path, the filter chain;
 * this only reads its result, and refuses (fail closed) a request that somehow reached CXF without a partner.
 */
public class PartnerAuthenticationInterceptor extends AbstractPhaseInterceptor<Message> {

    public PartnerAuthenticationInterceptor() {
        super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message message) {
        if (isGetRequest(message)) {
            return; // ?wsdl and ?xsd are public
        }
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        Principal principal = request == null ? null : request.getUserPrincipal();
        Partner partner = principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof Identity identity ? identity.partner() : null;
        if (partner == null) {
            throw IntakeFaults.clientFault(IntakeFaultCode.AUTHENTICATION_FAILED, "Partner credentials are missing or wrong.");
        }
        message.getExchange().put(Partner.class, partner);
    }

    private static boolean isGetRequest(Message message) {
        return "GET".equals(message.get(Message.HTTP_REQUEST_METHOD));
    }
}
