package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.transmittal.ObjectFactory;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A transmittal validated and read in one parse reads exactly as when it is parsed twice (validate, then JAXB). */
class OneParseReadingTest {

    private static final TransmittalSchemaValidator validator = new TransmittalSchemaValidator();
    private static final ContractXml contractXml = new ContractXml();
    private static final ObjectFactory objects = new ObjectFactory();

    @ParameterizedTest
    @ValueSource(strings = {"lo1-request.xml", "est-request.xml", "enf-request.xml", "unroutable-request.xml",
            "invalid-request.xml", "status-inquiry.xml"})
    void readsWhatTheSecondParseRead(String example) {
        String xml = Examples.xml(example);
        ContractXml.TransmittalReading reading = contractXml.transmittalReading();

        assertThat(validator.validate(xml, reading)).isEmpty();

        TransmittalType once = reading.transmittal();
        TransmittalType twice = contractXml.readTransmittal(xml);
        assertThat(contractXml.toXml(objects.createTransmittal(once)))
                .isEqualTo(contractXml.toXml(objects.createTransmittal(twice)));
    }

    @Test
    void aSchemaInvalidDocumentStillHasEveryViolationReported() {
        String xml = Examples.xml("schema-invalid-request.xml");
        List<Violation> alone = validator.validate(xml);

        assertThat(validator.validate(xml, contractXml.transmittalReading())).isEqualTo(alone).isNotEmpty();
    }

    @Test
    void aDocumentJaxbCannotReadFailsTheReadingNotTheValidation() {
        ContractXml.TransmittalReading reading = contractXml.transmittalReading();
        List<Violation> found = validator.validate("<Other xmlns=\"urn:nowhere\"/>", reading);

        assertThat(found).isNotEmpty().allMatch(v -> v.code().equals(TransmittalSchemaValidator.SCHEMA_INVALID));
        assertThatThrownBy(reading::transmittal).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theThreadsParserReadsAgainAfterAMalformedDocument() {
        String valid = Examples.xml("lo1-request.xml");
        assertThat(validator.validate("<Transmittal><unclosed></Transmittal>")).singleElement()
                .satisfies(v -> assertThat(v.code()).isEqualTo(TransmittalSchemaValidator.MALFORMED_XML));
        assertThat(validator.validate("<!DOCTYPE x [<!ENTITY e \"e\">]><x>&e;</x>")).singleElement()
                .satisfies(v -> assertThat(v.code()).isEqualTo(TransmittalSchemaValidator.DOCTYPE_NOT_ALLOWED));

        ContractXml.TransmittalReading reading = contractXml.transmittalReading();
        assertThat(validator.validate(valid, reading)).isEmpty();
        assertThat(reading.transmittal().getHeader()).isNotNull();
    }

    @Test
    void aValidDocumentAfterAnInvalidOneOnTheSameThreadHasNoViolationsLeftOver() {
        String invalid = Examples.xml("schema-invalid-request.xml");
        String valid = Examples.xml("est-request.xml");
        List<Violation> first = validator.validate(invalid);

        assertThat(validator.validate(valid)).isEmpty();
        assertThat(validator.validate("<Transmittal xmlns=\"urn:csx:transmittal:1\"><Header>")).isNotEmpty();
        assertThat(validator.validate(valid)).isEmpty();
        assertThat(validator.validate(invalid)).isEqualTo(first);
    }
}
