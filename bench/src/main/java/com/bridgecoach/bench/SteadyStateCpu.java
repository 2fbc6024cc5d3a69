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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Server CPU per request once the JIT has settled, split by thread: the figure to watch when changing the request
 * path. {@link BenchRun}'s short phases on a busy two-core machine still include compilation; this sends a fixed
 * number of signed {@code /coach} commands per round, many rounds, and reads each thread's CPU time from
 * {@code /proc}, so the load generator's own CPU and the machine's other work do not enter the figure.
 *
 * <p>Usage: SteadyStateCpu APP_JAR BENCH_CLASSPATH PROMPTS_DIR [bot|floor] [ROUNDS] [PER_ROUND] [CONNECTIONS]
 * (defaults: bot, 12, 4000, 4). Each round also prints the server's context switches per request. Extra JVM
 * options for the server: env BENCH_BOT_JVM_EXTRA, as for BenchRun. With BENCH_REPEAT_TEXTS=1 the situations are
 * sent unchanged (trigger ids stay unique), so the classifier answers from its cache and the figure is the cost of
 * everything on the path but diagnosis.
 */
public final class SteadyStateCpu {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "client");
                t.setDaemon(true);
                return t;
            })).build();
    private final AtomicLong sequence = new AtomicLong();
    /** The twelve situations as they are, so the classifier's cache answers: what the rest of the path costs. */
    private final boolean repeatTexts = "1".equals(System.getenv("BENCH_REPEAT_TEXTS"));

    public static void main(String[] args) throws Exception {
        BenchRun.closeIdleConnectionsFirst();
        String which = args.length > 3 ? args[3] : "bot";
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 12;
        int perRound = args.length > 5 ? Integer.parseInt(args[5]) : 4000;
        int connections = args.length > 6 ? Integer.parseInt(args[6]) : 4;
        // absolute: the bot starts in the project directory, not in this one
        new SteadyStateCpu().run(Path.of(args[0]).toAbsolutePath(), BenchRun.absolute(args[1]), Path.of(args[2]).toAbsolutePath(), which, rounds, perRound, connections);
    }

    void run(Path appJar, String benchClasspath, Path prompts, String which, int rounds, int perRound, int connections) throws Exception {
        Path work = Files.createTempDirectory("bridge-steady");
        HttpServer slack = BenchRun.fakeSlack();
        int port = LoopbackSlack.freePort();
        List<String> command = new ArrayList<>(List.of(BenchRun.java()));
        command.addAll(List.of(System.getenv().getOrDefault("BENCH_JVM_OPTS", "-XX:+UseSerialGC -Xmx256m").split("\\s+")));
        ProcessBuilder pb;
        if (which.equals("floor")) {
            command.addAll(List.of("-cp", benchClasspath, FloorServer.class.getName(), String.valueOf(port), BenchRun.SECRET));
            pb = new ProcessBuilder(command);
        } else {
            pb = new ProcessBuilder(BenchRun.botCommand(command.subList(1, command.size()), appJar)).directory(BenchRun.projectDir(appJar).toFile());
            pb.environment().putAll(Map.of("SLACK_BOT_TOKEN", "xoxb-bench", "SLACK_SIGNING_SECRET", BenchRun.SECRET,
                    "SLACK_API_URL", "http://127.0.0.1:" + slack.getAddress().getPort() + "/api/", "PORT", String.valueOf(port),
                    "HOST", "127.0.0.1", "DATABASE_URL", "jdbc:sqlite:" + work.resolve("bench.db"), "PROMPTS_DIR", prompts.toString(),
                    "LOG_LEVEL", "WARN"));
        }
        Process server = pb.redirectErrorStream(true).redirectOutput(work.resolve(which + ".log").toFile()).start();
        try {
            URI events = URI.create("http://127.0.0.1:" + port + "/slack/events");
            awaitFirstAck(server, events);
            List<Double> perRequest = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                Map<String, Long> before = threadCpu(server);
                long switchesBefore = contextSwitches(server);
                long start = System.nanoTime();
                long errors = drive(events, perRound, connections);
                double seconds = (System.nanoTime() - start) / 1e9;
                Map<String, Long> after = threadCpu(server);
                double switches = (contextSwitches(server) - switchesBefore) / (double) perRound;
                StringBuilder threads = new StringBuilder();
                long total = 0;
                for (Map.Entry<String, Long> e : after.entrySet()) {
                    long used = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                    total += used;
                    if (used > 0) {
                        threads.append(String.format(Locale.ROOT, " %s=%.3f", e.getKey(), used / (double) perRound));
                    }
                }
                perRequest.add(total / (double) perRound);
                System.out.printf(Locale.ROOT, "%s round %d: %.3f ms CPU per request, %.1f context switches per request, %.0f req/s, %d failed |%s%n",
                        which, round, total / (double) perRound, switches, perRound / seconds, errors, threads);
            }
            List<Double> settled = new ArrayList<>(perRequest.subList(rounds / 2, rounds));
            Collections.sort(settled);
            System.out.printf(Locale.ROOT, "%s: median %.3f ms CPU per request over the last %d rounds (min %.3f)%n",
                    which, settled.get(settled.size() / 2), settled.size(), settled.get(0));
        } finally {
            server.destroy();
            server.waitFor(15, TimeUnit.SECONDS);
            slack.stop(0);
        }
    }

    private void awaitFirstAck(Process server, URI events) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited at start");
            }
            try {
                if (http.send(command(events), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the server did not acknowledge within 60 s");
    }

    /** Sends {@code count} commands over {@code connections} synchronous clients; returns how many failed. */
    private long drive(URI events, int count, int connections) throws InterruptedException {
        AtomicLong left = new AtomicLong(count);
        AtomicLong errors = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread t = new Thread(() -> {
                while (left.decrementAndGet() >= 0) {
                    try {
                        if (http.send(command(events), HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                }
            }, "steady-" + i);
            t.start();
            clients.add(t);
        }
        for (Thread t : clients) {
            t.join();
        }
        return errors.get();
    }

    /** CPU milliseconds used so far by each kind of thread (numbers in names folded, so pools add up). */
    private static Map<String, Long> threadCpu(Process server) throws IOException {
        Map<String, Long> cpu = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + server.pid() + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#").replaceAll("-#.*", "");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    cpu.merge(name.strip(), (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10, Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between listing and reading
                }
            }
        }
        return cpu;
    }

    /**
     * Context switches of the server's threads so far, voluntary and not (a thread that ended is no longer
     * counted, so pools that retire threads under-count a little): how often a request hands work between threads.
     */
    private static long contextSwitches(Process server) throws IOException {
        long switches = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + server.pid() + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                            switches += Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                        }
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between listing and reading
                }
            }
        }
        return switches;
    }

    /** A signed /coach command as BenchRun sends it: a real situation made unique, a fresh trigger id. */
    private HttpRequest command(URI events) {
        long n = sequence.incrementAndGet();
        String situation = Situations.TEXTS[(int) (n % Situations.TEXTS.length)];
        return SignedCommands.request(events, n, repeatTexts ? situation : situation + " (deal " + n + ")", Duration.ofSeconds(30));
    }
}
