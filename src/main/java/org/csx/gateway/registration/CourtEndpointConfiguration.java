package org.csx.gateway.registration;

import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.csx.gateway.intake.MessageSizeLimitInterceptor;
import org.csx.gateway.intake.PartnerAuthenticationInterceptor;
import org.csx.gateway.partner.PartnerDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The courts' SOAP endpoint, contract first from schemas/courts.wsdl:
 * http://localhost:8080/services/courts?wsdl. Courts are partners of kind TRIBUNAL and authenticate
 * like every partner (HTTP Basic); the route is routes/court-answers.yaml.
 */
@Configuration(proxyBeanMethods = false)
public class CourtEndpointConfiguration {

    static final String SERVICE_NAMESPACE = "urn:csx:courts-service:1";
    private static final long MAX_ANSWER_BYTES = 64 * 1024;

    @Bean
    CxfEndpoint courtEndpoint(PartnerDirectory partners) {
        CxfEndpoint endpoint = new CxfEndpoint();
        endpoint.setAddress("/courts");
        endpoint.setWsdlURL("classpath:schemas/courts.wsdl");
        endpoint.setServiceNameAsQName(new QName(SERVICE_NAMESPACE, "CourtsService"));
        endpoint.setEndpointNameAsQName(new QName(SERVICE_NAMESPACE, "CourtsPort"));
        endpoint.setDataFormat(DataFormat.PAYLOAD);
        Map<String, Object> cxfProperties = new HashMap<>();
        cxfProperties.put("schema-validation-enabled", "false");
        cxfProperties.put("org.apache.cxf.stax.maxChildElements", 100);
        cxfProperties.put("org.apache.cxf.stax.maxElementDepth", 20);
        cxfProperties.put("org.apache.cxf.stax.maxTextLength", 4096);
        endpoint.setProperties(cxfProperties);
        endpoint.getInInterceptors().add(new MessageSizeLimitInterceptor(MAX_ANSWER_BYTES));
        endpoint.getInInterceptors().add(new PartnerAuthenticationInterceptor());
        return endpoint;
    }
}
