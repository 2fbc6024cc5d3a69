package com.bridgecoach.bench;

import com.bridgecoach.LoopbackSlack;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load-tests the real bot (the app jar, `serve`, SQLite store, loopback fake Slack Web API) side by side with
 * {@link FloorServer}, alternating between them in one run, and prints a markdown table:
 * JVM start to first acknowledgement, closed-loop throughput, p50/p99 acknowledgement latency at a fixed
 * open-loop rate, and peak resident memory (VmRSS) under load.
 *
 * <p>Usage: BenchRun APP_JAR BENCH_CLASSPATH PROMPTS_DIR. Tunables (env): BENCH_ROUNDS (3), BENCH_SECONDS (10),
 * BENCH_WARMUP (30, seconds of closed-loop load on each server before anything is measured),
 * BENCH_RATE (200), BENCH_CONNECTIONS (8), BENCH_JVM_OPTS ("-XX:+UseSerialGC -Xmx256m", both servers),
 * BENCH_BOT_JVM_EXTRA (the bot only, e.g. a JFR recording for profiling). BENCH_START_ONLY=1 measures only JVM start
 * to first acknowledgement, BENCH_STARTS times (7), and prints the median.
 */
public final class BenchRun {
    static final String SECRET = "bench-signing-secret";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).executor(Executors.newFixedThreadPool(4, daemon("client"))).build();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong failuresShown = new AtomicLong();
    /** Where the servers start: the project directory, as the README runs the bot. */
    private final Path projectDir;

    BenchRun(Path projectDir) {
        this.projectDir = projectDir;
    }

    /** One server under test. */
    record Target(String name, Process process, URI events, long startToFirstAckMillis) {
        long rssKb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
            return -1;
        }

        /** CPU time the process has used so far (user + system), in milliseconds. */
        long cpuMillis() {
            return BenchRun.cpuMillis(Path.of("/proc/" + process.pid() + "/stat"));
        }
    }

    /** What one phase measured. */
    record Phase(double throughput, long[] latenciesNanos, long errors, long peakRssKb, double cpuMillisPerRequest,
                 double loadCpuMillisPerRequest) {
    }

    public static void main(String[] args) throws Exception {
        closeIdleConnectionsFirst();
        // absolute: the servers start in the project directory, not in this one
        Path appJar = Path.of(args[0]).toAbsolutePath();
        new BenchRun(projectDir(appJar)).run(appJar, absolute(args[1]), Path.of(args[2]).toAbsolutePath());
    }

    void run(Path appJar, String benchClasspath, Path prompts) throws Exception {
        if ("1".equals(System.getenv("BENCH_START_ONLY"))) {
            startOnly(appJar, benchClasspath, prompts, env("BENCH_STARTS", 7));
            return;
        }
        int rounds = env("BENCH_ROUNDS", 3);
        int seconds = env("BENCH_SECONDS", 10);
        int rate = env("BENCH_RATE", 200);
        int connections = env("BENCH_CONNECTIONS", 8);
        int warmup = env("BENCH_WARMUP", 30);
        List<String> jvm = List.of(System.getenv().getOrDefault("BENCH_JVM_OPTS", "-XX:+UseSerialGC -Xmx256m").split("\\s+"));
        Path work = Files.createTempDirectory("bridge-bench");
        HttpServer slack = fakeSlack();
        String slackUrl = "http://127.0.0.1:" + slack.getAddress().getPort() + "/api/";

        Target bot = null;
        Target floor = null;
        try {
            int botPort = LoopbackSlack.freePort();
            List<String> botCommand = botCommand(jvm, appJar);
            bot = launch("bot", botCommand, Map.of("SLACK_BOT_TOKEN", "xoxb-bench", "SLACK_SIGNING_SECRET", SECRET,
                    "SLACK_API_URL", slackUrl, "PORT", String.valueOf(botPort), "HOST", "127.0.0.1",
                    "DATABASE_URL", "jdbc:sqlite:" + work.resolve("bench.db"), "PROMPTS_DIR", prompts.toString(), "LOG_LEVEL", "WARN"),
                    botPort, work.resolve("bot.log"));
            int floorPort = LoopbackSlack.freePort();
            List<String> floorCommand = new ArrayList<>(List.of(java()));
            floorCommand.addAll(jvm);
            floorCommand.addAll(List.of("-cp", benchClasspath, FloorServer.class.getName(), String.valueOf(floorPort), SECRET));
            floor = launch("floor", floorCommand, Map.of(), floorPort, work.resolve("floor.log"));

            // warm both (JIT, pools, SQLite pages) before anything is measured: the bot has far more code for the
            // JIT to settle, and a short warm-up would measure its compiler rather than its steady state
            for (Target t : List.of(bot, floor)) {
                closedLoop(t, connections, Duration.ofSeconds(warmup));
                openLoop(t, rate, Duration.ofSeconds(seconds / 2));
            }
            List<Phase> botThroughput = new ArrayList<>();
            List<Phase> floorThroughput = new ArrayList<>();
            List<Phase> botLatency = new ArrayList<>();
            List<Phase> floorLatency = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                // alternate which goes first, so drift in the machine's load falls on both alike
                Target first = round % 2 == 0 ? bot : floor;
                Target second = first == bot ? floor : bot;
                for (Target t : List.of(first, second)) {
                    (t == bot ? botThroughput : floorThroughput).add(closedLoop(t, connections, Duration.ofSeconds(seconds)));
                }
                for (Target t : List.of(second, first)) {
                    (t == bot ? botLatency : floorLatency).add(openLoop(t, rate, Duration.ofSeconds(seconds)));
                }
            }
            print(bot, floor, botThroughput, floorThroughput, botLatency, floorLatency, rate, connections, rounds, seconds, jvm);
        } finally {
            for (Target t : Arrays.asList(bot, floor)) {
                if (t != null) {
                    t.process().destroy();
                    t.process().waitFor(15, TimeUnit.SECONDS);
                }
            }
            slack.stop(0);
        }
    }

    /**
     * Only JVM start to the first acknowledged command, {@code starts} times (a fresh store each time), alternating
     * with the floor so that both meet the same load on the machine, and the medians: the quick loop for start-up
     * work. Extra bot flags from BENCH_BOT_JVM_EXTRA apply to the bot only.
     */
    private void startOnly(Path appJar, String benchClasspath, Path prompts, int starts) throws Exception {
        List<String> jvm = List.of(System.getenv().getOrDefault("BENCH_JVM_OPTS", "-XX:+UseSerialGC -Xmx256m").split("\\s+"));
        String extra = System.getenv().getOrDefault("BENCH_BOT_JVM_EXTRA", "").strip();
        HttpServer slack = fakeSlack();
        String slackUrl = "http://127.0.0.1:" + slack.getAddress().getPort() + "/api/";
        double[] millis = new double[starts];
        double[] cpu = new double[starts];
        double[] floorMillis = new double[starts];
        double[] floorCpu = new double[starts];
        try {
            for (int i = 0; i < starts; i++) {
                Path work = Files.createTempDirectory("bridge-start");
                int port = LoopbackSlack.freePort();
                List<String> command = botCommand(jvm, appJar);
                Target bot = launch("bot", command, Map.of("SLACK_BOT_TOKEN", "xoxb-bench", "SLACK_SIGNING_SECRET", SECRET,
                        "SLACK_API_URL", slackUrl, "PORT", String.valueOf(port), "HOST", "127.0.0.1",
                        "DATABASE_URL", "jdbc:sqlite:" + work.resolve("bench.db"), "PROMPTS_DIR", prompts.toString(), "LOG_LEVEL", "WARN"),
                        port, work.resolve("bot.log"));
                millis[i] = bot.startToFirstAckMillis();
                // CPU the JVM had used by then (all threads): less at the mercy of other work on the machine
                cpu[i] = bot.cpuMillis();
                bot.process().destroy();
                bot.process().waitFor(15, TimeUnit.SECONDS);
                int floorPort = LoopbackSlack.freePort();
                List<String> floorCommand = new ArrayList<>(List.of(java()));
                floorCommand.addAll(jvm);
                floorCommand.addAll(List.of("-cp", benchClasspath, FloorServer.class.getName(), String.valueOf(floorPort), SECRET));
                Target floor = launch("floor", floorCommand, Map.of(), floorPort, work.resolve("floor.log"));
                floorMillis[i] = floor.startToFirstAckMillis();
                floorCpu[i] = floor.cpuMillis();
                floor.process().destroy();
                floor.process().waitFor(15, TimeUnit.SECONDS);
                System.err.printf(Locale.ROOT, "start %d: bot %d ms (%.0f ms CPU), floor %.0f ms (%.0f ms CPU)%n",
                        i + 1, bot.startToFirstAckMillis(), cpu[i], floorMillis[i], floorCpu[i]);
            }
        } finally {
            slack.stop(0);
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double[] floorSorted = floorMillis.clone();
        Arrays.sort(floorSorted);
        System.out.printf(Locale.ROOT, "%n## JVM start to first acknowledgement, median of %d, alternating (JVM %s%s)%n%n",
                starts, String.join(" ", jvm), (extra.isEmpty() ? "" : "; bot also " + extra)
                        + (jvmOptions(appJar).isEmpty() ? "" : "; bot also with the project's jvm.options, as the README runs it"));
        System.out.println("| | median | min | max | CPU used by then (median) |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| full bot | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n", median(millis), sorted[0], sorted[sorted.length - 1], median(cpu));
        System.out.printf(Locale.ROOT, "| floor | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n",
                median(floorMillis), floorSorted[0], floorSorted[floorSorted.length - 1], median(floorCpu));
    }

    private Target launch(String name, List<String> command, Map<String, String> env, int port, Path log) throws Exception {
        // in the project directory, as the README's command runs: the archive named in jvm.options is relative to it
        ProcessBuilder pb = new ProcessBuilder(command).directory(projectDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        URI events = URI.create("http://127.0.0.1:" + port + "/slack/events");
        long start = System.nanoTime();
        Process process = pb.start();
        long deadline = start + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited at start; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(command(events), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return new Target(name, process, events, Duration.ofNanos(System.nanoTime() - start).toMillis());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not acknowledge within 60 s; see " + log);
    }

    /** As many requests as {@code connections} synchronous clients can push through in {@code length}. */
    private Phase closedLoop(Target t, int connections, Duration length) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong peak = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(connections);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread w = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> r = http.send(command(t.events()), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            done.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            failed(t, "HTTP " + r.statusCode());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        failed(t, e.toString());
                    }
                }
                finished.countDown();
            }, "closed-loop-" + i);
            w.setDaemon(true);
            workers.add(w);
        }
        long cpuBefore = t.cpuMillis();
        long loadCpuBefore = ownCpuMillis();
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        long end = start + length.toNanos();
        while (System.nanoTime() < end) {
            peak.accumulateAndGet(t.rssKb(), Math::max);
            Thread.sleep(200);
        }
        stop.set(true);
        long elapsed = System.nanoTime() - start;
        finished.await(30, TimeUnit.SECONDS);
        double cpuPerRequest = (t.cpuMillis() - cpuBefore) / (double) Math.max(1, done.get());
        double loadCpuPerRequest = (ownCpuMillis() - loadCpuBefore) / (double) Math.max(1, done.get());
        return new Phase(done.get() / (elapsed / 1e9), new long[0], errors.get(), peak.get(), cpuPerRequest, loadCpuPerRequest);
    }

    /** A fixed arrival rate; latency counts from when each request was due, so a stall is not hidden. */
    private Phase openLoop(Target t, int rate, Duration length) throws Exception {
        int total = (int) (rate * length.toSeconds());
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong peak = new AtomicLong();
        CountDownLatch answered = new CountDownLatch(total);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(daemon("ticks"));
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            ticks.schedule(() -> {
                http.sendAsync(command(t.events()), HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                    if (e != null || r.statusCode() != 200) {
                        errors.incrementAndGet();
                        failed(t, e != null ? e.toString() : "HTTP " + r.statusCode());
                    } else {
                        latencies.add(System.nanoTime() - due);
                    }
                    answered.countDown();
                });
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        while (!answered.await(200, TimeUnit.MILLISECONDS)) {
            peak.accumulateAndGet(t.rssKb(), Math::max);
            if (System.nanoTime() - start > length.toNanos() + Duration.ofSeconds(60).toNanos()) {
                break;
            }
        }
        ticks.shutdownNow();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double achieved = sorted.length / ((System.nanoTime() - start) / 1e9);
        return new Phase(achieved, sorted, errors.get(), peak.get(), Double.NaN, Double.NaN);
    }

    /** Says why a request failed (the first few of a run), so a failure in the table can be told from the client's own. */
    private void failed(Target t, String why) {
        if (failuresShown.incrementAndGet() <= 10) {
            System.err.println(t.name() + ": request failed: " + why);
        }
    }

    /** A signed /coach slash command with a real situation, a fresh trigger id and a user under the rate limit. */
    private HttpRequest command(URI events) {
        long n = sequence.incrementAndGet();
        // a different text every time, as reps type: the classifier's cache of recent answers does not help
        return SignedCommands.request(events, n, Situations.TEXTS[(int) (n % Situations.TEXTS.length)] + " (deal " + n + ")",
                Duration.ofSeconds(10));
    }

    private static void print(Target bot, Target floor, List<Phase> botT, List<Phase> floorT, List<Phase> botL, List<Phase> floorL,
                              int rate, int connections, int rounds, int seconds, List<String> jvm) {
        double botRps = median(botT.stream().mapToDouble(Phase::throughput).toArray());
        double floorRps = median(floorT.stream().mapToDouble(Phase::throughput).toArray());
        long[] botLat = merge(botL);
        long[] floorLat = merge(floorL);
        long botRss = max(botT, botL);
        long floorRss = max(floorT, floorL);
        System.out.printf(Locale.ROOT, "%n## Loopback load: full bot vs bare floor (%d cores, %d rounds alternating, JVM %s)%n%n",
                Runtime.getRuntime().availableProcessors(), rounds, String.join(" ", jvm));
        System.out.println("| measure | full bot | floor (signature + form + constant) | target |");
        System.out.println("|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| JVM start to first acknowledgement | %d ms | %d ms | < 2000 ms |%n", bot.startToFirstAckMillis(), floor.startToFirstAckMillis());
        System.out.printf(Locale.ROOT, "| throughput, %d connections, median of %d × %d s | %.0f req/s | %.0f req/s | |%n", connections, rounds, seconds, botRps, floorRps);
        System.out.printf(Locale.ROOT, "| bot throughput as share of the floor | **%.0f%%** | 100%% | ≥ 60%% |%n", 100 * botRps / floorRps);
        System.out.printf(Locale.ROOT, "| server CPU per request (closed loop) | %.2f ms | %.2f ms | |%n",
                median(botT.stream().mapToDouble(Phase::cpuMillisPerRequest).toArray()),
                median(floorT.stream().mapToDouble(Phase::cpuMillisPerRequest).toArray()));
        System.out.printf(Locale.ROOT, "| load generator's CPU per request (this process: clients and fake Slack) | %.2f ms | %.2f ms | |%n",
                median(botT.stream().mapToDouble(Phase::loadCpuMillisPerRequest).toArray()),
                median(floorT.stream().mapToDouble(Phase::loadCpuMillisPerRequest).toArray()));
        System.out.printf(Locale.ROOT, "| ack latency p50 at %d req/s | %.1f ms | %.1f ms | |%n", rate, pct(botLat, 50), pct(floorLat, 50));
        System.out.printf(Locale.ROOT, "| ack latency p99 at %d req/s | %.1f ms | %.1f ms | < 50 ms |%n", rate, pct(botLat, 99), pct(floorLat, 99));
        System.out.printf(Locale.ROOT, "| ack latency max at %d req/s | %.1f ms | %.1f ms | |%n", rate, pct(botLat, 100), pct(floorLat, 100));
        System.out.printf(Locale.ROOT, "| peak resident memory (VmRSS) under load | %d MB | %d MB | < 300 MB |%n", botRss / 1024, floorRss / 1024);
        System.out.printf(Locale.ROOT, "| failed requests | %d | %d | 0 |%n",
                botT.stream().mapToLong(Phase::errors).sum() + botL.stream().mapToLong(Phase::errors).sum(),
                floorT.stream().mapToLong(Phase::errors).sum() + floorL.stream().mapToLong(Phase::errors).sum());
        System.out.printf(Locale.ROOT, "%nPer round, req/s: bot %s; floor %s%n", rates(botT), rates(floorT));
    }

    private static String rates(List<Phase> phases) {
        return phases.stream().map(p -> String.format(Locale.ROOT, "%.0f", p.throughput())).toList().toString();
    }

    private static long max(List<Phase> a, List<Phase> b) {
        return Math.max(a.stream().mapToLong(Phase::peakRssKb).max().orElse(-1), b.stream().mapToLong(Phase::peakRssKb).max().orElse(-1));
    }

    private static long[] merge(List<Phase> phases) {
        return phases.stream().flatMapToLong(p -> Arrays.stream(p.latenciesNanos())).sorted().toArray();
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Answers every Web API call with ok:true, as Slack would for auth.test and chat calls. */
    static HttpServer fakeSlack() throws IOException {
        return LoopbackSlack.webApi("bench", Executors.newFixedThreadPool(2, daemon("fake-slack")));
    }

    /** CPU time this process (the load generator and the fake Slack) has used so far, in milliseconds. */
    private static long ownCpuMillis() {
        return cpuMillis(Path.of("/proc/self/stat"));
    }

    /** User + system CPU time of the process whose {@code /proc/<pid>/stat} this is, in milliseconds (-1 if unreadable). */
    static long cpuMillis(Path procStat) {
        try {
            String stat = Files.readString(procStat);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The bot's command line as the README runs it: {@code jvm} (the options both servers share), then the project's
     * {@code jvm.options} file, then BENCH_BOT_JVM_EXTRA (last, so it can override; e.g. a JFR recording of the bot
     * alone: -XX:StartFlightRecording=filename=bot.jfr), then the jar's {@code serve}. Start it in {@link #projectDir}.
     */
    static List<String> botCommand(List<String> jvm, Path appJar) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvm);
        command.addAll(jvmOptions(appJar));
        String extra = System.getenv().getOrDefault("BENCH_BOT_JVM_EXTRA", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", appJar.toAbsolutePath().toString(), "serve"));
        return command;
    }

    /**
     * The client lets a pooled connection go after 5 s idle, before the servers do (the bot closes idle connections
     * after 10 s): otherwise a connection left idle while the other server is measured can be reused just as the
     * server closes it, and the request fails with "header parser received no bytes" without reaching the server.
     * Call before the first HttpClient is built.
     */
    static void closeIdleConnectionsFirst() {
        System.setProperty("jdk.httpclient.keepalive.timeout", "5");
    }

    /** A class path with every entry made absolute. */
    static String absolute(String classpath) {
        return java.util.Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** The project directory of the jar (its target/ folder's parent): where the README's run command runs. */
    static Path projectDir(Path appJar) {
        return appJar.toAbsolutePath().getParent().getParent();
    }

    /** The project's JVM options file as a java argument file, when there is one. */
    static List<String> jvmOptions(Path appJar) {
        Path options = projectDir(appJar).resolve("jvm.options");
        return Files.isRegularFile(options) ? List.of("@" + options) : List.of();
    }

    /** The java launcher of the JVM running the benchmark, so every server runs on the same JDK. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int env(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
