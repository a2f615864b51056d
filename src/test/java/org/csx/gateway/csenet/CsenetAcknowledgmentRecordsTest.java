package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.csx.gateway.contract.acknowledgment.AcknowledgmentType;
import org.csx.gateway.contract.acknowledgment.DocumentsReminderType;
import org.csx.gateway.contract.common.MissingDocumentType;
import org.csx.gateway.contract.acknowledgment.StatusResponseType;
import org.csx.gateway.contract.acknowledgment.Outcome;
import org.csx.gateway.contract.acknowledgment.ResponseCodeType;
import org.csx.gateway.contract.acknowledgment.TransactionReferenceType;
import org.csx.gateway.contract.acknowledgment.ViolationType;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;

/** Acknowledgments and rejections as the outbound channel writes them, and parsed back. */
class CsenetAcknowledgmentRecordsTest {

    private final CsenetAcknowledgmentRecords records = new CsenetAcknowledgmentRecords();
    private final CsenetTransactionParser parser = new CsenetTransactionParser();

    @Test
    void anAcceptedTransmittalIsAcknowledgedWithLocalAndOtherSwapped() {
        String record = records.acknowledgment(accepted("ENF", "ANOAD"), "000000000042",
                LocalDateTime.of(2026, 11, 23, 8, 9, 10)).orElseThrow();

        assertThat(record).hasSize(HeaderLayout.SENT.length());
        assertThat(record.substring(0, 7)).isEqualTo("3600000");   // Local: us
        assertThat(record.substring(7, 14)).isEqualTo("1200000");  // Other: the partner
        assertThat(record.substring(17, 29)).isEqualTo("000000000042");
        assertThat(record.substring(33, 37)).isEqualTo("AENF");
        assertThat(record.substring(45, 60)).isBlank();             // our case id: not known at the registry
        assertThat(record.substring(60, 75).trim()).isEqualTo("FL-CASE-0001");
        assertThat(record.substring(75, 80)).isEqualTo("ANOAD");
        assertThat(record.substring(89, 96)).isEqualTo("0000000");  // no data blocks
        assertThat(record.substring(96, 110)).isEqualTo("20261123080910");

        HeaderType h = parser.parse(record, HeaderLayout.SENT).transmittal().orElseThrow().getHeader();
        assertThat(h.getSender().getLocatorCode()).isEqualTo("3600000");
        assertThat(h.getReceiverLocatorCode()).isEqualTo("1200000");
        assertThat(h.getReceiverCaseId()).isEqualTo("FL-CASE-0001");
        assertThat(h.getSenderCaseId()).isNull();
        assertThat(h.getFunctionalType()).isEqualTo(FunctionalType.ENF);
        assertThat(h.getActionCode()).isEqualTo(ActionCode.A);
        assertThat(h.getActionReason()).isEqualTo("ANOAD");
        assertThat(h.getTransactionDate()).isEqualTo("2026-11-22");
    }

    @Test
    void parsingTheWrittenAcknowledgmentGivesBackWhatWasWritten() {
        for (String[] code : new String[][] {{"ENF", "ANOAD"}, {"LO1", null}, {"PAT", "ANOAD"}}) {
            AcknowledgmentType ack = accepted(code[0], code[1]);
            TransmittalType written = records.acknowledgmentTransmittal(ack, "000000000007");
            String record = records.acknowledgment(ack, "000000000007", null).orElseThrow();

            CsenetParseResult parsed = parser.parse(record, HeaderLayout.SENT);

            assertThat(parsed.errors()).isEmpty();
            assertThat(Transmittals.xml(parsed.transmittal().orElseThrow())).isEqualTo(Transmittals.xml(written));
        }
    }

    @Test
    void anAcknowledgmentWithoutCsenetResponseCodesHasNoTransaction() {
        AcknowledgmentType ack = accepted("CSI", null);
        ack.setResponse(null);
        assertThat(records.acknowledgment(ack, "000000000001", null)).isEmpty();
    }

