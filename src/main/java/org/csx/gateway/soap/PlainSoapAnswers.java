package org.csx.gateway.soap;

import org.apache.cxf.interceptor.AttachmentOutInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Answers go out as plain SOAP ({@code text/xml}), never as an MTOM package. An answer (a receipt) carries no
 * attachment, and a partner that sent a plain SOAP request must be able to read its receipt without an MTOM parser.
 * With MTOM enabled on the endpoint (so that requests may bring their documents), CXF otherwise wraps every answer in
 * a {@code multipart/related} XOP package, which costs both sides for nothing. Requests may still come as MTOM or
 * SOAP with attachments. Faults were already plain.
 */
public final class PlainSoapAnswers extends AbstractPhaseInterceptor<Message> {

    public PlainSoapAnswers() {
        super(Phase.PRE_STREAM);
        addBefore(AttachmentOutInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        // the message's own property comes before the endpoint's (Message.getContextualProperty)
        message.put(Message.MTOM_ENABLED, Boolean.FALSE);
    }
}
