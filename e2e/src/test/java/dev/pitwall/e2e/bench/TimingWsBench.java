package dev.pitwall.e2e.bench;

import dev.pitwall.e2e.Stack;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.http.WebSocketFrame;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The timing-ws fan-out benchmark ({@code bench/timing-ws/run}): the packaged broker, replayer and timing-ws as
 * processes (the e2e {@link Stack}), the bundled race replayed at 10x from lap 2, and N WebSocket clients on
 * loopback for each N in turn, N=1 first as the reference. Per N it prints the latency from each message's
 * {@code ts} (the Kafka timestamp of the newest record in the state the message describes) to its receipt by
 * the client, messages received per second, the server's RSS and heap, conflated updates and slow closes; then
 * each N's p99 over the reference's. The last line is {@code timing-ws clients=<largest N> p99_ms=<p99>
 * target_ms=100}.
 *
 * <p>The clients are one Vert.x {@link WebSocketClient} on a couple of event-loop threads; a client reads
 * {@code ts} from the first bytes of each message's first frame and never parses the JSON.
 *
 * <p>Settings (system properties): {@code bench.clients} (default {@code 1,500,1000,2000}),
 * {@code bench.warmup} seconds (5), {@code bench.window} seconds (20), {@code bench.speed} (10),
 * {@code bench.fromLap} (2), {@code bench.clientThreads} (2), {@code bench.timingEnv} (extra environment for
 * timing-ws, {@code K=V,K=V}), {@code bench.timingJvm} (extra JVM options for timing-ws, space-separated),
 * {@code bench.deflate} (clients ask for permessage-deflate, as browsers do; false).
 */
public final class TimingWsBench {

    private static final int MAX_MS = 60_000;
    private static final byte[] TS_KEY = "\"ts\":".getBytes();

    private final Stack stack;
    private final WebSocketClient client;
    private final int warmupSeconds;
    private final int windowSeconds;
    private final long brokerPid;

    private TimingWsBench(Stack stack, WebSocketClient client, int warmupSeconds, int windowSeconds) {
        this.stack = stack;
        this.client = client;
        this.warmupSeconds = warmupSeconds;
        this.windowSeconds = windowSeconds;
        this.brokerPid = brokerPid(stack.broker().bootstrapServers());
    }

