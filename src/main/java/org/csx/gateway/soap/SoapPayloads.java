package org.csx.gateway.soap;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.Source;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.cxf.message.Message;
import org.apache.cxf.staxutils.StaxUtils;
import org.csx.gateway.partner.Partner;

/**
 * What every SOAP route of the gateway (transmittals, documents, court answers) reads off a CXF PAYLOAD
 * exchange. Each caller decides which fault to answer with when something is missing.
 */
public final class SoapPayloads {

    private SoapPayloads() {
    }

    /** The partner PartnerAuthenticationInterceptor put on the CXF exchange. */
    public static Optional<Partner> authenticatedPartner(Exchange exchange) {
        Message cxfMessage = exchange.getIn().getHeader(CxfConstants.CAMEL_CXF_MESSAGE, Message.class);
        return Optional.ofNullable(cxfMessage == null ? null : cxfMessage.getExchange().get(Partner.class));
    }

    /** The SOAP body's element, when it holds exactly one. */
    @SuppressWarnings("unchecked")
    public static Optional<Source> onlyBodyElement(Exchange exchange) {
        CxfPayload<?> payload = exchange.getIn().getBody(CxfPayload.class);
        List<Source> sources = payload == null ? List.of() : payload.getBodySources();
        return sources.size() == 1 ? Optional.of(sources.get(0)) : Optional.empty();
    }

    /** The element as text, as the sender wrote it. */
    public static String toXml(Source element) throws XMLStreamException {
        StringWriter out = new StringWriter(4096);
        XMLStreamWriter writer = StaxUtils.createXMLStreamWriter(out);
        StaxUtils.copy(element, writer);
        writer.flush();
        return out.toString();
    }
}
