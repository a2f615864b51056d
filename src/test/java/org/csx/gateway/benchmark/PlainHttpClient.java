package org.csx.gateway.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The load client's HTTP/1.1 (SoapLoadBenchmark {@code --client plain}): one kept-alive socket per sending thread,
 * a POST written as bytes, the answer read by its status line, {@code Content-Length} or chunked body and
 * {@code Connection: close} (Tomcat closes a connection after 100 requests). Nothing else of HTTP: no redirects, no
 * retries (a request that fails is a fault, as with the JDK's client), no TLS.
 *
 * <p>Why: the load client shares the two cores with the gateway it measures, and what it takes is taken from the
 * gateway. With the JDK's {@code HttpClient} (a selector thread, futures and header maps for every exchange) the
 * client's JVM took 1.0-1.1 ms of CPU per transmittal at 500/s, with this one 0.5 ms, its district consumers
 * included (docs/performance.md, nineteenth session). Load generators are lean for the same reason (wrk, h2load).
 */
final class PlainHttpClient {

    /** An answer: its status and body (ISO-8859-1 decoded: the benchmark looks for ASCII markup only). */
    record Answer(int status, String body) {
    }

    private final String host;
    private final int port;
    private final byte[] head;
    private final int timeoutMillis;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    /**
     * Idle longer than this, a connection is not used again: Tomcat closes one after 20 s without a request
     * ({@code connectionTimeout}), and a request written to a connection the server has closed would fail.
     */
    static final long MAX_IDLE_NANOS = 10_000_000_000L;

    private final long maxIdleNanos;

    /**
     * @param headers extra header lines, each ending with CRLF (Content-Type, Authorization)
     */
    PlainHttpClient(String host, int port, String path, String headers, int timeoutMillis) {
        this(host, port, path, headers, timeoutMillis, MAX_IDLE_NANOS);
    }

    PlainHttpClient(String host, int port, String path, String headers, int timeoutMillis, long maxIdleNanos) {
        this.maxIdleNanos = maxIdleNanos;
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
        this.head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n" + headers)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Posts {@code body} on this thread's connection (opened on first use, or again after the server closed it). */
    Answer post(byte[] body) throws IOException {
        Connection connection = connections.get();
        if (connection != null && System.nanoTime() - connection.lastUsed > maxIdleNanos) {
            connection.close();
        }
        if (connection == null || connection.closed) {
            connection = new Connection(host, port, timeoutMillis);
            connections.set(connection);
        }
        try {
            return connection.exchange(head, body);
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Closes this thread's connection, if it has one (a thread that sends no more). */
    void release() {
        Connection connection = connections.get();
        if (connection != null) {
            connection.close();
            connections.remove();
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean closed;
        private long lastUsed = System.nanoTime();
        private final StringBuilder line = new StringBuilder(128);

        Connection(String host, int port, int timeoutMillis) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeoutMillis);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        }

        Answer exchange(byte[] head, byte[] body) throws IOException {
            out.write(head);
            out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();

            String status = readLine();
            if (!status.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP answer: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = status.startsWith("HTTP/1.0");
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    throw new IOException("not a header: " + header);
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream(1024);
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    copy(size, content);
                    readLine(); // the CRLF after the chunk
                }
                for (String trailer = readLine(); !trailer.isEmpty(); trailer = readLine()) {
                    // trailers: none expected, read past
                }
            } else if (length >= 0) {
                copy(length, content);
            } else {
                in.transferTo(content); // neither: the body runs to the end of the connection
                close = true;
            }
            if (close) {
                close();
            }
            lastUsed = System.nanoTime();
            return new Answer(code, content.toString(StandardCharsets.ISO_8859_1));
        }

        private long chunkSize() throws IOException {
            String size = readLine();
            int extension = size.indexOf(';');
            return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
        }

        private void copy(long length, ByteArrayOutputStream to) throws IOException {
            byte[] buffer = new byte[(int) Math.min(length, 8192)];
            for (long left = length; left > 0; ) {
                int read = in.read(buffer, 0, (int) Math.min(left, buffer.length));
                if (read < 0) {
                    throw new EOFException("the answer ended " + left + " bytes early");
                }
                to.write(buffer, 0, read);
                left -= read;
            }
        }

        /** A line without its CRLF. */
        private String readLine() throws IOException {
            line.setLength(0);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("the connection ended within a line");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException e) {
                // closing what is already broken
            }
        }
    }
}
