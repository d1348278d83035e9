package dev.pitwall.replayer.library;

import java.io.PrintStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Command line importer: fetches one archived session into a local race library, printing a line per file
 * and a summary. Exit status 0 when complete (or the usage was asked for with {@code -h}/{@code --help}), 1 when
 * the import failed or is incomplete, 2 on bad usage.
 */
public final class ImportMain {

    private ImportMain() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs an import and returns the exit status (for tests and launchers). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        if (ImportArgs.wantsHelp(args)) {
            out.println(ImportArgs.USAGE);
            return 0;
        }
        ImportArgs parsed;
        try {
            parsed = ImportArgs.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(ImportArgs.USAGE);
            return 2;
        }
        // this command prints its own progress lines; the importer's log keeps only warnings (retries)
        Logger packageLog = Logger.getLogger(ImportMain.class.getPackageName());
        Level before = packageLog.getLevel();
        packageLog.setLevel(Level.WARNING);
        try {
            LiveTimingImporter importer = new LiveTimingImporter(parsed.library(),
                    ArchiveConfig.defaults().withBaseUrl(parsed.baseUrl()));
            ArchiveSession session = importer.resolve(parsed.selector());
            out.println("Importing " + session.label() + " from " + parsed.baseUrl() + session.path());
            out.println("  into " + importer.directoryOf(session));
            ImportResult result = importer.importSession(session, progress -> {
                if (progress.step() != ImportProgress.Step.DOWNLOADING) {
                    out.println(progress.line());
                }
            });
            out.println(result.summary());
            return result.complete() ? 0 : 1;
        } catch (ImportException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            packageLog.setLevel(before);
        }
    }
}
