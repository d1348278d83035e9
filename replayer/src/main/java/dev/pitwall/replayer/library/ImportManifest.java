package dev.pitwall.replayer.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A session folder's {@code import.json}: which session it holds, where it came from, whether the session had
 * its own Index.json, and every file's {@link ManifestEntry}. Rewritten atomically after each file.
 */
public final class ImportManifest {

    public static final String FILE_NAME = "import.json";
    private static final Logger LOG = Logger.getLogger(ImportManifest.class.getName());

    private final ArchiveSession session;
    private final String source;
    private final Map<String, ManifestEntry> entries = new LinkedHashMap<>();
    private boolean complete;

    public ImportManifest(ArchiveSession session, String source) {
        this.session = session;
        this.source = source;
    }

    public ArchiveSession session() {
        return session;
    }

    /** The archive base URL the files came from. */
    public String source() {
        return source;
    }

    /** True once every planned file is done or absent. */
    public boolean complete() {
        return complete;
    }

    void complete(boolean value) {
        complete = value;
    }

    public Optional<ManifestEntry> entry(String file) {
        return Optional.ofNullable(entries.get(file));
    }

    public List<ManifestEntry> entries() {
        return List.copyOf(entries.values());
    }

    void put(ManifestEntry entry) {
        entries.put(entry.file(), entry);
    }

    /** The manifest in {@code dir}, or empty when there is none (or it cannot be read: everything is redone). */
    public static Optional<ImportManifest> read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = ArchiveJson.parse(Files.readAllBytes(file), file.toString());
            JsonNode s = root.path("session");
            ImportManifest m = new ImportManifest(new ArchiveSession(s.path("year").asInt(), ArchiveJson.text(s, "meeting"),
                    s.path("key").asInt(), ArchiveJson.text(s, "name"), ArchiveJson.text(s, "type"),
                    ArchiveJson.text(s, "startDate"), ArchiveJson.text(s, "path")), ArchiveJson.text(root, "source"));
            m.complete = root.path("complete").asBoolean(false);
            root.path("files").properties().forEach(e -> m.put(new ManifestEntry(e.getKey(),
                    ArchiveJson.text(e.getValue(), "topic"), FileStatus.ofJson(e.getValue().path("status").asText()),
                    e.getValue().path("bytes").asLong(), ArchiveJson.text(e.getValue(), "sha256"),
                    e.getValue().path("http").asInt(), ArchiveJson.text(e.getValue(), "error"))));
            return Optional.of(m);
        } catch (IOException | RuntimeException e) {
            LOG.warning("ignoring unreadable " + file + " (every file will be fetched again): " + e);
            return Optional.empty();
        }
    }

    /** Writes {@code import.json} into {@code dir} atomically. */
    void write(Path dir) {
        ObjectNode root = ArchiveJson.MAPPER.createObjectNode();
        root.put("format", 1);
        root.put("source", source);
        ObjectNode s = root.putObject("session");
        s.put("year", session.year());
        s.put("meeting", session.meeting());
        s.put("key", session.key());
        s.put("name", session.name());
        s.put("type", session.type());
        s.put("startDate", session.startDate());
        s.put("path", session.path());
        root.put("complete", complete);
        root.put("updatedAt", Instant.now().toString());
        ObjectNode files = root.putObject("files");
        for (ManifestEntry e : new ArrayList<>(entries.values())) {
            ObjectNode f = files.putObject(e.file());
            f.put("topic", e.topic());
            f.put("status", e.status().json());
            if (e.status() == FileStatus.DONE) {
                f.put("bytes", e.bytes());
                f.put("sha256", e.sha256());
            }
            if (e.status() == FileStatus.ABSENT) {
                f.put("http", e.httpStatus());
            }
            if (e.error() != null) {
                f.put("error", e.error());
            }
        }
        try {
            LibraryFiles.writeAtomically(dir.resolve(FILE_NAME), ArchiveJson.MAPPER.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new ImportException("cannot serialise the manifest of " + dir + ": " + e, e);
        }
    }
}
