package org.csx.gateway.registration;

import org.csx.gateway.contract.MessageHeaders;

import org.csx.gateway.soap.SoapPayloads;

import org.csx.gateway.contract.ContractXml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.component.jms.JmsMessage;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.helpers.DOMUtils;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.csx.gateway.contract.registration.CourtAnswerResultType;
import org.csx.gateway.contract.registration.CourtAnswerType;
import org.csx.gateway.contract.registration.ObjectFactory;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.partner.PartnerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Court answers in (routes/court-answers.yaml): over SOAP (schemas/courts.wsdl) with a result or a
 * CourtAnswerFault, or as a CourtAnswer message on court.&lt;id&gt;.responses.
 */
@Component("courtAnswers")
public class CourtAnswers {

    private static final Logger log = LoggerFactory.getLogger(CourtAnswers.class);
    static final String NS = "urn:csx:registration:1";
    /** Set by the broker on every message (populate-validated-user); a sender cannot choose it. */
    static final String VALIDATED_USER = "_AMQ_VALIDATED_USER";

    private final RegistrationService service;
    private final ContractXml registrationXml;
    private final PartnerDirectory partners;
    private final RegistrationRegistry registry;
    private final CourtAnswerMessageCheck messageCheck = new CourtAnswerMessageCheck();
    private final ObjectFactory objects = new ObjectFactory();

    public CourtAnswers(RegistrationService service, ContractXml registrationXml, PartnerDirectory partners,
                        RegistrationRegistry registry) {
        this.service = service;
        this.registrationXml = registrationXml;
        this.partners = partners;
        this.registry = registry;
    }

    /** SOAP: applies the answer and returns the result, or a SOAP fault that says why nothing changed. */
    public CxfPayload<SoapHeader> answer(Exchange exchange) {
        Partner court = authenticatedPartner(exchange);
        CourtAnswerType answer;
        try {
            answer = registrationXml.read(bodyXml(exchange), CourtAnswerType.class);
        } catch (IllegalArgumentException e) {
            throw fault(Fault.FAULT_CODE_CLIENT, CourtAnswerRefused.Code.INVALID_ANSWER.name(), "The court answer could not be read.");
        }
        CourtAnswerResultType result;
        try {
            result = service.answer(court, answer);
        } catch (CourtAnswerRefused e) {
            throw fault(Fault.FAULT_CODE_CLIENT, e.code().name(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("Could not apply a court answer from {}", court.id(), e);
            throw fault(Fault.FAULT_CODE_SERVER, "UNAVAILABLE", "The answer could not be applied now; nothing changed. Send it again later.");
        }
        List<Source> body = new ArrayList<>(1);
        body.add(new DOMSource(registrationXml.toDocument(objects.createCourtAnswerResult(result)).getDocumentElement()));
        return new CxfPayload<>(new ArrayList<>(), body, null);
    }

    /**
     * Queue: a CourtAnswer on court.&lt;courtId&gt;.responses, answered as the court partner serving that
     * county. A refused answer is recorded and marked (header csxCourtAnswerRefused) for registry staff.
     */
    public void answerFromQueue(Exchange exchange) {
        String courtId = exchange.getMessage().getHeader(MessageHeaders.COURT_QUEUE_ID, String.class);
        String body = exchange.getMessage().getBody(String.class);
        Partner court = partners.all().stream()
                .filter(p -> p.kind() == org.csx.gateway.contract.transmittal.SenderKind.TRIBUNAL && p.ownsLocatorCode(courtId))
                .findFirst().orElse(null);
        String refused = null;
        // The answer counts only when the broker authenticated that very court as its sender (populate-validated-user);
        // a message put there by anyone else, the gateway and administrators included, is refused and recorded.
        String sender = validatedUser(exchange);
        Optional<String> unreadable = messageCheck.refusal(body);
        if (court == null) {
            refused = "No court partner serves county " + courtId + ".";
        } else if (!court.id().equals(sender)) {
            refused = "NOT_FROM_THIS_COURT: the message was not sent by " + court.id() + "'s broker login.";
            registry.recordRefusal(null, court.id(), null, "NOT_FROM_THIS_COURT",
                    "Message on court." + courtId + ".responses sent by " + (sender == null ? "an unknown user" : sender)
                            + ", not by " + court.id());
            log.warn("Refused a message on court.{}.responses not sent by {}", courtId, court.id());
        } else if (unreadable.isPresent()) {
            refused = CourtAnswerRefused.Code.INVALID_ANSWER + ": " + unreadable.get();
            registry.recordRefusal(null, court.id(), null, CourtAnswerRefused.Code.INVALID_ANSWER.name(), unreadable.get());
            log.warn("Refused a message on court.{}.responses: {}", courtId, unreadable.get());
        } else {
            try {
                service.answer(court, registrationXml.read(body, CourtAnswerType.class));
            } catch (CourtAnswerRefused e) {
                refused = e.code() + ": " + e.getMessage();
            } catch (IllegalArgumentException e) {
                refused = "The court answer could not be read.";
            }
        }
        exchange.getMessage().setHeader(MessageHeaders.COURT_ANSWER_REFUSED, refused);
        if (refused != null) {
            exchange.getMessage().setHeader(MessageHeaders.ROUTING_PROBLEM, "Court answer refused: " + refused);
        }
    }

    /** The broker login that sent the message, as the broker validated it; null when there is none. */
    private static String validatedUser(Exchange exchange) {
        if (exchange.getMessage() instanceof JmsMessage jms && jms.getJmsMessage() != null) {
            try {
                return jms.getJmsMessage().getStringProperty(VALIDATED_USER);
            } catch (jakarta.jms.JMSException e) {
                return null;
            }
        }
        return null;
    }

    private static Partner authenticatedPartner(Exchange exchange) {
        return SoapPayloads.authenticatedPartner(exchange).orElseThrow(() ->
                fault(Fault.FAULT_CODE_CLIENT, "AUTHENTICATION_FAILED", "Court credentials are required."));
    }

    private static String bodyXml(Exchange exchange) {
        Source body = SoapPayloads.onlyBodyElement(exchange).orElseThrow(() -> fault(Fault.FAULT_CODE_CLIENT,
                CourtAnswerRefused.Code.INVALID_ANSWER.name(), "The SOAP body must hold exactly one CourtAnswer element."));
        try {
            return SoapPayloads.toXml(body);
        } catch (XMLStreamException e) {
            throw fault(Fault.FAULT_CODE_CLIENT, CourtAnswerRefused.Code.INVALID_ANSWER.name(), "The SOAP body could not be read.");
        }
    }

    static SoapFault fault(QName faultCode, String code, String message) {
        SoapFault fault = new SoapFault(code + ": " + message, faultCode);
        Document document = DOMUtils.createDocument();
        Element detail = document.createElementNS(NS, "reg:CourtAnswerFault");
        Element codeElement = document.createElementNS(NS, "reg:Code");
        codeElement.setTextContent(code);
        Element messageElement = document.createElementNS(NS, "reg:Message");
        messageElement.setTextContent(message);
        detail.appendChild(codeElement);
        detail.appendChild(messageElement);
        fault.getOrCreateDetail().appendChild(fault.getOrCreateDetail().getOwnerDocument().importNode(detail, true));
        return fault;
    }
}
