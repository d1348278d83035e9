package dev.pitwall.contract;

import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Map;

/**
 * A container health check that needs no tool in the image: the service's own executable, started as
 * {@code application --health-check}, asks the running service's {@code /q/health/live} on 127.0.0.1 and exits 0
 * when it answers 200, 1 otherwise. The native images run on the Quarkus micro base image, which has no curl; ECS runs
 * this instead ({@code ["CMD", "/work/application", "--health-check"]}, infra/modules/ecs-service).
 *
 * <p>The port is the service's {@code PORT} variable (the one {@code quarkus.http.port} reads), else its default.
 * Runs before Quarkus starts, with plain JDK HTTP, so a probe costs a few milliseconds in a native image and nothing
 * needs reflection.
 */
public final class HealthProbe {

    /** The argument that turns a start of the executable into a probe. */
    public static final String FLAG = "--health-check";

    static final String PATH = "/q/health/live";
    static final int TIMEOUT_MS = 4_000;

    private HealthProbe() {
    }

    /** Whether this start of the executable is a probe rather than the service. */
    public static boolean requested(String... args) {
        return args.length > 0 && FLAG.equals(args[0]);
    }

    /** Probes the service on the port of {@code PORT} in {@code env}, else {@code defaultPort}; the exit status. */
    public static int run(Map<String, String> env, int defaultPort, PrintStream err) {
        String port = env.getOrDefault("PORT", "").strip();
        int p;
        try {
            p = port.isEmpty() ? defaultPort : Integer.parseInt(port);
        } catch (NumberFormatException e) {
            err.println("health check: PORT is not a port number: '" + port + "'");
            return 1;
        }
        return probe(URI.create("http://127.0.0.1:" + p + PATH), err);
    }

    /** 0 if {@code uri} answers 200 within the timeout, 1 otherwise, saying why on {@code err}. */
    static int probe(URI uri, PrintStream err) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MS);
            connection.setReadTimeout(TIMEOUT_MS);
            int status = connection.getResponseCode();
            if (status == 200) {
                return 0;
            }
            err.println("health check: " + uri + " answered " + status);
            return 1;
        } catch (IOException e) {
            err.println("health check: " + uri + " did not answer: " + e);
            return 1;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }
}