    /** The broker's process (a LocalBroker JVM started with this port), found in /proc; 0 when not found. */
    private static long brokerPid(String bootstrap) {
        String port = bootstrap.substring(bootstrap.lastIndexOf(':') + 1);
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                if (!p.getFileName().toString().matches("\\d+")) {
                    continue;
                }
                try {
                    String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    if (cmd.contains("dev.pitwall.broker.LocalBroker") && cmd.contains(" " + port + " ")) {
                        return Long.parseLong(p.getFileName().toString());
                    }
                } catch (IOException e) {
                    // gone meanwhile
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return 0;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> counts = Arrays.stream(System.getProperty("bench.clients", "1,500,1000,2000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int warmup = Integer.getInteger("bench.warmup", 5);
        int window = Integer.getInteger("bench.window", 20);
        String speed = System.getProperty("bench.speed", "10");
        int fromLap = Integer.getInteger("bench.fromLap", 2);
        int clientThreads = Integer.getInteger("bench.clientThreads", 2);
        Map<String, String> timingEnv = new LinkedHashMap<>();
        for (String kv : System.getProperty("bench.timingEnv", "").split(",")) {
            if (kv.contains("=")) {
                timingEnv.put(kv.substring(0, kv.indexOf('=')).trim(), kv.substring(kv.indexOf('=') + 1).trim());
            }
        }

        String loadBefore = loadAverage();
        log("starting the stack (broker, replayer, timing-ws as processes)" + (timingEnv.isEmpty() ? "" : ", timing-ws with " + timingEnv));
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(clientThreads).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        List<Round> rounds = new ArrayList<>();
        String[] timingJvm = System.getProperty("bench.timingJvm", "").isBlank() ? new String[0]
                : System.getProperty("bench.timingJvm").trim().split("\\s+");
        try (Stack stack = Stack.start(timingEnv, timingJvm)) {
            WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
                    .setMaxConnections(100_000).setConnectTimeout(30_000).setMaxFrameSize(1 << 20)
                    .setMaxMessageSize(64 << 20).setTcpNoDelay(true)
                    // as browsers do: ask for permessage-deflate (timing-ws grants it only with timing.ws.compression)
                    .setTryUsePerMessageCompression(Boolean.getBoolean("bench.deflate")));
            TimingWsBench bench = new TimingWsBench(stack, client, warmup, window);
            log("replaying " + Stack.BUNDLED_RACE + " at " + speed + "x from lap " + fromLap);
            stack.replayer("/api/replay/start", "{\"session\":\"" + Stack.BUNDLED_RACE + "\",\"speed\":\"" + speed
                    + "\",\"fromLap\":" + fromLap + "}");
            bench.awaitRace();
            for (int n : counts) {
                Round round = bench.round(n);
                rounds.add(round);
                log(round.line(rounds.get(0)));
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        print(rounds, warmup, window, speed, fromLap, clientThreads, loadBefore);
    }

    private void awaitRace() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String state = stack.get(stack.timing(), "/api/state");
            if (state.contains("\"rows\":[{") && !state.contains("\"ts\":0,")) {
                Thread.sleep(3000); // let the feed catch up with the keyframe and the first seconds
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the race never reached timing-ws");
    }

    private Round round(int n) throws Exception {
        Recorder recorder = new Recorder();
        log("N=" + n + ": connecting");
        List<WebSocket> sockets = connect(n, recorder);
        log("N=" + n + ": " + sockets.size() + " connected, warming up " + warmupSeconds + " s");
        Thread.sleep(warmupSeconds * 1000L);

        Map<String, Double> before = metrics();
        long stackCpu0 = cpuTicks(stack.replayer().pid()) + cpuTicks(brokerPid);
        long serverCpu0 = cpuTicks(stack.timing().pid());
        long clientCpu0 = clientCpuNanos();
        long[] machine0 = machineTicks();
        long t0 = System.nanoTime();
        recorder.measuring = true;
        long rssMax = 0;
        double heapMax = 0;
        for (int s = 0; s < windowSeconds; s++) {
            Thread.sleep(1000);
            rssMax = Math.max(rssMax, rssKb(stack.timing().pid()));
            heapMax = Math.max(heapMax, metrics().getOrDefault("heap", 0.0));
        }
        recorder.measuring = false;
        double seconds = (System.nanoTime() - t0) / 1e9;
        long serverCpu1 = cpuTicks(stack.timing().pid());
        long stackCpu1 = cpuTicks(stack.replayer().pid()) + cpuTicks(brokerPid);
        long clientCpu1 = clientCpuNanos();
        long[] machine1 = machineTicks();
        Map<String, Double> after = metrics();

        int closedDuring = recorder.closed.get();
        int slowClosed = recorder.closedSlow.get();
        log("N=" + n + ": closing");
        for (WebSocket ws : sockets) {
            ws.close();
        }
        awaitNoViewers();
        double machineBusy = machine1[1] - machine0[1] == 0 ? 0
                : 100.0 * (1 - (double) (machine1[0] - machine0[0]) / (machine1[1] - machine0[1]));
        double cores = Runtime.getRuntime().availableProcessors();
        double serverPct = 100.0 * (serverCpu1 - serverCpu0) / 100.0 / seconds;
        double clientPct = 100.0 * (clientCpu1 - clientCpu0) / 1e9 / seconds;
        double feedPct = 100.0 * (stackCpu1 - stackCpu0) / 100.0 / seconds;
        double irq = machine1[1] - machine0[1] == 0 ? 0 : 100.0 * (machine1[2] - machine0[2]) / (machine1[1] - machine0[1]);
        // what the rest of the machine used (other processes), in % of the whole machine
        double others = Math.max(0, machineBusy - irq - (serverPct + clientPct + feedPct) / cores);
        return new Round(n, sockets.size(), recorder.messages.get(), recorder.bytes.get(), seconds,
                recorder.percentile(0.50), recorder.percentile(0.99), recorder.max(),
                rssMax, heapMax, after.getOrDefault("conflated", 0.0) - before.getOrDefault("conflated", 0.0),
                after.getOrDefault("closedSlow", 0.0) - before.getOrDefault("closedSlow", 0.0), closedDuring, slowClosed,
                serverPct, clientPct, feedPct, machineBusy, irq, others,
                after.getOrDefault("encoded", 0.0) - before.getOrDefault("encoded", 0.0));
    }

    private List<WebSocket> connect(int n, Recorder recorder) throws Exception {
        List<WebSocket> sockets = new ArrayList<>(n);
        int batch = 100;
        for (int i = 0; i < n; i += batch) {
            List<Future<WebSocket>> pending = new ArrayList<>();
            for (int j = i; j < Math.min(n, i + batch); j++) {
                ClientWebSocket ws = client.webSocket();
                recorder.attach(ws); // before connecting: nothing it is sent goes unseen
                pending.add(ws.connect(new WebSocketConnectOptions().setHost("127.0.0.1")
                        .setPort(stack.timing().port()).setURI("/ws/race").setTimeout(30_000)));
            }
            for (Future<WebSocket> f : pending) {
                sockets.add(f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS));
            }
        }
        return sockets;
    }

    private void awaitNoViewers() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && metrics().getOrDefault("clients", 0.0) > 0) {
            Thread.sleep(250);
        }
        Thread.sleep(1000);
    }

    /** The figures this benchmark reads from timing-ws's /q/metrics. */
    private Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String line : stack.get(stack.timing(), "/q/metrics").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String name = line.substring(0, space);
            double value;
            try {
                value = Double.parseDouble(line.substring(space + 1));
            } catch (NumberFormatException e) {
                continue;
            }
            if (name.startsWith("jvm_memory_used_bytes{") && name.contains("area=\"heap\"")) {
                m.merge("heap", value, Double::sum);
            } else if (name.equals("pitwall_ws_updates_conflated")) {
                m.put("conflated", value);
            } else if (name.equals("pitwall_ws_viewers_closed_slow")) {
                m.put("closedSlow", value);
            } else if (name.equals("pitwall_ws_clients")) {
                m.put("clients", value);
            } else if (name.equals("pitwall_ws_messages_encoded")) {
                m.put("encoded", value);
            }
        }
        return m;
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return 0;
    }

    /** utime + stime of a process, in clock ticks (1/100 s on Linux). */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Idle, total and interrupt (irq + softirq: loopback TCP is mostly there) ticks of the machine (/proc/stat). */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {Long.parseLong(f[4]) + Long.parseLong(f[5]), total, Long.parseLong(f[6]) + Long.parseLong(f[7])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0, 0};
        }
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Counts what the clients receive; latencies in a 1 ms histogram. */
    private static final class Recorder {
        final AtomicIntegerArray histogram = new AtomicIntegerArray(MAX_MS + 1);
        final AtomicLong messages = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final AtomicInteger closed = new AtomicInteger();
        final AtomicInteger closedSlow = new AtomicInteger();
        volatile boolean measuring;

        void attach(ClientWebSocket ws) {
            ws.frameHandler(frame -> onFrame(frame, System.currentTimeMillis()));
            ws.closeHandler(v -> {
                if (ws.closeStatusCode() != null && ws.closeStatusCode() == 4008) {
                    closedSlow.incrementAndGet();
                }
                closed.incrementAndGet();
            });
        }

        void onFrame(WebSocketFrame frame, long now) {
            if (!measuring) {
                return;
            }
            Buffer data = frame.binaryData(); // inflated already when permessage-deflate is on
            bytes.addAndGet(data.length());
            if (!frame.isText()) {
                return; // a continuation of a message already counted
            }
            long ts = ts(data);
            if (ts > 0) {
                messages.incrementAndGet();
                histogram.incrementAndGet((int) Math.max(0, Math.min(MAX_MS, now - ts)));
            }
        }

        /** The number after the first {@code "ts":} in the first 64 bytes, or -1. */
        static long ts(Buffer data) {
            int limit = Math.min(data.length(), 64) - TS_KEY.length;
            outer:
            for (int i = 0; i <= limit; i++) {
                for (int k = 0; k < TS_KEY.length; k++) {
                    if (data.getByte(i + k) != TS_KEY[k]) {
                        continue outer;
                    }
                }
                long v = 0;
                int j = i + TS_KEY.length;
                while (j < data.length() && data.getByte(j) >= '0' && data.getByte(j) <= '9') {
                    v = v * 10 + (data.getByte(j++) - '0');
                }
                return v;
            }
            return -1;
        }

        long percentile(double q) {
            long total = 0;
            for (int i = 0; i <= MAX_MS; i++) {
                total += histogram.get(i);
            }
            long rank = (long) Math.ceil(q * total);
            long seen = 0;
            for (int i = 0; i <= MAX_MS; i++) {
                seen += histogram.get(i);
                if (seen >= rank && seen > 0) {
                    return i;
                }
            }
            return -1;
        }

        long max() {
            for (int i = MAX_MS; i >= 0; i--) {
                if (histogram.get(i) > 0) {
                    return i;
                }
            }
            return -1;
        }
    }

    private record Round(int n, int connected, long messages, long bytes, double seconds, long p50, long p99, long max,
            long rssKb, double heapBytes, double conflated, double closedSlowServer, int closedClient, int closedSlowClient,
            double serverCpu, double clientCpu, double feedCpu, double machineBusy, double irq, double others,
            double encoded) {

        String line(Round ref) {
            return String.format(Locale.ROOT,
                    "%6d %9d %7d %7d %7d %9.0f %8.2f %7.1f %8.0f %8.0f %7.0f %7.0f %7.0f %6.0f %5.0f %7.0f %10.0f %6.0f/%d %9.0f %7.2f",
                    n, connected, p50, p99, max, messages / seconds, messages / seconds / Math.max(1, connected),
                    bytes / seconds / 1e6, rssKb / 1024.0, heapBytes / 1048576.0, serverCpu, clientCpu, feedCpu, machineBusy,
                    irq, others, conflated, closedSlowServer, closedClient, encoded / seconds,
                    ref.p99 <= 0 ? 0 : (double) p99 / ref.p99);
        }
    }

    private static final String HEADER = String.format(Locale.ROOT,
            "%6s %9s %7s %7s %7s %9s %8s %7s %8s %8s %7s %7s %7s %6s %5s %7s %10s %8s %9s %7s", "N", "connected", "p50_ms",
            "p99_ms", "max_ms", "msgs/s", "/client", "MB/s", "rss_MiB", "heap_MiB", "srv_cpu", "cli_cpu", "kfk_cpu", "busy%",
            "irq%", "others%", "conflated", "closed", "encoded/s", "p99/ref");

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void print(List<Round> rounds, int warmup, int window, String speed, int fromLap, int clientThreads,
            String loadBefore) {
        System.out.println();
        System.out.printf(Locale.ROOT, "timing-ws fan-out: %s replayed at %sx from lap %d; per N a %d s window after a %d s warm-up;%n",
                Stack.BUNDLED_RACE, speed, fromLap, window, warmup);
        System.out.printf(Locale.ROOT, "clients: one Vert.x WebSocket client, %d event-loop threads, on loopback; server, broker, replayer "
                + "and clients share this machine's %d cores%n", clientThreads, Runtime.getRuntime().availableProcessors());
        System.out.println("load average (1/5/15 min) before: " + loadBefore + ", after: " + loadAverage());
        System.out.println("latency = client receipt time - message ts (Kafka timestamp of the newest record in the state the message describes)");
        System.out.println("rss/heap: timing-ws, max sampled each second; srv_cpu (timing-ws), cli_cpu (these clients), kfk_cpu (broker +");
        System.out.println("replayer): % of one core; busy%, irq% (softirq, where loopback TCP runs) and others% (other processes): % of the");
        System.out.println("whole machine;");
        System.out.println("conflated: updates the server folded into a later one; closed: server slow closes/client-seen closes; "
                + "encoded/s: distinct messages the server serialised per second");
        System.out.println(HEADER);
        for (Round r : rounds) {
            System.out.println(r.line(rounds.get(0)));
        }
        Round last = rounds.stream().max(java.util.Comparator.comparingInt(Round::n)).orElseThrow();
        System.out.printf(Locale.ROOT, "timing-ws clients=%d p99_ms=%d target_ms=100%n", last.n, last.p99);
    }

    private static void log(String message) {
        System.err.println("[bench] " + message);
    }
}
