package dev.pitwall.replayer.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * The service's current (or last) archive import, as {@code GET /api/library/import} shows it: what was asked
 * ({@code request}), the session it resolved to ({@code session}, its label; {@code sessionKey}), files finished of
 * the session's total, bytes of the session in the library, the last file reported and what happened to it, and
 * once finished the counts, the error of a failed import and {@code sessionId}: the id under which
 * {@code GET /api/sessions} lists the imported session.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportStatus(ImportState state, String request, String session, Integer sessionKey, String archiveUrl,
        String directory, int filesDone, int filesTotal, long bytes, String lastFile, String lastStep,
        Integer downloaded, Integer alreadyPresent, Integer absent, Integer failed, String sessionId, String error,
        String note, Instant startedAt, Instant finishedAt) {

    static ImportStatus idle() {
        return new ImportStatus(ImportState.IDLE, null, null, null, null, null, 0, 0, 0, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    static ImportStatus running(String request, Instant now) {
        return new ImportStatus(ImportState.RUNNING, request, request, null, null, null, 0, 0, 0, null, null, null,
                null, null, null, null, null, null, now, null);
    }

    ImportStatus resolved(ArchiveSession s, String url, String dir) {
        return new ImportStatus(state, request, s.label(), s.key() == 0 ? null : s.key(), url, dir, filesDone,
                filesTotal, bytes, lastFile, lastStep, downloaded, alreadyPresent, absent, failed, sessionId, error,
                note, startedAt, finishedAt);
    }

    ImportStatus progress(ImportProgress p) {
        return new ImportStatus(state, request, session, sessionKey, archiveUrl, directory, p.filesDone(),
                p.filesTotal(), p.bytesDone(), p.file(), p.step().name(), downloaded, alreadyPresent, absent, failed,
                sessionId, error, note, startedAt, finishedAt);
    }

    ImportStatus finished(ImportResult r, String id, String note, Instant now) {
        int failedFiles = r.withStatus(FileStatus.FAILED).size();
        int total = r.files().size();
        return new ImportStatus(failedFiles == 0 ? ImportState.DONE : ImportState.FAILED, request, session,
                sessionKey, archiveUrl, directory, total, total, r.bytes(), lastFile, lastStep, r.downloaded(),
                r.alreadyPresent(), r.withStatus(FileStatus.ABSENT).size(), failedFiles, id,
                failedFiles == 0 ? null : r.summary(), note, startedAt, now);
    }

    ImportStatus failed(String message, Instant now) {
        return new ImportStatus(ImportState.FAILED, request, session, sessionKey, archiveUrl, directory, filesDone,
                filesTotal, bytes, lastFile, lastStep, downloaded, alreadyPresent, absent, failed, sessionId, message,
                note, startedAt, now);
    }
}
