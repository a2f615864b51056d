package org.csx.gateway.soap;

import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.documents.CaseDocumentRepository;
import org.csx.gateway.documents.DocumentArrivals;
import org.csx.gateway.documents.DocumentStore;
import org.csx.gateway.documents.DocumentsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The SOAP adapters' beans; routes/soap-intake.yaml and documents-intake.yaml refer to them by name. */
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
}
