package dev.pitwall.replayer.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** Puts files into the library safely: written to {@code <file>.part}, synced, then atomically renamed. */
final class LibraryFiles {

    static final String PART_SUFFIX = ".part";

    /** What landed on disk. */
    record Written(long bytes, String sha256) {
    }

    private LibraryFiles() {
    }

    /**
     * Downloads {@code archivePath} into {@code target} (via its {@code .part}), reporting bytes received so far
     * to {@code progress}; the result has no body when the archive lacks the file.
     */
    static ArchiveClient.Fetched<Written> download(ArchiveClient client, String archivePath, Path target, LongConsumer progress) {
        Path part = partOf(target);
        ArchiveClient.Fetched<Written> fetched =
                client.get(archivePath, (body, length) -> writePart(body, length, part, progress));
        if (fetched.present()) {
            moveIntoPlace(part, target);
        } else {
            deleteQuietly(part);
        }
        return fetched;
    }

    /** Writes {@code bytes} to {@code target} through its {@code .part} file. */
    static Written writeAtomically(Path target, byte[] bytes) {
        Path part = partOf(target);
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap(bytes));
                out.force(true);
            }
        } catch (IOException e) {
            throw new ImportException("cannot write " + part + ": " + e, e);
        }
        moveIntoPlace(part, target);
        MessageDigest digest = sha256();
        return new Written(bytes.length, HexFormat.of().formatHex(digest.digest(bytes)));
    }

    /** True when {@code file} exists with exactly this size and SHA-256. */
    static boolean intact(Path file, long bytes, String sha256) {
        try {
            if (sha256 == null || !Files.isRegularFile(file) || Files.size(file) != bytes) {
                return false;
            }
            MessageDigest digest = sha256();
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) >= 0; ) {
                    digest.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest()).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    static Path partOf(Path target) {
        return target.resolveSibling(target.getFileName() + PART_SUFFIX);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale .part is overwritten next time
        }
    }

    private static Written writePart(InputStream body, long length, Path part, LongConsumer progress)
            throws IOException {
        MessageDigest digest = sha256();
        long total = 0;
        try {
            Files.createDirectories(part.getParent());
        } catch (IOException e) {
            throw new ImportException("cannot create folder " + part.getParent() + ": " + e, e);
        }
        try (FileChannel out = openPart(part)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = body.read(buf)) >= 0; ) { // an IOException here is the network's: retried
                digest.update(buf, 0, n);
                try {
                    out.write(ByteBuffer.wrap(buf, 0, n));
                } catch (IOException e) {
                    throw new ImportException("cannot write " + part + ": " + e, e);
                }
                total += n;
                progress.accept(total);
            }
            ArchiveClient.checkLength(total, length);
            forceQuietly(out, part);
        }
        return new Written(total, HexFormat.of().formatHex(digest.digest()));
    }

    private static FileChannel openPart(Path part) {
        try {
            return FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new ImportException("cannot write " + part + ": " + e, e);
        }
    }

    private static void forceQuietly(FileChannel out, Path part) {
        try {
            out.force(true);
        } catch (IOException e) {
            throw new ImportException("cannot sync " + part + ": " + e, e);
        }
    }

    private static void moveIntoPlace(Path part, Path target) {
        try {
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ImportException("cannot rename " + part + " to " + target.getFileName() + ": " + e, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
