package org.csx.gateway.soap;

import java.util.Set;
import java.util.function.Supplier;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The last word on every fault a SOAP service answers with: a fault the gateway made itself (its detail holds one
 * of the service's fault elements, with a code and a sentence written for the caller) goes out as it is; any
 * other fault (a parser's complaint about a DOCTYPE or an entity, a schema validation message, an exception from
 * inside, with its text and maybe a database's detail) is replaced by the service's generic fault, with a code
 * and no exception text or stack trace. What was replaced is logged by its class only.
 */
public class SafeFaults extends AbstractPhaseInterceptor<Message> {

    private static final Logger log = LoggerFactory.getLogger(SafeFaults.class);

    private final Set<String> ownFaultNamespaces;
    private final Supplier<SoapFault> callersFault;
    private final Supplier<SoapFault> gatewaysFault;

    /**
     * @param ownFaultNamespaces namespaces of the fault detail elements the service makes itself
     * @param callersFault       for a message that could not be read (client fault)
     * @param gatewaysFault      for a failure inside the gateway (server fault)
     */
    public SafeFaults(Set<String> ownFaultNamespaces, Supplier<SoapFault> callersFault, Supplier<SoapFault> gatewaysFault) {
        super(Phase.PRE_LOGICAL);
        this.ownFaultNamespaces = Set.copyOf(ownFaultNamespaces);
        this.callersFault = callersFault;
        this.gatewaysFault = gatewaysFault;
    }

    @Override
    public void handleMessage(Message message) {
        Exception exception = message.getContent(Exception.class);
        if (!(exception instanceof Fault fault)) {
            if (exception != null) {
                message.setContent(Exception.class, gatewaysFault.get());
            }
            return;
        }
        if (isOwn(fault)) {
            return;
        }
        boolean callers = isClientFault(fault);
        log.info("Answered a {} fault for {} instead of the fault it caused",
                callers ? "MALFORMED" : "generic server", fault.getCause() == null
                        ? fault.getClass().getSimpleName() : fault.getCause().getClass().getSimpleName());
        message.setContent(Exception.class, callers ? callersFault.get() : gatewaysFault.get());
    }

    private boolean isOwn(Fault fault) {
        Element detail = fault.getDetail();
        if (detail == null) {
            return false;
        }
        for (Node n = detail.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ownFaultNamespaces.contains(e.getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClientFault(Fault fault) {
        String code = fault.getFaultCode() == null ? "" : fault.getFaultCode().getLocalPart();
        // CXF's own codes are lower case ("client"); SOAP 1.1 says Client, SOAP 1.2 Sender.
        return "client".equalsIgnoreCase(code) || "sender".equalsIgnoreCase(code);
    }
}
