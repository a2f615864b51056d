package org.csx.gateway.soap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.csx.gateway.contract.exchange.IntakeFaultCode;

/**
 * Refuses a SOAP message larger than the configured limit: at once when it declares its length,
 * otherwise as soon as more than the limit has been read (chunked requests).
 */
public class MessageSizeLimitInterceptor extends AbstractPhaseInterceptor<Message> {

    private final long maxBytes;

    public MessageSizeLimitInterceptor(long maxBytes) {
        super(Phase.RECEIVE);
        this.maxBytes = maxBytes;
    }

    @Override
    public void handleMessage(Message message) {
        long declared = declaredLength(message);
        if (declared > maxBytes) {
            throw tooLarge();
        }
        InputStream in = message.getContent(InputStream.class);
        if (in != null) {
            message.setContent(InputStream.class, new LimitedInputStream(in, maxBytes));
        }
    }

    private String limitText() {
        return "The message exceeds the limit of " + maxBytes + " bytes.";
    }

    private org.apache.cxf.binding.soap.SoapFault tooLarge() {
        return IntakeFaults.clientFault(IntakeFaultCode.MESSAGE_TOO_LARGE, limitText());
    }

    @SuppressWarnings("unchecked")
    private static long declaredLength(Message message) {
        Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
        if (headers == null) {
            return -1;
        }
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if ("content-length".equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
                try {
                    return Long.parseLong(header.getValue().get(0).trim());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** Counts what is read and fails past the limit. */
    private final class LimitedInputStream extends FilterInputStream {
        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                consumed(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                consumed(n);
            }
            return n;
        }

        private void consumed(int n) throws IOException {
            remaining -= n;
            if (remaining < 0) {
                throw new IOException(limitText());
            }
        }
    }
}
