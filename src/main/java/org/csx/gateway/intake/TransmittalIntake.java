package org.csx.gateway.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
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
        return received(partner, envelope, channel, ledger.recordReceipt(toStore(partner, rawTransmittal, envelope, channel)));
    }

    /** One transmittal of {@link #receiveAll}, written by the gateway from {@code writtenFrom} as in {@link #receive}. */
    public record Written(Partner partner, String rawTransmittal, HeaderType writtenFrom) {
    }

    /** What {@link #receiveAll} did with one transmittal: stored or resent ({@code result}), or {@code refused}. */
    public record Outcome(IntakeResult result, IntakeRefusedException refused) {
    }

    /**
     * {@link #receive(Partner, String, HeaderType, String)} for several transmittals, stored in one statement (the
     * CSENet file channel's chunk, in its caller's transaction). Each is checked, stored or recognised as a resend,
     * or refused, as one by one; the outcomes in the order given.
     */
    public List<Outcome> receiveAll(List<Written> transmittals, String channel) {
        List<Outcome> outcomes = new ArrayList<>(Collections.nCopies(transmittals.size(), null));
        List<Integer> toStore = new ArrayList<>();
        List<TransmittalEnvelope> envelopes = new ArrayList<>();
        List<ReceivedTransmittal> rows = new ArrayList<>();
        for (int i = 0; i < transmittals.size(); i++) {
            Written w = transmittals.get(i);
            TransmittalEnvelope envelope;
            try {
                envelope = envelopeReader.of(w.writtenFrom());
                senderAuthorization.check(w.partner(), envelope);
            } catch (IntakeRefusedException e) {
                outcomes.set(i, new Outcome(null, e));
                continue;
            }
            toStore.add(i);
            envelopes.add(envelope);
            rows.add(toStore(w.partner(), w.rawTransmittal(), envelope, channel));
        }
        List<ReceiptRecord> receipts = ledger.recordReceipts(rows);
        for (int k = 0; k < toStore.size(); k++) {
            int i = toStore.get(k);
            try {
                outcomes.set(i, new Outcome(received(transmittals.get(i).partner(), envelopes.get(k), channel,
                        receipts.get(k)), null));
            } catch (IntakeRefusedException e) {
                outcomes.set(i, new Outcome(null, e));
            }
        }
        return outcomes;
    }

    private static ReceivedTransmittal toStore(Partner partner, String rawTransmittal, TransmittalEnvelope envelope,
                                               String channel) {
        return new ReceivedTransmittal(partner.id(), channel,
                envelope.senderKind(), envelope.senderLocatorCode(), envelope.senderCountryCode(),
                envelope.transactionSerialNumber(), envelope.functionalType(), envelope.actionCode(),
                envelope.actionReason(), envelope.senderCaseId(), rawTransmittal, sha256(rawTransmittal));
    }

    /** A stored receipt, or a resend: the original's receipt, or a refusal when the serial number came with other content. */
    private IntakeResult received(Partner partner, TransmittalEnvelope envelope, String channel, ReceiptRecord receipt) {
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
