package org.csx.gateway.intake;

import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.partner.PartnerDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case exchange SOAP endpoint, contract first from schemas/exchange.wsdl, served under
 * {@code cxf.path} (default /services): http://localhost:8080/services/exchange?wsdl.
 * PAYLOAD mode: the route receives the Transmittal element as the partner sent it, so the raw
 * message is what gets stored.
 */
@Configuration(proxyBeanMethods = false)
public class ExchangeEndpointConfiguration {

    static final String SERVICE_NAMESPACE = "urn:csx:exchange-service:1";

    @Bean
    CxfEndpoint caseExchangeEndpoint(PartnerDirectory partners, CsxProperties properties) {
        CxfEndpoint endpoint = new CxfEndpoint();
        endpoint.setAddress("/exchange");
        endpoint.setWsdlURL("classpath:schemas/exchange.wsdl");
        endpoint.setServiceNameAsQName(new QName(SERVICE_NAMESPACE, "CaseExchangeService"));
        endpoint.setEndpointNameAsQName(new QName(SERVICE_NAMESPACE, "CaseExchangePort"));
        endpoint.setDataFormat(DataFormat.PAYLOAD);
        Map<String, Object> cxfProperties = new HashMap<>();
        // Validation against the schema happens after receipt, so every violation can be reported at once.
        cxfProperties.put("schema-validation-enabled", "false");
        // Parser limits against oversized or deeply nested documents.
        cxfProperties.put("org.apache.cxf.stax.maxChildElements", 1000);
        cxfProperties.put("org.apache.cxf.stax.maxElementDepth", 40);
        cxfProperties.put("org.apache.cxf.stax.maxTextLength", 1024 * 1024);
        endpoint.setProperties(cxfProperties);
        endpoint.getInInterceptors().add(new MessageSizeLimitInterceptor(properties.getIntake().getMaxMessageBytes()));
        endpoint.getInInterceptors().add(new PartnerAuthenticationInterceptor(partners));
        return endpoint;
    }
}
