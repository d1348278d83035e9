package dev.pitwall.replayer.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code inspect <session folder>}: prints one JSON object summing up a recorded live-timing session (see
 * {@link InspectReport}) to stdout and exits 0; a missing or unknown folder is named on stderr, exit 2.
 * A plain Java main: it needs Jackson and this module's classes, not Quarkus.
 */
public final class Inspect {

    private Inspect() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code. */
    static int run(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: inspect <live-timing session folder>");
            return 2;
        }
        Path folder = Path.of(args[0]);
        if (!Files.isDirectory(folder)) {
            System.err.println("inspect: no such folder: " + folder);
            return 2;
        }
        InspectReport report;
        try {
            report = Inspector.inspect(folder);
        } catch (IllegalArgumentException e) {
            System.err.println("inspect: " + e.getMessage());
            return 2;
        }
        try {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            System.out.println(mapper.writeValueAsString(json(mapper, report)));
            return 0;
        } catch (Exception e) {
            System.err.println("inspect: cannot write the report: " + e.getMessage());
            return 1;
        }
    }

    /** The report as a JSON tree (built by hand: no reflection). */
    static ObjectNode json(ObjectMapper mapper, InspectReport r) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode session = root.putObject("session");
        session.put("name", r.session().name());
        session.put("meeting", r.session().meeting());
        session.put("date", r.session().date());
        session.put("key", r.session().key());
        ArrayNode drivers = root.putArray("drivers");
        r.drivers().forEach(d -> drivers.addObject().put("car", d.car()).put("code", d.code()).put("team", d.team()));
        ObjectNode laps = root.putObject("laps");
        r.laps().forEach(laps::put);
        ArrayNode classification = root.putArray("classification");
        r.classification().forEach(classification::add);
        ObjectNode fastest = root.putObject("fastestLaps");
        r.fastestLaps().forEach(fastest::put);
        ArrayNode pending = root.putArray("pendingInvestigations");
        r.pendingInvestigations().forEach(pending::add);
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        return root;
    }
}
