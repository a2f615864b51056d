package org.csx.gateway.soap;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.csx.gateway.documents.DocumentsProperties;
import org.csx.gateway.partner.PartnerDirectory;
import org.csx.gateway.personaldata.OwnerOnlyFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case exchange SOAP endpoint, contract first from schemas/exchange.wsdl, served under
 * {@code cxf.path} (default /services): http://localhost:8080/services/exchange?wsdl.
 * PAYLOAD mode: the route receives the Transmittal element as the partner sent it, so the raw
 * message is what gets stored.
 *
 * <p>A second port of the same service, {@code /services/documents} (CaseDocumentsPort, operation
 * SubmitDocuments), takes documents as MTOM attachments: CXF spools any attachment larger than
 * csx.documents.attachment-memory-threshold to a file under the document store's spool directory, so a large
 * document never sits in memory; its message limit is csx.documents.max-message-bytes.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeEndpointConfiguration {

    static final String SERVICE_NAMESPACE = "urn:csx:exchange-service:1";

    /** SubmitTransmittal. A transmittal may carry its documents as MTOM/SwA parts (documents.TransmittalAttachments). */
    @Bean
    CxfEndpoint caseExchangeEndpoint(PartnerDirectory partners, CsxProperties properties, DocumentsProperties documents) {
        return endpoint("/exchange", "CaseExchangePort", properties.getIntake().getMaxMessageBytes(), partners, documents);
    }

    /**
     * SubmitDocuments: documents that come later, or are larger than a transmittal may be. The request is validated
     * against exchange.xsd by CXF as it is read (nothing is stored from an invalid one), and every fault that is not
     * the service's own IntakeFault goes out as MALFORMED_MESSAGE or UNAVAILABLE, without exception text.
     */
    @Bean
    CxfEndpoint caseDocumentsEndpoint(PartnerDirectory partners, DocumentsProperties documents) {
        CxfEndpoint endpoint = endpoint("/documents", "CaseDocumentsPort", documents.getMaxMessageBytes(), partners,
                documents);
        endpoint.setCxfConfigurer(new ValidateRequestsAsRead());
        endpoint.getOutFaultInterceptors().add(new SafeFaults(Set.of("urn:csx:exchange:1"),
                () -> IntakeFaults.clientFault(IntakeFaultCode.MALFORMED_MESSAGE,
                        "The request could not be read: send well-formed XML without a DOCTYPE, valid against "
                                + "exchange.xsd, within the size limit. Nothing was kept."),
                () -> IntakeFaults.serverFault(IntakeFaultCode.UNAVAILABLE,
                        "The documents could not be recorded now. Nothing was kept; send them again later.")));
        return endpoint;
    }

    private static CxfEndpoint endpoint(String address, String port, long maxMessageBytes, PartnerDirectory partners,
                                        DocumentsProperties documents) {
        CxfEndpoint endpoint = new CxfEndpoint();
        endpoint.setHeaderFilterStrategy(new SoapAnswerHeaders());
        endpoint.setAddress(address);
        endpoint.setWsdlURL("classpath:schemas/exchange.wsdl");
        endpoint.setServiceNameAsQName(new QName(SERVICE_NAMESPACE, "CaseExchangeService"));
        endpoint.setEndpointNameAsQName(new QName(SERVICE_NAMESPACE, port));
        endpoint.setDataFormat(DataFormat.PAYLOAD);
        endpoint.setMtomEnabled(true);
        Map<String, Object> cxfProperties = new HashMap<>();
        // Validation against the schema happens after receipt, so every violation can be reported at once.
        cxfProperties.put("schema-validation-enabled", "false");
        cxfProperties.put("mtom-enabled", true);
        cxfProperties.put("attachment-directory", spoolDirectory(documents));
        cxfProperties.put("attachment-memory-threshold", String.valueOf(documents.getAttachmentMemoryThreshold()));
        cxfProperties.put("attachment-max-count", "20");
        // Parser limits against oversized or deeply nested documents.
        cxfProperties.put("org.apache.cxf.stax.maxChildElements", 1000);
        cxfProperties.put("org.apache.cxf.stax.maxElementDepth", 40);
        cxfProperties.put("org.apache.cxf.stax.maxTextLength", 1024 * 1024);
        // No stack trace or exception cause in a fault (CXF's defaults, stated so they stay).
        cxfProperties.put("faultStackTraceEnabled", "false");
        cxfProperties.put("exceptionMessageCauseEnabled", "false");
        endpoint.setProperties(cxfProperties);
        endpoint.getInInterceptors().add(new MessageSizeLimitInterceptor(maxMessageBytes));
        endpoint.getInInterceptors().add(new PartnerAuthenticationInterceptor());
        endpoint.getOutInterceptors().add(new PlainSoapAnswers());
        endpoint.getOutInterceptors().add(new SoapAnswerHeaders.NoEcho());
        endpoint.getOutFaultInterceptors().add(new SoapAnswerHeaders.NoEcho());
        return endpoint;
    }

    /** CXF spools larger attachments here instead of keeping them in heap. */
    private static String spoolDirectory(DocumentsProperties documents) {
        Path spool = Path.of(documents.getStorageDirectory(), "spool").toAbsolutePath();
        // CXF's spool files hold document content: owner-only directory (docs/personal-data.md)
        OwnerOnlyFiles.directory(spool);
        return spool.toString();
    }
}
