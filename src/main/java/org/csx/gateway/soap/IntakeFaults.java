package org.csx.gateway.soap;

import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.helpers.DOMUtils;
import org.apache.cxf.interceptor.Fault;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** SOAP faults for refused transmittals, with an ex:IntakeFault detail a client can act on. */
public final class IntakeFaults {

    private static final String NS = "urn:csx:exchange:1";

    private IntakeFaults() {
    }

    /** The sender's fault: sending the same thing again will not help. */
    public static SoapFault clientFault(IntakeFaultCode code, String message) {
        return fault(Fault.FAULT_CODE_CLIENT, code, message);
    }

    /** The gateway's fault: nothing was stored, try again later. */
    public static SoapFault serverFault(IntakeFaultCode code, String message) {
        return fault(Fault.FAULT_CODE_SERVER, code, message);
    }

    private static SoapFault fault(QName faultCode, IntakeFaultCode code, String message) {
        SoapFault fault = new SoapFault(code.value() + ": " + message, faultCode);
        Document document = DOMUtils.createDocument();
        Element detail = document.createElementNS(NS, "ex:IntakeFault");
        Element codeElement = document.createElementNS(NS, "ex:Code");
        codeElement.setTextContent(code.value());
        Element messageElement = document.createElementNS(NS, "ex:Message");
        messageElement.setTextContent(message);
        detail.appendChild(codeElement);
        detail.appendChild(messageElement);
        fault.getOrCreateDetail().appendChild(fault.getOrCreateDetail().getOwnerDocument().importNode(detail, true));
        return fault;
    }
}
