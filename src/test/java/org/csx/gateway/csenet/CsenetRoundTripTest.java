package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** parse(write(t)) == t, compared as contract-valid XML, for every block type and both header layouts. */
class CsenetRoundTripTest {
    private final CsenetTransactionWriter writer = new CsenetTransactionWriter();
    private final CsenetTransactionParser parser = new CsenetTransactionParser();

    static Stream<Arguments> counts() {
        return Stream.of(HeaderLayout.values()).flatMap(layout -> Stream.of(
                Arguments.of(layout, 0, 0, 0),
                Arguments.of(layout, 9, 9, 9),
                Arguments.of(layout, 1, 9, 0),
                Arguments.of(layout, 9, 0, 1)));
    }

    @ParameterizedTest(name = "{0} with {1} participants, {2} orders, {3} collections")
    @MethodSource("counts")
    void everyFieldSurvivesARoundTrip(HeaderLayout layout, int participants, int orders, int collections) {
        TransmittalType t = new TransmittalFixture(participants, orders, collections).transmittal;
        assertRoundTrip(t, layout);
    }

    @ParameterizedTest(name = "only the {0} block")
    @EnumSource(value = CsenetBlock.class, names = "HEADER", mode = EnumSource.Mode.EXCLUDE)
    void eachBlockTypeAloneSurvivesARoundTrip(CsenetBlock block) {
        TransmittalType full = new TransmittalFixture(1, 1, 1).transmittal;
        TransmittalType t = new TransmittalType();
        t.setHeader(full.getHeader());
        Consumer<TransmittalType> keep = switch (block) {
            case CASE -> x -> x.setCase(full.getCase());
            case NCP_IDENTIFICATION -> x -> x.setNcpIdentification(full.getNcpIdentification());
            case NCP_LOCATE -> x -> x.setNcpLocate(full.getNcpLocate());
            case PARTICIPANT -> x -> x.getParticipant().addAll(full.getParticipant());
            case ORDER -> x -> x.getOrder().addAll(full.getOrder());
            case COLLECTION -> x -> x.getCollection().addAll(full.getCollection());
            case INFORMATION -> x -> x.setInformation(full.getInformation());
            default -> throw new IllegalArgumentException();
        };
        keep.accept(t);
        for (HeaderLayout layout : HeaderLayout.values()) {
            assertRoundTrip(t, layout);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-987654321.01", "-0.01", "0.01", "987654321.01"})
    void signedArrearsTotalSurvivesARoundTrip(String amount) {
        TransmittalType t = new TransmittalFixture(0, 1, 0).transmittal;
        t.getOrder().get(0).setArrearsTotalAmount(new BigDecimal(amount));
        String record = assertRoundTrip(t, HeaderLayout.SENT);
        int at = 127 + 351 + 181 + 1421 + 85;
        String field = record.substring(at, at + 12);
        assertThat(field).hasSize(12);
        if (amount.startsWith("-")) {
            assertThat(field).startsWith("-").matches("-[0-9]{11}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/examples/enf-request.xml", "/examples/est-request.xml", "/examples/lo1-request.xml"})
    void contractExamplesSurviveARoundTripWithoutWhatCsenetCannotCarry(String resource) {
        TransmittalType t = Transmittals.read(resource);
        t.getHeader().getSender().setName(null); // CSENet has no sender name
        t.setDocumentManifest(null);             // nor a document manifest
        for (HeaderLayout layout : HeaderLayout.values()) {
            assertRoundTrip(t, layout);
        }
    }

    private String assertRoundTrip(TransmittalType t, HeaderLayout layout) {
        String record = writer.write(t, layout, LocalDateTime.of(2026, 1, 2, 3, 4, 5));
        CsenetParseResult result = parser.parse(record, layout);
        assertThat(result.errors()).isEmpty();
        TransmittalType parsed = result.transmittal().orElseThrow();
        if (layout == HeaderLayout.RECEIVED) {
            // the stamp the writer put in positions 97-121 comes back as what the CSENet server delivered
            assertThat(parsed.getHeader().getCsenetDelivery().getDateReceived()).isEqualTo("2026-01-02");
            assertThat(parsed.getHeader().getCsenetDelivery().getTimeReceived()).isEqualTo("030405");
            parsed.getHeader().setCsenetDelivery(null);
        }
        assertThat(Transmittals.xml(parsed)).isEqualTo(Transmittals.xml(t));
        return record;
    }
}
