package org.csx.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.support.GatewayTestSupport;
import org.csx.gateway.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * A district system need not be Java: here one reads its queue over STOMP 1.2 on the broker's network
 * acceptor, with nothing but a socket, as a script in any language would.
 */
class DistrictQueueOverStompTest extends GatewayTestSupport {

    @Test
    void aDistrictReadsItsReferralOverStomp() throws Exception {
        String transmittal = example("lo1-request.xml"); // to Albany, district 36001
        ReceiptType receipt = submit(CA, CA_SECRET, transmittal);

        try (Socket socket = new Socket("127.0.0.1", TestEnvironment.BROKER_PORT)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            send(out, "CONNECT\naccept-version:1.2\nhost:localhost\nlogin:district-36001\npasscode:albany-test-secret\n\n");
            assertThat(readFrame(in)).startsWith("CONNECTED");

            send(out, "SUBSCRIBE\nid:district-36001\ndestination:district.36001.inbound\nsubscription-type:ANYCAST\n"
                    + "ack:client-individual\nselector:csxTrackingId = '" + receipt.getTrackingId() + "'\n\n");
            String frame = readFrame(in);

            assertThat(frame).startsWith("MESSAGE");
            assertThat(frame).contains("csxTrackingId:" + receipt.getTrackingId());
            assertThat(frame).contains("DistrictReferral", "36001</", "Albany County");
            String ackId = frame.lines().filter(line -> line.startsWith("ack:")).findFirst().orElseThrow().substring(4);
            send(out, "ACK\nid:" + ackId + "\n\n");
            send(out, "DISCONNECT\nreceipt:bye\n\n");
            assertThat(readFrame(in)).startsWith("RECEIPT");
        }
        assertThat(isOnQueue("district.36001.inbound", receipt.getTrackingId())).isFalse();
    }

    private static void send(OutputStream out, String frame) throws IOException {
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.flush();
    }

    /** One STOMP frame: everything up to the NUL byte, skipping heart-beat newlines. */
    private static String readFrame(InputStream in) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == 0) {
                break;
            }
            if (frame.size() == 0 && (b == '\n' || b == '\r')) {
                continue;
            }
            frame.write(b);
        }
        return frame.toString(StandardCharsets.UTF_8);
    }
}
