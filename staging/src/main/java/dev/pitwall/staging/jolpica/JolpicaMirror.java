package dev.pitwall.staging.jolpica;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An offline mirror of recorded Jolpica replies: a folder with an {@code index.tsv} (columns {@code url_path},
 * {@code file}, {@code source}, {@code MRData.total}) and the reply bodies it names, gzipped or plain. It answers
 * the same calls as the live API, so the client pages, parses and books it the same way; a path the mirror does
 * not hold is an error naming the path and the mirror, never an empty answer.
 *
 * <p>Lookup for {@code path?limit=L&offset=O}: the exact recorded URL first ({@code ?limit=L&offset=O},
 * {@code ?offset=O}, {@code ?limit=L}), then, for the first page, the bare path. A recorded reply echoes the
 * {@code limit} and {@code offset} it was recorded with, and the client pages by those.
 */
final class JolpicaMirror implements JolpicaApi {

    /** URL paths in the index start with this; the client's paths are relative to it. */
    static final String API_ROOT = "/ergast/f1/";

    private final Path folder;
    private final Map<String, Path> replies;

    private JolpicaMirror(Path folder, Map<String, Path> replies) {
        this.folder = folder;
        this.replies = replies;
    }

    /** Whether a configured base URL names a mirror folder ({@code file:} URL) rather than a live API. */
    static boolean isMirror(String baseUrl) {
        return baseUrl.startsWith("file:");
    }

    /** Opens the mirror at a {@code file:} URL; reads its index now so a broken mirror fails at start-up. */
    static JolpicaMirror open(String baseUrl) {
        Path folder = Path.of(URI.create(baseUrl.replaceAll("/+$", "")));
        Path index = folder.resolve("index.tsv");
        if (!Files.isRegularFile(index)) {
            throw new IllegalStateException("the Jolpica mirror " + folder + " has no index.tsv");
        }
        Map<String, Path> replies = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 2 || !cells[0].startsWith(API_ROOT)) {
                    throw new IllegalStateException(index + " line " + (i + 1) + ": expected '" + API_ROOT
                            + "...<TAB>file', got: " + line);
                }
                Path file = folder.resolve(cells[1]).normalize();
                if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                    throw new IllegalStateException(index + " line " + (i + 1) + ": no file " + cells[1]);
                }
                replies.putIfAbsent(cells[0].substring(API_ROOT.length()), file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Jolpica mirror index " + index + ": " + e.getMessage(), e);
        }
        return new JolpicaMirror(folder, Map.copyOf(replies));
    }

    /** Recorded replies held. */
    int size() {
        return replies.size();
    }

    @Override
    public Response get(String path, int limit, int offset) {
        Path file = find(path, limit, offset);
        if (file == null) {
            throw new JolpicaException(folder.toUri() + path + "?limit=" + limit + "&offset=" + offset,
                    "not in the offline Jolpica mirror " + folder + " (it holds " + replies.size()
                            + " recorded replies, listed in its index.tsv)");
        }
        try (InputStream in = open(file)) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Response.ok(body, MediaType.APPLICATION_JSON).build();
        } catch (IOException e) {
            throw new JolpicaException(file.toUri().toString(), "cannot read the mirrored reply: " + e.getMessage(), e);
        }
    }

    private Path find(String path, int limit, int offset) {
        for (String candidate : List.of(path + "?limit=" + limit + "&offset=" + offset, path + "?offset=" + offset,
                path + "?limit=" + limit)) {
            Path file = replies.get(candidate);
            if (file != null) {
                return file;
            }
        }
        return offset == 0 ? replies.get(path) : null;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
