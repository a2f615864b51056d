package org.csx.gateway.intake;

import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.partner.PartnerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the partner's HTTP Basic credentials before the message body is read, and puts the
 * authenticated {@link Partner} on the CXF exchange for the route.
 */
public class PartnerAuthenticationInterceptor extends AbstractPhaseInterceptor<Message> {

    private static final Logger log = LoggerFactory.getLogger(PartnerAuthenticationInterceptor.class);

    private final PartnerDirectory partners;

    public PartnerAuthenticationInterceptor(PartnerDirectory partners) {
        super(Phase.RECEIVE);
        this.partners = partners;
    }

    @Override
    public void handleMessage(Message message) {
        if (isGetRequest(message)) {
            return; // ?wsdl and ?xsd are public
        }
        AuthorizationPolicy policy = message.get(AuthorizationPolicy.class);
        String partnerId = policy == null ? null : policy.getUserName();
        Partner partner = partners.authenticate(partnerId, policy == null ? null : policy.getPassword())
                .orElseThrow(() -> {
                    log.warn("Authentication failed for partner id {}", partnerId == null ? "(none)" : partnerId);
                    return IntakeFaults.clientFault(IntakeFaultCode.AUTHENTICATION_FAILED,
                            "Partner credentials are missing or wrong.");
                });
        message.getExchange().put(Partner.class, partner);
    }

    private static boolean isGetRequest(Message message) {
        return "GET".equals(message.get(Message.HTTP_REQUEST_METHOD));
    }
}
