package org.csx.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.validation.TransmittalSchemaValidator;
import org.junit.jupiter.api.Test;

/** Bug: header values written as CDATA sections are not read (CDATA events are ignored). */
class TransmittalEnvelopeReaderCdataTest {

    @Test
    void headerValuesInCdataSectionsAreRead() {
        String xml = TransmittalEnvelopeReaderTest.example("enf-request.xml")
                .replace("<Kind>STATE_IV_D_AGENCY</Kind>", "<Kind><![CDATA[STATE_IV_D_AGENCY]]></Kind>")
                .replace("<TransactionSerialNumber>000000100002</TransactionSerialNumber>",
                        "<TransactionSerialNumber><![CDATA[000000100002]]></TransactionSerialNumber>");
        // the contract accepts it: CDATA is just text to the schema
        assertThat(new TransmittalSchemaValidator().validate(xml)).isEmpty();

        TransmittalEnvelope envelope = new TransmittalEnvelopeReader().read(xml);

        assertThat(envelope.senderKind()).isEqualTo(SenderKind.STATE_IV_D_AGENCY);
        assertThat(envelope.transactionSerialNumber()).isEqualTo("000000100002");
    }
}
