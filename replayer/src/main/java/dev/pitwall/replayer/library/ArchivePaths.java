package dev.pitwall.replayer.library;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** Checks, normalises and URL-encodes paths inside the live-timing archive (e.g. {@code 2023/…_Race/}). */
public final class ArchivePaths {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private ArchivePaths() {
    }

    /**
     * A session folder path in its canonical form: forward slashes, no leading slash, one trailing slash,
     * first segment a year (leading slashes and backslashes are accepted). Rejects {@code ..}, {@code .}, empty segments and control characters.
     */
    public static String sessionFolder(String raw) {
        String p = raw == null ? "" : raw.strip().replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        p = checkedRelative(p, "archive path");
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        List<String> segments = List.of(p.split("/"));
        if (segments.size() < 2 || !YEAR.matcher(segments.get(0)).matches()) {
            throw new ImportException("archive path '" + raw + "' is not a session folder like "
                    + "2023/2023-03-05_Bahrain_Grand_Prix/2023-03-05_Race/");
        }
        return p + "/";
    }

    /** A file name inside a session folder, as a session's Index.json names it (may hold sub-folders). */
    public static String fileInSession(String raw) {
        String p = checkedRelative(raw == null ? "" : raw.strip(), "file name");
        if (p.endsWith("/")) {
            throw new ImportException("file name '" + raw + "' names a folder");
        }
        return p;
    }

    /** The season of a canonical session folder path. */
    public static int yearOf(String sessionFolder) {
        return Integer.parseInt(sessionFolder.substring(0, sessionFolder.indexOf('/')));
    }

    /** The last folder name of a path ({@code 2023-03-05_Race} for {@code 2023/…/2023-03-05_Race/}). */
    public static String lastSegment(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** Percent-encodes every byte outside RFC 3986's unreserved set, keeping the slashes. */
    public static String urlEncode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '/' || c == '-' || c == '.' || c == '_' || c == '~' || (c >= '0' && c <= '9')
                    || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String checkedRelative(String p, String what) {
        if (p.isEmpty() || p.startsWith("/") || p.contains(":")) {
            throw new ImportException(what + " '" + p + "' must be a relative archive path");
        }
        String body = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        for (String segment : body.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")
                    || segment.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
                throw new ImportException(what + " '" + p + "' has an unsafe segment '" + segment + "'");
            }
        }
        return p;
    }
}
