package org.csx.gateway.soap;

import org.apache.camel.component.cxf.transport.header.CxfHeaderFilterStrategy;

/**
 * What a SOAP answer may carry back as protocol headers: nothing of the route's. Without it the CXF endpoint echoes
 * the request's and the route's headers into the HTTP answer: the partner's own {@code Authorization}, and the
 * gateway's internal {@code csx*} and {@code _AMQ_DUPL_ID} headers. CXF sets what an answer needs (content type,
 * length) itself.
 */
public final class SoapAnswerHeaders extends CxfHeaderFilterStrategy {

    public SoapAnswerHeaders() {
        setOutFilterPattern("(?s).*");
    }
}
