package org.csx.gateway.processing;

import org.csx.gateway.contract.MessageHeaders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;
import org.csx.gateway.documents.CaseDocumentRepository;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.ledger.LockedTransmittal;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First step of processing, inside its database transaction: the transmittal's ledger row is locked and
 * decides everything. An intake message is only a pointer to that row:
 * <ul>
 * <li>the row is not RECEIVED: the transmittal was processed already (a second copy put on the queue by the
 *     recovery job, a redelivery after a crash between the database and the broker commit): nothing is done
 *     again, whatever the broker's duplicate cache holds;</li>
 * <li>the sender, channel, serial number and the transmittal itself are read from the ledger, never from the
 *     message's headers or body;</li>
 * <li>no row: {@link MissingLedgerRowException}, so the message ends on the dead-letter queue and is recorded
 *     for staff, never dropped.</li>
 * </ul>
 */
public class ClaimTransmittalStep {

    private static final Logger log = LoggerFactory.getLogger(ClaimTransmittalStep.class);

    private final TransmittalLedger ledger;
    private final CaseDocumentRepository caseDocuments;

    public ClaimTransmittalStep(TransmittalLedger ledger, CaseDocumentRepository caseDocuments) {
        this.ledger = ledger;
        this.caseDocuments = caseDocuments;
    }

    /**
     * Before a batch's split: its transmittals' rows locked and read in one statement, kept as the exchange's
     * {@value MessageHeaders#BATCH_CLAIMS} property for {@link #claim} (the split's exchanges share it). A round
     * trip to PostgreSQL per transmittal fewer; the locks are the same, taken at once and in tracking-id order.
     * What the pointer names that is not a tracking id is left to {@link #claim}, which refuses it as before. The
     * cases' documents are read here too, for the reviews ({@link CaseDocumentRepository#preload}).
     */
    public void claimBatch(Exchange exchange) {
        List<UUID> ids = new ArrayList<>();
        for (String id : IntakeMessages.trackingIds(exchange.getMessage().getBody(String.class))) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                // claim() refuses it when its turn comes
            }
        }
        Map<UUID, LockedTransmittal> claims = ledger.lockForProcessing(ids);
        exchange.setProperty(MessageHeaders.BATCH_CLAIMS, claims);
        // with every case locked, their documents cannot change before the commit: read them all now, in one statement
        caseDocuments.preload(claims.keySet());
    }

    public void claim(Exchange exchange) {
        var message = plain(exchange);
        UUID trackingId = trackingId(message.getHeader(MessageHeaders.TRACKING_ID, String.class));
        Optional<LockedTransmittal> locked = claimedInBatch(exchange, trackingId);
        if (locked.isEmpty()) {
            locked = ledger.lockForProcessing(trackingId);
        }
        if (locked.isEmpty()) {
            throw new MissingLedgerRowException(trackingId);
        }
        LockedTransmittal row = locked.get();
        if (row.status() != TransmittalStatus.RECEIVED) {
            log.info("Transmittal {} is already {}: this copy of its intake message changes nothing", trackingId, row.status());
            exchange.setProperty(MessageHeaders.ALREADY_PROCESSED, true);
            return;
        }
        exchange.setProperty(MessageHeaders.ALREADY_PROCESSED, false);
        message.setHeader(MessageHeaders.TRACKING_ID, trackingId.toString());
        message.setHeader(MessageHeaders.PARTNER_ID, row.partnerId());
        message.setHeader(MessageHeaders.CHANNEL, row.channel());
        message.setHeader(MessageHeaders.SERIAL_NUMBER, row.transactionSerialNumber());
        // the time itself, not its text: parsing it back cost 3 % of processing (JFR)
        message.setHeader(MessageHeaders.RECEIVED_AT, row.receivedAt());
        if (row.rawMessage() == null) {
            throw new MissingLedgerRowException(trackingId);
        }
        message.setBody(row.rawMessage());
    }

    /** The row claimBatch locked for this transmittal, taken once (a second copy in the batch asks the ledger). */
    @SuppressWarnings("unchecked")
    private static Optional<LockedTransmittal> claimedInBatch(Exchange exchange, UUID trackingId) {
        Map<UUID, LockedTransmittal> claims = exchange.getProperty(MessageHeaders.BATCH_CLAIMS, Map.class);
        return claims == null ? Optional.empty() : Optional.ofNullable(claims.remove(trackingId));
    }

    /**
     * From here on the exchange carries a plain Camel message with the same headers, not Camel's wrapper around
     * the JMS message: every later step copies the message (a bean's result, a bean expression), and each copy of
     * the wrapper made a new wrapper that read the JMS message again: 14 % of the processing threads' CPU (JFR).
     * The intake message itself is not needed after this step (the ledger row decides; a dead letter is made from
     * the message as received, which this step keeps aside).
     */
    private static Message plain(Exchange exchange) {
        Message intake = exchange.getMessage();
        if (intake.getClass() == DefaultMessage.class) {
            // already plain (not from the broker): the later steps change it in place, so a copy is kept
            exchange.setProperty(MessageHeaders.RECEIVED_MESSAGE, intake.copy());
            return intake;
        }
        DefaultMessage plain = new DefaultMessage(exchange);
        plain.copyFrom(intake);
        // kept as received, for a dead letter (DeadLetterStep): a reference, not a copy
        exchange.setProperty(MessageHeaders.RECEIVED_MESSAGE, intake);
        exchange.setMessage(plain);
        return plain;
    }

    private static UUID trackingId(String value) {
        try {
            if (value == null) {
                throw new CorruptIntakeMessageException("The intake message carries no tracking id");
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new CorruptIntakeMessageException("The intake message carries no valid tracking id");
        }
    }
}
