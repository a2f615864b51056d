package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.transmittal.ObjectFactory;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.csenet.CsenetWidestValues.Placed;
import org.csx.gateway.csenet.CsenetWidestValues.Transaction;
import org.csx.gateway.validation.TransmittalSchemaValidator;
import org.csx.gateway.validation.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * CSENet and the canonical contract agree on every field (issue 11): for every field of every block of the layout
 * table, the widest value the layout allows survives CSENet &rarr; canonical transmittal (valid against
 * transmittal.xsd) &rarr; CSENet unchanged. One dynamic test per field occurrence, generated from the table by
 * {@link CsenetWidestValues}, so a field nobody mapped, a codec that cuts and an XSD that is narrower all fail here.
 */
class CsenetWidestValueRoundTripTest {

    private static final Transaction ENF = new Transaction("0100099", "3604700", "ENF", "R", "ERALL",
            "999999999999", "AWIDEST-CASE-01");

    private final CsenetWidestValues widest = new CsenetWidestValues();
    private final CsenetTransactionParser parser = new CsenetTransactionParser();
    private final CsenetTransactionWriter writer = new CsenetTransactionWriter();
    private final ContractXml contractXml = new ContractXml();
    private final TransmittalSchemaValidator schema = new TransmittalSchemaValidator();

    @TestFactory
    Stream<DynamicTest> everyFieldOfEveryBlockSurvivesAtItsWidestValue() {
        String written = roundTrip(widest.record(ENF));
        return widest.fields(ENF).stream().map(p -> dynamicTest(p.where(),
                () -> assertThat(at(written, p)).as(p.where()).isEqualTo(p.value())));
    }

    @Test
    void theWidestNegativeArrearsTotalSurvivesToo() {
        List<Placed> fields = widest.fields(ENF);
        StringBuilder record = new StringBuilder(widest.record(ENF));
        List<Placed> totals = fields.stream().filter(p -> p.field().name().equals("Order-Arrears-Total-Amount")).toList();
        for (Placed p : totals) {
            int from = p.offset() + p.field().start() - 1;
            record.replace(from, from + 12, "-99999999999");
        }
        String written = roundTrip(record.toString());
        for (Placed p : totals) {
            assertThat(at(written, p)).as(p.where()).isEqualTo("-99999999999");
        }
    }

    @Test
    void theWidestRecordIsTheLongestTheIgdAllowsAndEveryValueFillsItsField() {
        String record = widest.record(ENF);
        assertThat(record).hasSize(121 + 8354); // brief 1.7: every block at its maximum count
        for (Placed p : widest.fields(ENF)) {
            assertThat(p.value()).as(p.where()).hasSize(p.field().length());
            if (!p.field().numeric() && !p.value().isBlank()) {
                assertThat(p.value()).as(p.where() + " reaches its last position").doesNotEndWith(" ");
            }
        }
        // every alphanumeric field is filled (only Action-Reason may be blank, for transactions without one)
        assertThat(widest.fields(ENF)).filteredOn(p -> p.value().isBlank()).isEmpty();
    }

    /** CSENet -> transmittal -> schema-valid XML -> transmittal -> CSENet. */
    private String roundTrip(String record) {
        CsenetParseResult parsed = parser.parse(record, HeaderLayout.RECEIVED);
        assertThat(parsed.errors()).as("the widest record parses").isEmpty();
        String xml = contractXml.toXml(new ObjectFactory().createTransmittal(parsed.transmittal().orElseThrow()));
        List<Violation> violations = schema.validate(xml);
        assertThat(violations).as("the canonical transmittal is valid against transmittal.xsd").isEmpty();
        TransmittalType back = contractXml.readTransmittal(xml);
        String written = writer.write(back, HeaderLayout.RECEIVED);
        assertThat(written).hasSize(record.length());
        return written;
    }

    private static String at(String record, Placed p) {
        return record.substring(p.offset() + p.field().start() - 1, p.offset() + p.field().end());
    }
}