    @Test
    void aRejectionBecomesAnErrorRecordForTheOriginalTransaction() {
        AcknowledgmentType ack = accepted("ENF", null);
        ack.setResponse(null);
        ack.setOutcome(Outcome.REJECTED);
        ack.getOriginalTransaction().setActionReason("XXXXX");
        for (String code : new String[] {"FAR_COMBINATION_INVALID", "CASE_ID_INVALID"}) {
            ViolationType v = new ViolationType();
            v.setCode(code);
            v.setPath("Transmittal/Header");
            v.setMessage("synthetic");
            ack.getViolation().add(v);
        }

        String error = records.rejection(ack);

        assertThat(error).hasSize(CsenetErrorRecordWriter.RECORD_LENGTH);
        assertThat(error.substring(0, 6)).isEqualTo("000000");
        assertThat(error.substring(7, 14)).isEqualTo("3600000");
        assertThat(error.substring(15, 22)).isEqualTo("1200000");
        assertThat(error.substring(39, 54).trim()).isEqualTo("FL-CASE-0001");
        assertThat(error.substring(55, 56)).isEqualTo("R");
        assertThat(error.substring(57, 60)).isEqualTo("ENF");
        assertThat(error.substring(61, 66)).isEqualTo("XXXXX");
        assertThat(error.substring(85, 89)).isEqualTo("GW12");
        assertThat(error.substring(90, 102)).isEqualTo("000000123456");
        assertThat(error.substring(103).trim()).isEqualTo("2 violations: FAR_COMBINATION_INVALID");
    }

    @Test
    void aDocumentsReminderIsAnMRecordNamingEachMissingDocumentAndAStatusAnswerCarriesItsSentence() {
        AcknowledgmentType shape = accepted("ENF", null);
        DocumentsReminderType reminder = new DocumentsReminderType();
        reminder.setTrackingId(shape.getTrackingId());
        reminder.setCreatedAt(shape.getCreatedAt());
        reminder.setRespondingLocatorCode("3600000");
        reminder.setOriginalTransaction(shape.getOriginalTransaction());
        ResponseCodeType grpou = new ResponseCodeType();
        grpou.setFunctionalType("ENF");
        grpou.setActionCode("M");
        grpou.setActionReason("GRPOU");
        reminder.setReminder(grpou);
        MissingDocumentType missing = new MissingDocumentType();
        missing.setDocumentType(org.csx.gateway.contract.transmittal.DocumentTypeCode.CERTIFIED_ORDER_COPY);
        missing.setCount(1);
        missing.setReason("A certified copy of the order is required");
        reminder.getMissingDocument().add(missing);

        TransmittalType t = parser.parse(records.documentsReminder(reminder, "000000000008", null), HeaderLayout.SENT)
                .transmittal().orElseThrow();
        assertThat(t.getHeader().getFunctionalType() + " " + t.getHeader().getActionCode() + " "
                + t.getHeader().getActionReason()).isEqualTo("ENF M GRPOU");
        assertThat(t.getHeader().getReceiverCaseId()).isEqualTo("FL-CASE-0001");
        assertThat(t.getInformation().getTextLine()).containsExactly("MISSING: 1 CERTIFIED_ORDER_COPY");

        StatusResponseType answer = new StatusResponseType();
        answer.setTrackingId(shape.getTrackingId());
        answer.setCreatedAt(shape.getCreatedAt());
        answer.setRespondingLocatorCode("3600000");
        answer.setOriginalTransaction(shape.getOriginalTransaction());
        ResponseCodeType gspud = new ResponseCodeType();
        gspud.setFunctionalType("MSC");
        gspud.setActionCode("P");
        gspud.setActionReason("GSPUD");
        answer.setResponse(gspud);
        answer.setCaseFound(false);
        answer.setMessage("No case with this case id was sent to this registry by your agency; please check the "
                + "case id or send the case.");
        TransmittalType s = parser.parse(records.statusResponse(answer, "000000000009", null), HeaderLayout.SENT)
                .transmittal().orElseThrow();
        assertThat(s.getHeader().getActionReason()).isEqualTo("GSPUD");
        assertThat(s.getInformation().getTextLine()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(String.join(" ", s.getInformation().getTextLine())).isEqualTo(answer.getMessage());
    }

    private static AcknowledgmentType accepted(String function, String reason) {
        AcknowledgmentType ack = new AcknowledgmentType();
        ack.setTrackingId("5f0c1a9e-0000-4000-8000-000000000001");
        ack.setCreatedAt(OffsetDateTime.of(2026, 11, 22, 23, 30, 0, 0, ZoneOffset.UTC));
        ack.setOutcome(Outcome.ACCEPTED);
        ack.setRespondingLocatorCode("3600000");
        TransactionReferenceType original = new TransactionReferenceType();
        original.setSenderLocatorCode("1200000");
        original.setTransactionSerialNumber("000000123456");
        original.setFunctionalType(function);
        original.setActionCode("R");
        original.setSenderCaseId("FL-CASE-0001");
        ack.setOriginalTransaction(original);
        ResponseCodeType response = new ResponseCodeType();
        response.setFunctionalType(function);
        response.setActionCode("A");
        response.setActionReason(reason);
        ack.setResponse(response);
        return ack;
    }
}
