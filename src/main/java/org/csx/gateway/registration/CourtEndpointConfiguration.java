package org.csx.gateway.registration;

import org.csx.gateway.soap.PartnerAuthenticationInterceptor;
import org.csx.gateway.soap.MessageSizeLimitInterceptor;
import org.csx.gateway.soap.SafeFaults;
import org.csx.gateway.soap.SoapAnswerHeaders;
import org.csx.gateway.soap.ValidateRequestsAsRead;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.cxf.interceptor.Fault;
import org.csx.gateway.partner.PartnerDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The courts' SOAP endpoint, contract first from schemas/courts.wsdl:
 * http://localhost:8080/services/courts?wsdl. Courts are partners of kind TRIBUNAL and authenticate
 * like every partner (HTTP Basic); the route is routes/court-answers.yaml.
 */
@Configuration(proxyBeanMethods = false)
class CourtEndpointConfiguration {

    static final String SERVICE_NAMESPACE = "urn:csx:courts-service:1";
    private static final long MAX_ANSWER_BYTES = 64 * 1024;

    @Bean
    CxfEndpoint courtEndpoint(PartnerDirectory partners) {
        CxfEndpoint endpoint = new CxfEndpoint();
        endpoint.setHeaderFilterStrategy(new SoapAnswerHeaders());
        endpoint.setAddress("/courts");
        endpoint.setWsdlURL("classpath:schemas/courts.wsdl");
        endpoint.setServiceNameAsQName(new QName(SERVICE_NAMESPACE, "CourtsService"));
        endpoint.setEndpointNameAsQName(new QName(SERVICE_NAMESPACE, "CourtsPort"));
        endpoint.setDataFormat(DataFormat.PAYLOAD);
        // Validated against registration-packet.xsd as it is read: an invalid answer changes nothing.
        endpoint.setCxfConfigurer(new ValidateRequestsAsRead());
        Map<String, Object> cxfProperties = new HashMap<>();
        cxfProperties.put("faultStackTraceEnabled", "false");
        cxfProperties.put("exceptionMessageCauseEnabled", "false");
        cxfProperties.put("org.apache.cxf.stax.maxChildElements", 100);
        cxfProperties.put("org.apache.cxf.stax.maxElementDepth", 20);
        cxfProperties.put("org.apache.cxf.stax.maxTextLength", 4096);
        endpoint.setProperties(cxfProperties);
        endpoint.getInInterceptors().add(new MessageSizeLimitInterceptor(MAX_ANSWER_BYTES));
        endpoint.getInInterceptors().add(new PartnerAuthenticationInterceptor());
        endpoint.getOutInterceptors().add(new SoapAnswerHeaders.NoEcho());
        endpoint.getOutFaultInterceptors().add(new SoapAnswerHeaders.NoEcho());
        // Any fault that is not a CourtAnswerFault of ours (DOCTYPE, entities, schema, failures inside) goes out
        // as INVALID_ANSWER or UNAVAILABLE, with no exception text.
        endpoint.getOutFaultInterceptors().add(new SafeFaults(Set.of(CourtAnswers.NS),
                () -> CourtAnswers.fault(Fault.FAULT_CODE_CLIENT, CourtAnswerRefused.Code.INVALID_ANSWER.name(),
                        "The answer could not be read: send well-formed XML without a DOCTYPE, valid against "
                                + "registration-packet.xsd, within 64 KB. Nothing changed."),
                () -> CourtAnswers.fault(Fault.FAULT_CODE_SERVER, "UNAVAILABLE",
                        "The answer could not be applied now; nothing changed. Send it again later.")));
        return endpoint;
    }
}
