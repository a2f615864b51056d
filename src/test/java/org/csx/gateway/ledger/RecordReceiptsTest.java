package org.csx.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Several receipts in one statement (the CSENet file channel's chunk): each stored with its raw message and RECEIVED
 * event, or recognised as a resend, whether the serial number came before or earlier in the same list, as one by one.
 */
class RecordReceiptsTest extends GatewayTestSupport {

    @Test
    void storesEachOnceAndAnswersResendsWithTheOriginal() {
        String sentBefore = nextSerial();
        String twice = nextSerial();
        String fresh = nextSerial();
        ReceiptRecord original = ledger.recordReceipt(received(sentBefore, "<a/>"));

        List<ReceiptRecord> receipts = ledger.recordReceipts(List.of(
                received(fresh, "<fresh/>"),
                received(sentBefore, "<a/>"),         // a resend, same content
                received(twice, "<first/>"),
                received(twice, "<other/>"),          // the same serial again in the list, other content
                received(sentBefore, "<changed/>"))); // a serial number used before, other content

        assertThat(receipts).hasSize(5);
        ReceiptRecord stored = receipts.get(0);
        assertThat(stored.resent()).isFalse();
        assertThat(ledger.rawMessage(stored.trackingId())).contains("<fresh/>");
        assertThat(ledger.find(stored.trackingId()).orElseThrow().status()).isEqualTo(TransmittalStatus.RECEIVED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM transmittal_event WHERE tracking_id = ? AND status = 'RECEIVED'",
                Integer.class, stored.trackingId())).isEqualTo(1);

        assertThat(receipts.get(1)).isEqualTo(new ReceiptRecord(original.trackingId(), original.receivedAt(), true, true));
        ReceiptRecord first = receipts.get(2);
        assertThat(first.resent()).isFalse();
        assertThat(ledger.rawMessage(first.trackingId())).contains("<first/>");
        assertThat(receipts.get(3)).isEqualTo(new ReceiptRecord(first.trackingId(), first.receivedAt(), true, false));
        assertThat(receipts.get(4)).isEqualTo(new ReceiptRecord(original.trackingId(), original.receivedAt(), true, false));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM transmittal WHERE partner_id = ? AND transaction_serial_number IN (?, ?, ?)",
                Integer.class, CA, sentBefore, twice, fresh)).isEqualTo(3);
        assertThat(ledger.recordReceipts(List.of())).isEmpty();
    }

    /** The hex SHA-256 a receipt keeps of its raw message (the ledger's tests may not reach into intake). */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReceivedTransmittal received(String serial, String raw) {
        return new ReceivedTransmittal(CA, "CSENET", SenderKind.STATE_IV_D_AGENCY, "0603700", null, serial, "LO1", "R",
                null, "CA-LA-0000123", raw, sha256(raw));
    }
}
