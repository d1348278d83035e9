/**
 * The race library and its importer from F1's live-timing archive (plain Java, no Quarkus, except
 * {@link dev.pitwall.replayer.library.ImportService}, the service's bean that runs one import at a time for
 * {@code /api/library/import}).
 *
 * <p>A session lives in {@code <library>/<archive path>/}, the same relative path as under the archive's base
 * URL (e.g. {@code 2023/2023-03-05_Bahrain_Grand_Prix/2023-03-05_Race/}), holding the archive's files byte for
 * byte (UTF-8 with BOM, CRLF), the session's own {@code Index.json} when the archive has one, an
 * {@code import.json} manifest (per file: topic, done/absent/failed, bytes, sha256, HTTP status when absent)
 * and a {@code .import.lock}. A season's {@code Index.json} is kept as {@code <library>/<year>/Index.json}.
 *
 * <p>Entry points: {@link dev.pitwall.replayer.library.LiveTimingImporter},
 * {@link dev.pitwall.replayer.library.ImportMain} and {@link dev.pitwall.replayer.library.ImportService}.
 */
package dev.pitwall.replayer.library;
