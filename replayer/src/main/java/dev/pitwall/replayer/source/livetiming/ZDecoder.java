package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes a {@code .z} payload of the feed (CarData.z, Position.z): base64 of RAW deflate (no zlib header)
 * holding JSON. A payload that is not base64 or not deflate raises {@link IllegalArgumentException}.
 */
public final class ZDecoder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ZDecoder() {
    }

    /** The JSON inside a base64 raw-deflate payload. */
    public static JsonNode decode(String base64) {
        byte[] json = inflate(Base64.getMimeDecoder().decode(base64.trim()));
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("inflated .z payload is not JSON: " + e.getMessage(), e);
        }
    }

    /** Inflates raw deflate bytes. */
    public static byte[] inflate(byte[] deflated) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 8);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            if (!inflater.finished()) {
                throw new IllegalArgumentException("truncated deflate payload");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("not a raw deflate payload: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
