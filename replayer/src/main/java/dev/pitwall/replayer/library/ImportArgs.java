package dev.pitwall.replayer.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@link ImportMain}: library folder, which session, and the archive's base URL. */
public record ImportArgs(Path library, SessionSelector selector, String baseUrl) {

    public static final String USAGE = String.join("\n",
            "usage: ImportMain [--base-url URL] <library-dir> <year> <meeting> <session>",
            "       ImportMain [--base-url URL] <library-dir> <year> --key <session-key>",
            "       ImportMain [--base-url URL] <library-dir> --path <archive-path>",
            "  meeting: part of the meeting name (\"bahrain\") or its folder (2023-03-05_Bahrain_Grand_Prix)",
            "  session: Race, Sprint, Qualifying, Sprint Qualifying, Practice 1..3 (or R, S, Q, SQ, FP1..FP3)",
            "  archive-path: e.g. 2023/2023-03-05_Bahrain_Grand_Prix/2023-03-05_Race/",
            "  --library DIR may stand for <library-dir> (./pitwall import passes .pitwall/library this way)",
            "  base URL default: " + ArchiveConfig.DEFAULT_BASE_URL);

    /** Whether the arguments ask for the usage ({@code -h} or {@code --help}). */
    public static boolean wantsHelp(String... args) {
        return java.util.Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help"));
    }

    /** Parses the arguments; throws {@link IllegalArgumentException} with the reason (print {@link #USAGE}). */
    public static ImportArgs parse(String... args) {
        String baseUrl = ArchiveConfig.DEFAULT_BASE_URL.toString();
        String key = null;
        String path = null;
        String libraryOption = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--base-url" -> baseUrl = valueOf(args, ++i, a);
                case "--key" -> key = valueOf(args, ++i, a);
                case "--path" -> path = valueOf(args, ++i, a);
                case "--library" -> libraryOption = valueOf(args, ++i, a);
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    positional.add(a);
                }
            }
        }
        if (key != null && path != null) {
            throw new IllegalArgumentException("give --key or --path, not both");
        }
        List<String> names = new ArrayList<>();
        if (libraryOption == null) {
            names.add("library-dir");
        }
        if (path == null) {
            names.addAll(key != null ? List.of("year") : List.of("year", "meeting", "session"));
        }
        if (positional.size() != names.size()) {
            throw new IllegalArgumentException("expected " + names.size() + " positional argument(s)"
                    + (names.isEmpty() ? "" : " (" + String.join(" ", names) + ")")
                    + (path != null ? " with --path" : key != null ? " with --key" : "") + ", got " + positional.size()
                    + (positional.isEmpty() ? "" : " (" + String.join(" ", positional) + ")"));
        }
        int next = 0;
        Path library = Path.of(libraryOption != null ? libraryOption : positional.get(next++));
        if (path != null) {
            return new ImportArgs(library, SessionSelector.byPath(path), baseUrl);
        }
        int year = number(positional.get(next++), "year");
        return new ImportArgs(library, key != null ? SessionSelector.byKey(year, number(key, "session key"))
                : SessionSelector.byName(year, positional.get(next), positional.get(next + 1)), baseUrl);
    }

    private static String valueOf(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String s, String what) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, was '" + s + "'");
        }
    }
}
