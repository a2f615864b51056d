package org.csx.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point one way. The foundation (the contract and its generated classes, configuration, personal-data
 * protection, validation rules, the partner and district directories, identities, the ledger, the outbox, the
 * clocks) never depends on the features that use it (documents, the SOAP adapters, intake, processing,
 * registration, CSENet, delivery, the district way back, the API and console); and no two packages depend on each
 * other, directly or round a circle. A new cycle fails the build.
 */
@AnalyzeClasses(packages = "org.csx.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FOUNDATION = {"org.csx.gateway.contract..", "org.csx.gateway.config..",
            "org.csx.gateway.personaldata..", "org.csx.gateway.validation..", "org.csx.gateway.partner..",
            "org.csx.gateway.routing..", "org.csx.gateway.identity..", "org.csx.gateway.ledger..",
            "org.csx.gateway.outbox..", "org.csx.gateway.deadlines..", "org.csx.gateway.database.."};

    private static final String[] FEATURES = {"org.csx.gateway.documents..", "org.csx.gateway.soap..",
            "org.csx.gateway.intake..", "org.csx.gateway.processing..", "org.csx.gateway.registration..",
            "org.csx.gateway.csenet..", "org.csx.gateway.delivery..", "org.csx.gateway.district..",
            "org.csx.gateway.deadletter..", "org.csx.gateway.retention..", "org.csx.gateway.audit..",
            "org.csx.gateway.api..", "org.csx.gateway.console.."};

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.csx.gateway.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theFoundationNeverDependsOnTheFeatures = noClasses().that().resideInAnyPackage(FOUNDATION)
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule onlyTheConsoleAndApiReadAcrossFeaturesForStaff = noClasses()
            .that().resideOutsideOfPackages("org.csx.gateway.console..", "org.csx.gateway.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.csx.gateway.console..", "org.csx.gateway.api..");
}
