package org.csx.gateway.soap;

import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.documents.CaseDocumentRepository;
import org.csx.gateway.documents.DocumentArrivals;
import org.csx.gateway.documents.DocumentStore;
import org.csx.gateway.documents.DocumentsProperties;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.cxf.Bus;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SOAP adapters' beans (routes/soap-intake.yaml and documents-intake.yaml refer to them by name), and the filter
 * that answers 503 for a service not open yet.
 */
@Configuration(proxyBeanMethods = false)
class SoapConfiguration {

    @Bean
    DocumentIntakeAdapter documentIntake(DocumentStore store, CaseDocumentRepository repository,
                                         DocumentArrivals arrivals, ContractXml contractXml, DocumentsProperties properties) {
        return new DocumentIntakeAdapter(store, repository, arrivals, contractXml, properties.getMaxDocumentBytes());
    }

    @Bean
    TransmittalAttachments transmittalAttachments(DocumentStore store, CaseDocumentRepository repository,
                                                  ContractXml contractXml, DocumentsProperties properties,
                                                  PlatformTransactionManager transactionManager) {
        return new TransmittalAttachments(store, repository, contractXml, new TransactionTemplate(transactionManager),
                properties.getMaxDocumentBytes());
    }

    /**
     * Every CXF endpoint of the gateway (exchange, documents, courts) is a service address; it is open when CXF has a
     * destination for it with a consumer behind it (the Camel route started), as CXF's servlet itself decides.
     */
    @Bean
    FilterRegistrationBean<ServicesNotOpenFilter> servicesNotOpenFilter(List<CxfEndpoint> endpoints, Bus bus,
                                                                         @Value("${cxf.path:/services}") String servicesPath) {
        Set<String> addresses = endpoints.stream().map(CxfEndpoint::getAddress).collect(Collectors.toSet());
        FilterRegistrationBean<ServicesNotOpenFilter> registration = new FilterRegistrationBean<>(
                new ServicesNotOpenFilter(servicesPath, addresses, address -> {
                    AbstractHTTPDestination destination = registry(bus).getDestinationForPath(address, true);
                    return destination != null && destination.getMessageObserver() != null;
                }));
        registration.addUrlPatterns(servicesPath + "/*");
        return registration;
    }

    private static DestinationRegistry registry(Bus bus) {
        try {
            return ((HTTPTransportFactory) bus.getExtension(DestinationFactoryManager.class)
                    .getDestinationFactory("http://cxf.apache.org/transports/http/configuration")).getRegistry();
        } catch (org.apache.cxf.BusException e) {
            throw new IllegalStateException("CXF has no HTTP transport", e);
        }
    }
}
