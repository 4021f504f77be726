package org.jiqitong.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection with blocking reads: the load generator's client. The JDK's HttpClient spent
 * about 1.4 ms of CPU per answer (a third of the two cores the platform shares with it); this spends tens of
 * microseconds, so a latency table measures the platform and not its client. It sends a GET with one header and
 * reads the whole answer (Content-Length or chunked), opening the connection again when the server closed it.
 */
final class KeepAlive implements Closeable {

    /** An answer: its status and body. */
    record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAlive(String host, int port) {
        this.host = host;
        this.port = port;
    }

    Answer get(String path, String authorization) throws IOException {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: "
                + authorization + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        boolean reused = socket != null;
        try {
            return exchange(request);
        } catch (IOException e) {
            close();
            if (!reused) {
                throw e;
            }
            return exchange(request); // the server closed an idle connection between two requests
        }
    }

    private Answer exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 answer: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(chunked || length < 0 ? 32 * 1024 : (int) length);
        if (chunked) {
            for (int size = chunk(); size > 0; size = chunk()) {
                copy(size, body);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            copy(length, body);
        } else {
            in.transferTo(body);
            closing = true;
        }
        if (closing) {
            close();
        }
        return new Answer(code, body.toByteArray());
    }

    private int chunk() throws IOException {
        String size = line();
        int semicolon = size.indexOf(';');
        return Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
    }

    private void copy(long n, ByteArrayOutputStream to) throws IOException {
        byte[] buffer = new byte[8192];
        while (n > 0) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, n));
            if (r < 0) {
                throw new EOFException("the answer ended early");
            }
            to.write(buffer, 0, r);
            n -= r;
        }
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
    }
}
