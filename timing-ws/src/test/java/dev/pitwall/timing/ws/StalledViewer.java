package dev.pitwall.timing.ws;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test helper: a WebSocket client on a plain TCP socket with a tiny receive buffer that, once the handshake is
 * done, stops reading — a viewer on a dead link. The server's writes to it back up in the kernel at once. It can
 * later read on, frame by frame, to find how the server closed it.
 */
final class StalledViewer implements AutoCloseable {

    /** The close frame the server sent. */
    record Close(int code, String reason, int textFramesBefore) {
    }

    private final Socket socket;
    private final InputStream in;

    private StalledViewer(Socket socket, InputStream in) {
        this.socket = socket;
        this.in = in;
    }

    /** Opens the race socket with {@code origin}, reads the 101 answer, and from then on reads nothing. */
    static StalledViewer connect(URI base, String path, String origin) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096); // before connect, so the window stays small
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
        socket.setSoTimeout(10_000);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET " + path + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n"
                + "Origin: " + origin + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read(); // one byte at a time: nothing of the first frame is read
            if (b < 0) {
                throw new IOException("closed during the handshake: " + head);
            }
            head.write(b);
        }
        String answer = head.toString(StandardCharsets.US_ASCII);
        if (!answer.startsWith("HTTP/1.1 101")) {
            throw new IOException("no upgrade: " + answer);
        }
        return new StalledViewer(socket, in);
    }

    /** Reads on (everything the server had queued) up to the close frame. */
    Close readUntilClose() throws IOException {
        DataInputStream data = new DataInputStream(in);
        int texts = 0;
        while (true) {
            int b0 = data.readUnsignedByte();
            int b1 = data.readUnsignedByte();
            long length = b1 & 0x7f;
            if (length == 126) {
                length = data.readUnsignedShort();
            } else if (length == 127) {
                length = data.readLong();
            }
            if ((b1 & 0x80) != 0) {
                throw new IOException("a server frame must not be masked");
            }
            byte[] payload = new byte[(int) length];
            data.readFully(payload);
            int opcode = b0 & 0x0f;
            if (opcode == 0x1) {
                texts++;
            } else if (opcode == 0x8) {
                int code = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : -1;
                String reason = payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
                return new Close(code, reason, texts);
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
