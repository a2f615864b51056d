package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransmittalSchemaValidatorTest {
    private static TransmittalSchemaValidator validator;
    private static ExecutorService pool;

    @BeforeAll
    static void setUp() {
        validator = new TransmittalSchemaValidator();
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void tearDown() {
        pool.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lo1-request.xml", "est-request.xml", "enf-request.xml", "unroutable-request.xml",
            "invalid-request.xml"})
    void schemaValidExamplesHaveNoViolations(String example) {
        assertThat(validator.validate(Examples.xml(example))).isEmpty();
    }

    @Test
    void schemaInvalidExampleReportsAllThreeErrorsAtTheirPaths() {
        List<Violation> violations = validator.validate(Examples.xml("schema-invalid-request.xml"));

        assertThat(violations).extracting(Violation::code).containsOnly(TransmittalSchemaValidator.SCHEMA_INVALID);
        assertThat(violations).extracting(Violation::path).containsExactly(
                "Transmittal/Header/ReceiverLocatorCode",
                "Transmittal/Header/FunctionalType",
                "Transmittal/Header/TransactionDate");
        assertThat(violations.get(0).message()).contains("ReceiverLocatorCode").contains("36-001").contains("format");
        assertThat(violations.get(1).message()).contains("XYZ").contains("LO1");
        assertThat(violations.get(2).message()).contains("TransactionDate").contains("valid date");
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).doesNotContain("cvc-", "urn:csx"));
    }

    @Test
    void missingAndMisplacedElementsAreReportedWithReadableMessages() {
        String xml = Examples.xml("lo1-request.xml")
                .replace("<TransactionSerialNumber>000000100001</TransactionSerialNumber>", "")
                .replace("<Gender>M</Gender>", "<Gender>M</Gender><Bogus>1</Bogus>");

        List<Violation> violations = validator.validate(xml);

        assertThat(violations).hasSize(2);
        assertThat(violations.get(0).path()).isEqualTo("Transmittal/Header/FunctionalType");
        assertThat(violations.get(0).message()).contains("FunctionalType").contains("TransactionSerialNumber");
        assertThat(violations.get(1).path()).isEqualTo("Transmittal/NcpIdentification/Bogus");
        assertThat(violations.get(1).message()).startsWith("Element Bogus is not allowed here");
    }

    @Test
    void repeatedElementsGetOneBasedIndexesInPaths() {
        String xml = Examples.xml("est-request.xml")
                .replace("<DateOfBirth>2019-09-30</DateOfBirth>",
                        "<DateOfBirth>2019-09-30</DateOfBirth><Ssn>12345</Ssn>");

        List<Violation> violations = validator.validate(xml);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("SCHEMA_INVALID");
            assertThat(v.path()).isEqualTo("Transmittal/Participant[2]/Ssn");
        });
    }

    @Test
    void personalValuesAreNeverEchoed() {
        String xml = Examples.xml("est-request.xml")
                .replace("<Ssn>555234567</Ssn>", "<Ssn>55523456X</Ssn>")
                .replace("<DateOfBirth>1990-07-01</DateOfBirth>", "<DateOfBirth>1990-02-31</DateOfBirth>")
                .replace("<Last>EXAMPLE</Last><First>JORDAN</First>",
                        "<Last>VERYLONGSYNTHETICSURNAMEXYZ</Last><First>ABIGAILSYNTHETICALEXANDRA</First>")
                .replace("<DateOfBirth>2019-09-30</DateOfBirth>", "<DateOfBirth>30/09/2019</DateOfBirth>");

        List<Violation> violations = validator.validate(xml);

        assertThat(violations).extracting(Violation::path).containsExactly(
                "Transmittal/NcpIdentification/Name/Last",
                "Transmittal/NcpIdentification/Name/First",
                "Transmittal/NcpIdentification/Ssn",
                "Transmittal/NcpIdentification/DateOfBirth",
                "Transmittal/Participant[2]/DateOfBirth");
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).doesNotContain(
                "55523456X", "1990-02-31", "VERYLONGSYNTHETICSURNAMEXYZ", "ABIGAILSYNTHETICALEXANDRA", "30/09/2019"));
        assertThat(violations.get(0).message()).contains("Last").contains("at most 21");
        assertThat(violations.get(2).message()).contains("Ssn").contains("format");
    }

    @Test
    void malformedXmlGivesOneViolation() {
        List<Violation> violations = validator.validate("<Transmittal xmlns=\"urn:csx:transmittal:1\"><Header>");

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(TransmittalSchemaValidator.MALFORMED_XML);
            assertThat(v.path()).isEqualTo("Transmittal");
        });
    }

    @Test
    void malformedAfterSchemaErrorsStillGivesOnlyMalformed() {
        String xml = Examples.xml("schema-invalid-request.xml").replace("</Transmittal>", "</Transmitta>");

        assertThat(validator.validate(xml)).extracting(Violation::code).containsExactly("MALFORMED_XML");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not xml at all"})
    void emptyOrNonXmlInputIsMalformed(String input) {
        assertThat(validator.validate(input)).extracting(Violation::code).containsExactly("MALFORMED_XML");
    }

    @Test
    void nullInputIsMalformed() {
        assertThat(validator.validate(null)).extracting(Violation::code).containsExactly("MALFORMED_XML");
    }

    @Test
    void externalEntityIsRefusedWithAViolation() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Transmittal [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <Transmittal xmlns="urn:csx:transmittal:1"><Header><Sender><Kind>&xxe;</Kind></Sender></Header></Transmittal>
                """;

        List<Violation> violations = validator.validate(xxe);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(TransmittalSchemaValidator.DOCTYPE_NOT_ALLOWED);
            assertThat(v.message()).doesNotContain("root:");
        });
    }

    @Test
    void entityExpansionIsRefusedWithAViolation() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><Transmittal xmlns=\"urn:csx:transmittal:1\">&lol9;</Transmittal>");

        assertThat(validator.validate(laughs.toString())).extracting(Violation::code)
                .containsExactly(TransmittalSchemaValidator.DOCTYPE_NOT_ALLOWED);
    }

    @Test
    void schemaLocationHintInTheDocumentIsNotFollowed() {
        String xml = Examples.xml("lo1-request.xml").replace("<Transmittal xmlns=\"urn:csx:transmittal:1\">",
                "<Transmittal xmlns=\"urn:csx:transmittal:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " xsi:schemaLocation=\"urn:csx:transmittal:1 http://127.0.0.1:9/evil.xsd\">");

        assertThat(validator.validate(xml)).isEmpty();
    }

    @Test
    void wrongRootElementIsReported() {
        List<Violation> violations = validator.validate("<Other xmlns=\"urn:example\"/>");

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("SCHEMA_INVALID");
            assertThat(v.path()).isEqualTo("Other");
            assertThat(v.message()).contains("not a transmittal");
        });
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<Callable<List<Violation>>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = i % 2 == 0 ? "enf-request.xml" : "schema-invalid-request.xml";
            String xml = Examples.xml(name);
            calls.add(() -> validator.validate(xml));
        }
        List<Future<List<Violation>>> results = pool.invokeAll(calls);
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).get()).hasSize(i % 2 == 0 ? 0 : 3);
        }
    }
}
