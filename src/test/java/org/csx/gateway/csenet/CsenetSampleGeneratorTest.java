package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.ParticipantType;
import org.csx.gateway.contract.transmittal.Relationship;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;

class CsenetSampleGeneratorTest {
    private final CsenetTransactionParser parser = new CsenetTransactionParser();

    @Test
    void generatesValidMixedTransactionsForNewYork() {
        CsenetSampleGenerator generator = new CsenetSampleGenerator(1);
        Set<FunctionalType> functions = EnumSet.noneOf(FunctionalType.class);
        for (int i = 0; i < 600; i++) {
            String record = generator.nextRecord(HeaderLayout.RECEIVED);
            CsenetParseResult result = parser.parse(record, HeaderLayout.RECEIVED);
            assertThat(result.errors()).isEmpty();
            TransmittalType t = result.transmittal().orElseThrow();
            Transmittals.xml(t); // contract-valid
            HeaderType h = t.getHeader();
            functions.add(h.getFunctionalType());
            assertThat(h.getReceiverLocatorCode()).startsWith("36").endsWith("00");
            assertThat(h.getSender().getLocatorCode()).doesNotStartWith("36");
            assertThat(h.getActionCode()).isEqualTo(ActionCode.R);
            assertThat(h.getSenderCaseId()).isNotNull();
            assertFollowsIndicatorRules(t);
        }
        assertThat(functions).containsExactlyInAnyOrder(FunctionalType.LO_1, FunctionalType.PAT, FunctionalType.EST,
                FunctionalType.ENF, FunctionalType.MSC, FunctionalType.CSI);
    }

    @Test
    void isReproducible() {
        assertThat(new CsenetSampleGenerator(9).nextRecord(HeaderLayout.SENT))
                .isEqualTo(new CsenetSampleGenerator(9).nextRecord(HeaderLayout.SENT));
    }

    /** Brief 1.8: required blocks per transaction type, and valid SSN shapes. */
    private static void assertFollowsIndicatorRules(TransmittalType t) {
        FunctionalType f = t.getHeader().getFunctionalType();
        boolean request = t.getHeader().getActionCode() == ActionCode.R;
        if (f != FunctionalType.MSC && f != FunctionalType.CSI) {
            assertThat(t.getCase()).isNotNull();
            assertThat(t.getNcpIdentification()).isNotNull();
        }
        if (request && (f == FunctionalType.PAT || f == FunctionalType.EST || f == FunctionalType.ENF)) {
            assertThat(t.getNcpLocate()).isNotNull();
            assertThat(t.getCase().getPaymentAddress().getLine1()).isNotBlank();
            assertThat(t.getParticipant()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(t.getParticipant()).extracting(ParticipantType::getRelationship).contains(Relationship.C,
                    Relationship.D);
            assertThat(t.getParticipant()).allMatch(p -> p.getDateOfBirth() != null);
            assertThat(t.getNcpIdentification().getSsn()).isNotNull();
        }
        if (request && f == FunctionalType.ENF) {
            assertThat(t.getOrder()).isNotEmpty();
        }
        if (f == FunctionalType.CSI) {
            assertThat(t.getHeader().getActionReason()).isNotNull();
            assertThat(t.getHeader().getReceiverCaseId()).isNotNull();
        }
        if (t.getNcpIdentification() != null) {
            assertValidSsn(t.getNcpIdentification().getSsn());
        }
        t.getParticipant().forEach(p -> assertValidSsn(p.getSsn()));
    }

    private static void assertValidSsn(String ssn) {
        assertThat(ssn).matches("555(?!00)[0-9]{2}(?!0000)[0-9]{4}");
    }
}
