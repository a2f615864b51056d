package org.csx.gateway.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.ledger.ReceiptRecord;
import org.csx.gateway.ledger.ReceivedTransmittal;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.partner.Partner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes a transmittal in, whatever the channel: reads its header, checks the partner may send as the
 * sender it names, and stores it. Only once it is stored does the sender get a receipt.
 */
@Component
public class TransmittalIntake {

    private static final Logger log = LoggerFactory.getLogger(TransmittalIntake.class);

    private final TransmittalEnvelopeReader envelopeReader;
    private final SenderAuthorization senderAuthorization;
    private final TransmittalLedger ledger;

    public TransmittalIntake(TransmittalEnvelopeReader envelopeReader, SenderAuthorization senderAuthorization,
                             TransmittalLedger ledger) {
        this.envelopeReader = envelopeReader;
        this.senderAuthorization = senderAuthorization;
        this.ledger = ledger;
    }

    public IntakeResult receive(Partner partner, String rawTransmittal, String channel) {
        return receive(partner, rawTransmittal, envelopeReader.read(rawTransmittal), channel);
    }

    /**
     * A transmittal the gateway wrote itself from {@code writtenFrom} (the CSENet file channel): its envelope comes
     * from that header instead of a second reading of the XML. Validation still reads the XML, once, in processing.
     */
    public IntakeResult receive(Partner partner, String rawTransmittal, HeaderType writtenFrom, String channel) {
        return receive(partner, rawTransmittal, envelopeReader.of(writtenFrom), channel);
    }

    private IntakeResult receive(Partner partner, String rawTransmittal, TransmittalEnvelope envelope, String channel) {
        senderAuthorization.check(partner, envelope);
        String sha256 = sha256(rawTransmittal);
        ReceiptRecord receipt = ledger.recordReceipt(new ReceivedTransmittal(partner.id(), channel,
                envelope.senderKind(), envelope.senderLocatorCode(), envelope.senderCountryCode(),
                envelope.transactionSerialNumber(), envelope.functionalType(), envelope.actionCode(),
                envelope.actionReason(), envelope.senderCaseId(), rawTransmittal, sha256));
        if (receipt.resent()) {
            if (!receipt.sameContent()) {
                throw new IntakeRefusedException(IntakeFaultCode.SERIAL_NUMBER_REUSED,
                        "Transaction serial number " + envelope.transactionSerialNumber()
                                + " was already used for a different transmittal (tracking id "
                                + receipt.trackingId() + "). Serial numbers must be unique per sender.");
            }
            ledger.recordResend(receipt.trackingId());
            log.info("Resend of serial {} from partner {}: original receipt {} returned",
                    envelope.transactionSerialNumber(), partner.id(), receipt.trackingId());
        } else {
            log.debug("Stored transmittal {} (serial {}) from partner {}", receipt.trackingId(),
                    envelope.transactionSerialNumber(), partner.id());
        }
        return new IntakeResult(receipt, envelope, partner, channel);
    }

    /** The SHA-256 (hex) of a raw transmittal as the ledger keeps it. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
