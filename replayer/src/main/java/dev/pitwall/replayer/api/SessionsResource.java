package dev.pitwall.replayer.api;

import dev.pitwall.replayer.session.SessionLibrary;
import dev.pitwall.replayer.session.SessionSummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The race library: which recorded sessions can be replayed, and what each one has. */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions", description = "Recorded sessions in the race library")
public class SessionsResource {

    private final SessionLibrary library;

    public SessionsResource(SessionLibrary library) {
        this.library = library;
    }

    @GET
    @Operation(summary = "Every recorded session in the library")
    public List<SessionSummary> list() {
        return library.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One recorded session; 404 listing the known ids when unknown")
    public SessionSummary get(@PathParam("id") String id) {
        return library.summary(id);
    }
}
