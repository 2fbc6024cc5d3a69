package com.bridgecoach;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Records the class data sharing archive at build time ({@code package}): runs the packaged jar once with
 * {@code -XX:ArchiveClassesAtExit}, serving signed {@code /coach} commands from loopback against a fake Slack Web
 * API and a temporary SQLite store, then stops it with SIGTERM so that the JVM writes every class it loaded. The
 * archive is checked with {@code -Xshare:on} before it replaces anything; a run that fails leaves no archive, says
 * so in one line and never fails the build (the jar starts without it, only more slowly).
 *
 * <p>Usage: ClassArchiveTraining JAR ARCHIVE WORKING_DIR. The JVM's output goes to ARCHIVE with ".log" appended.
 */
public final class ClassArchiveTraining {
    private static final String SECRET = "class-archive-training";
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final List<String> TEXTS = List.of(
            "The CIO says they have no bandwidth for another integration until after the Epic upgrade goes live",
            "translate Single sign-on from inside Epic cuts login time by 40%",
            "Our CMO champion loves it but IT wants a forty-item security review before they'll even talk",
            "check cio Physicians finish documentation 20 minutes sooner per shift",
            "help",
            "Their analysts are buried in go-live support tickets and nobody can build the HL7 interface");

    private final Path jar;
    private final Path archive;
    private final Path workingDir;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    ClassArchiveTraining(Path jar, Path archive, Path workingDir) {
        this.jar = jar.toAbsolutePath();
        this.archive = archive.toAbsolutePath();
        this.workingDir = workingDir.toAbsolutePath();
        this.log = Path.of(this.archive + ".log");
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: ClassArchiveTraining JAR ARCHIVE WORKING_DIR");
            return;
        }
        ClassArchiveTraining training = new ClassArchiveTraining(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        try {
            training.record();
        } catch (Exception | LinkageError e) {
            training.discard();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            System.out.println("[WARNING] No class data sharing archive (" + e.getMessage() + "; see " + training.log
                    + "): bridge-coach runs without it, only slower to start.");
        }
    }

    /** Writes the archive, or throws saying why not; an archive from an earlier jar is removed either way. */
    void record() throws Exception {
        Path partial = Path.of(archive + ".partial");
        Files.deleteIfExists(archive);
        Files.deleteIfExists(partial);
        Path store = Files.createTempDirectory("bridge-coach-cds");
        ExecutorService slackThreads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fake-slack");
            t.setDaemon(true);
            return t;
        });
        HttpServer slack = LoopbackSlack.webApi("training", slackThreads);
        Process bot = null;
        try {
            int port = LoopbackSlack.freePort();
            String slackBase = "http://127.0.0.1:" + slack.getAddress().getPort();
            ProcessBuilder pb = new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + partial, "-jar", jar.toString(), "serve")
                    .directory(workingDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.remove("SLACK_APP_TOKEN");
            env.putAll(Map.of("SLACK_BOT_TOKEN", "xoxb-class-archive-training", "SLACK_SIGNING_SECRET", SECRET,
                    "SLACK_API_URL", slackBase + "/api/", "PORT", String.valueOf(port), "HOST", "127.0.0.1",
                    "DATABASE_URL", "jdbc:sqlite:" + store.resolve("training.db")));
            bot = pb.start();
            URI events = URI.create("http://127.0.0.1:" + port + "/slack/events");
            awaitFirstAck(bot, events, slackBase);
            for (int i = 0; i < TEXTS.size(); i++) {
                send(events, i + 1, TEXTS.get(i), slackBase);
            }
            // the work queued after the acknowledgements finishes during the orderly shutdown, before the archive is written
            bot.destroy();
            if (!bot.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the training run did not stop within 60 s of SIGTERM");
            }
            if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
                throw new IllegalStateException("the JVM wrote no archive (exit code " + bot.exitValue() + ")");
            }
            check(partial);
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (bot != null && bot.isAlive()) {
                bot.destroyForcibly();
                bot.waitFor(10, TimeUnit.SECONDS);
            }
            slack.stop(0);
            slackThreads.shutdownNow();
            Files.deleteIfExists(partial);
            deleteTree(store);
        }
    }

    /** The JVM refuses to start with {@code -Xshare:on} unless it can map the archive for this jar. */
    private void check(Path candidate) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java(), "-Xshare:on", "-XX:SharedArchiveFile=" + candidate, "-jar", jar.toString(), "--version")
                .directory(workingDir.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("checking the archive took over 60 s");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("the JVM would not use the archive it wrote");
        }
    }

    private void awaitFirstAck(Process bot, URI events, String slackBase) throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!bot.isAlive()) {
                throw new IllegalStateException("the training run exited at start (code " + bot.exitValue() + ")");
            }
            try {
                if (send(events, 0, TEXTS.get(0), slackBase) == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the training run did not acknowledge a command within " + START_LIMIT.toSeconds() + " s");
    }

    /** A /coach command signed as Slack signs it (v0); returns the HTTP status. */
    private int send(URI events, int n, String text, String slackBase) throws IOException, InterruptedException {
        String body = "token=training&team_id=T0TRAINING&team_domain=training&channel_id=C0TRAINING&channel_name=training"
                + "&user_id=U0TRAIN" + n + "&user_name=rep" + n + "&command=%2Fcoach&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&api_app_id=A0TRAIN&is_enterprise_install=false"
                + "&response_url=" + URLEncoder.encode(slackBase + "/hooks/" + n, StandardCharsets.UTF_8)
                + "&trigger_id=" + n + ".training." + Long.toHexString(System.nanoTime());
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", LoopbackSlack.signature(SECRET, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void discard() {
        try {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(Path.of(archive + ".partial"));
        } catch (IOException ignored) {
            // nothing more to do: the JVM ignores an archive it cannot use
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
