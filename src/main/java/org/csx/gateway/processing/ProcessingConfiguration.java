package org.csx.gateway.processing;

import org.csx.gateway.registration.RegistrationService;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.documents.CaseReviewer;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.partner.PartnerMessages;
import org.csx.gateway.documents.CaseDocumentRepository;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.outbox.Outbox;
import org.csx.gateway.partner.JurisdictionDirectory;
import org.csx.gateway.routing.DistrictDirectory;
import org.csx.gateway.routing.OutboundQueues;
import org.csx.gateway.routing.DistrictResolver;
import org.csx.gateway.validation.BusinessRules;
import org.csx.gateway.validation.FarCodeTable;
import org.csx.gateway.validation.FipsCountyTable;
import org.csx.gateway.validation.TransmittalSchemaValidator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Builds the plain beans of the processing flow (routes/transmittal-processing.yaml refers to them by
 * these names). The reference tables can be replaced without a release: point
 * csx.reference.fips-counties or csx.reference.far-codes at another file.
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    /**
     * The intake queue's consumers (routes/transmittal-processing.yaml) run below the HTTP threads: a partner waits on
     * the line for its receipt, while a stored transmittal's processing has working days (45 CFR 303.7). With the
     * gateway's JVM options (-XX:ThreadPriorityPolicy=1, docs/performance.md) the lowest Java priority is nice 10, so
     * when both want the cores the receipts go first; on a machine with cores to spare nothing changes.
     */
    @Bean
    SimpleAsyncTaskExecutor intakeConsumerThreads() {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("intake-consumer-");
        threads.setThreadPriority(Thread.MIN_PRIORITY);
        return threads;
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    FarCodeTable farCodeTable(@Value("${csx.reference.far-codes:classpath:reference/csenet-far-codes.csv}") Resource table)
            throws IOException {
        try (InputStream in = table.getInputStream()) {
            return FarCodeTable.load(in);
        }
    }

    @Bean
    FipsCountyTable fipsCountyTable(@Value("${csx.reference.fips-counties:classpath:reference/fips-counties.csv}") Resource table)
            throws IOException {
        try (InputStream in = table.getInputStream()) {
            return FipsCountyTable.load(in);
        }
    }

    @Bean
    TransmittalSchemaValidator transmittalSchemaValidator() {
        return new TransmittalSchemaValidator();
    }

    @Bean
    BusinessRules businessRules(FarCodeTable farCodes, FipsCountyTable counties, CsxProperties properties, Clock clock,
                                JurisdictionDirectory directory) {
        return new BusinessRules(farCodes, counties, properties.getHomeState(), clock, directory);
    }

    @Bean
    DistrictDirectory districtDirectory(CsxProperties properties, FipsCountyTable counties) {
        return new DistrictDirectory(properties, counties);
    }

    @Bean
    ValidateTransmittalStep validateTransmittalStep(TransmittalSchemaValidator schemaValidator, BusinessRules rules,
                                                    ContractXml contractXml, CaseDocumentRepository cases,
                                                    ValidateTransmittalStep.RequestAnswers districtAnswers) {
        // One model of "the case a partner means by its own case id": the one status inquiries use. An answer to a
        // district's own request names the district's case instead (docs/way-back.md).
        return new ValidateTransmittalStep(schemaValidator, rules, contractXml,
                (partner, caseId) -> cases.caseBySenderCaseId(partner, caseId).isPresent(), districtAnswers);
    }

    @Bean
    ResolveDistrictStep resolveDistrictStep(DistrictDirectory directory, CsxProperties properties) {
        return new ResolveDistrictStep(new DistrictResolver(directory, properties.getHomeState()));
    }

    @Bean
    TransmittalOutcomeSteps transmittalOutcomeSteps(TransmittalLedger ledger, FarCodeTable farCodes,
                                                    CsxProperties properties, ContractXml contractXml,
                                                    PartnerMessages partnerMessages, Clock clock) {
        return new TransmittalOutcomeSteps(ledger,
                new AcknowledgmentBuilder(new AcknowledgmentCodes(farCodes), partnerMessages),
                new DistrictReferralBuilder(farCodes), contractXml,
                new CaseNotHeldReply(partnerMessages), clock);
    }

    @Bean
    IntakeBatchSteps intakeBatchSteps() {
        return new IntakeBatchSteps();
    }

    @Bean
    DeadLetterStep deadLetterStep() {
        return new DeadLetterStep();
    }

    @Bean
    ClaimTransmittalStep claimTransmittalStep(TransmittalLedger ledger, CaseDocumentRepository caseDocuments) {
        return new ClaimTransmittalStep(ledger, caseDocuments);
    }

    @Bean
    ProcessingOutbox processingOutbox(Outbox outbox, OutboundQueues queues, CsxProperties properties) {
        return new ProcessingOutbox(outbox, queues, properties.getQueues().getExceptions());
    }
    @Bean
    CaseReviewSteps caseReviewSteps(CaseReviewer reviewer, DutyRepository duties, Clock clock) {
        return new CaseReviewSteps(reviewer, duties, clock);
    }

    @Bean
    StatusInquirySteps statusInquirySteps(CaseDocumentRepository repository, CaseReviewer reviewer,
                                          TransmittalLedger ledger, DutyRepository duties, DistrictDirectory districts,
                                          CsxProperties properties, PartnerMessages messages, ContractXml contractXml,
                                          Clock clock) {
        return new StatusInquirySteps(repository, reviewer, ledger, duties, districts, properties, messages, contractXml,
                clock);
    }

    @Bean
    OpenRegistrationStep openRegistrationStep(RegistrationService service) {
        return new OpenRegistrationStep(service);
    }
}
