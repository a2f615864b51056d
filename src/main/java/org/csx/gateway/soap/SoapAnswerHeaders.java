package org.csx.gateway.soap;

import java.util.List;
import java.util.Map;
import org.apache.camel.component.cxf.transport.header.CxfHeaderFilterStrategy;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * What a SOAP answer may carry back as protocol headers: nothing of the route's; and which of a request's headers
 * the route may see: none named like the gateway's own. Without it the CXF endpoint echoes
 * the request's and the route's headers into the HTTP answer: the partner's own {@code Authorization}, and the
 * gateway's internal {@code csx*} and {@code _AMQ_DUPL_ID} headers. CXF sets what an answer needs (content type,
 * length) itself. Camel's CXF binding copies {@code User-Agent} past any filter: {@link NoEcho} takes it out.
 */
public final class SoapAnswerHeaders extends CxfHeaderFilterStrategy {

    public SoapAnswerHeaders() {
        setOutFilterPattern("(?s).*");
        // Nor does a request's HTTP header become one of the gateway's own: without this a partner's header named
        // like them (the batch marker, the partner id, the broker's duplicate id) went on with the exchange onto the
        // intake message (infrastructure.GatewayHeaderFilterStrategy lets those names into JMS). The routes read none.
        setInFilterPattern("(?is)(csx|_amq|jms).*");
    }

    /** Takes the request's {@code User-Agent} out of the answer before its headers are written. */
    public static final class NoEcho extends AbstractPhaseInterceptor<Message> {

        public NoEcho() {
            super(Phase.PRE_STREAM);
        }

        @Override
        public void handleMessage(Message message) {
            @SuppressWarnings("unchecked")
            Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
            if (headers != null) {
                headers.keySet().removeIf(name -> name.equalsIgnoreCase("User-Agent"));
            }
        }
    }
}
