package com.bridgecoach;

import com.bridgecoach.cli.Dependencies;
import com.bridgecoach.coach.Coach;
import com.bridgecoach.coach.DataRetention;
import com.bridgecoach.coach.DiagnosisJournal;
import com.bridgecoach.coach.KeptRecords;
import com.bridgecoach.deals.DealDesk;
import com.bridgecoach.deals.HomeTab;
import com.bridgecoach.deals.PracticeHistory;
import com.bridgecoach.slack.Pause;
import com.bridgecoach.slack.TeamFeatures;
import com.bridgecoach.store.JdbcDealPlans;
import com.bridgecoach.store.JdbcSharedRecommendations;
import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.diagnosis.ModelOrigin;
import com.bridgecoach.diagnosis.PatternClassifier;
import com.bridgecoach.http.PendingHandler;
import com.bridgecoach.interview.InterviewStateCodec;
import com.bridgecoach.slack.SlackClients;
import com.bridgecoach.slack.SlackCoachApp;
import com.bridgecoach.slack.SlackEventsEndpoint;
import com.bridgecoach.slack.SlackSettings;
import com.bridgecoach.slack.SocketModeRunner;
import com.bridgecoach.store.Database;
import com.bridgecoach.store.JdbcDiagnosisJournal;
import com.bridgecoach.translation.AudienceTranslator;
import com.bridgecoach.translation.DraftChecker;
import com.bridgecoach.web.WebServer;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the object graph with constructors, each piece only when a command
 * needs it, and closes what it opened.
 */
public final class Application implements Dependencies, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Application.class);
    /** How long a request that arrives during start-up waits for the bot before it is told 503 (Slack allows 3 s). */
    static final Duration STARTING_PATIENCE = Duration.ofMillis(2500);

    private final Settings settings;
    private final Clock clock;
    private final Ticker ticker;
    private final List<AutoCloseable> opened = new CopyOnWriteArrayList<>();
    // content, classifier and store each have their own lock, so start-up can build them side by side
    private final Object contentLock = new Object();
    private final Object classifierLock = new Object();
    private final Object databaseLock = new Object();
    private final Object slackClientsLock = new Object();
    private Content content;
    private PatternClassifier classifier;
    private Database database;
    private SlackClients slackClients;
    private ExecutorService afterAck;
    private ScheduledExecutorService retentionTimer;
    private Pause pause = Pause.real();
    private Duration httpIdleTimeout;
    private WebServer server;
    private ScheduledExecutorService owedTimer;
    private Duration owedEvery = Duration.ofSeconds(30);

    public Application(Settings settings, Clock clock, Ticker ticker) {
        this.settings = settings;
        this.clock = clock;
        this.ticker = ticker;
    }

    /** Tests replace the wait before a rate-limited retry, so they never sleep. */
    public synchronized Application withPause(Pause pause) {
        this.pause = pause;
        return this;
    }

    /** How often practice posts Slack would not take are tried again (tests make it often). */
    public synchronized Application withOwedPostsEvery(Duration every) {
        this.owedEvery = every;
        return this;
    }

    /** Tests shorten how long a silent client may hold a connection. */
    public synchronized Application withHttpIdleTimeout(Duration timeout) {
        this.httpIdleTimeout = timeout;
        return this;
    }

    @Override
    public ContentSource contentSource() {
        if (settings.promptsDir() != null) {
            return ContentSource.folder(Path.of(settings.promptsDir()));
        }
        Path local = Path.of("prompts");
        return Files.isDirectory(local) ? ContentSource.folder(local) : ContentSource.classpath("prompts");
    }

    public Content content() {
        synchronized (contentLock) {
            if (content == null) {
                content = new ContentLoader().load(contentSource());
            }
            return content;
        }
    }

    @Override
    public PatternClassifier classifier() {
        synchronized (classifierLock) {
            if (classifier == null) {
                classifier = PatternClassifier.forContent(content());
                logModelOrigin(classifier.modelOrigin());
            }
            return classifier;
        }
    }

    /**
     * Starts loading the content and the classifier on a background thread, so that the load overlaps with
     * parsing the command line; whoever asks for them afterwards waits for this load rather than starting
     * another. Nothing is created or opened: a command that turns out not to need them loses only the work, and
     * a failure is reported to whoever asks next, by loading again.
     */
    public void preload() {
        Thread loader = new Thread(() -> {
            try {
                classifier();
            } catch (RuntimeException e) {
                // reported when a command asks for the content
            }
        }, "preload");
        loader.setDaemon(true);
        loader.start();
    }

    private static void logModelOrigin(ModelOrigin origin) {
        if (origin.fault()) {
            log.warn(origin.description());
        } else if (origin == ModelOrigin.BUNDLED) {
            log.debug(origin.description());
        } else {
            log.info(origin.description());
        }
    }

    /** The terminal coach keeps nothing: a rep's notes stay on their screen. */
    @Override
    public Coach coach() {
        return new Coach(content(), classifier(), DiagnosisJournal.none(), clock);
    }

    @Override
    public AudienceTranslator translator() {
        return new AudienceTranslator(content().translation());
    }

    @Override
    public DraftChecker draftChecker() {
        return new DraftChecker(content().translation().lexicon());
    }

    @Override
    public com.bridgecoach.content.PracticeContent practice() {
        return content().practice();
    }

    @Override
    public boolean hasSlackCredentials() {
        return settings.hasHttpCredentials();
    }

    Database database() {
        synchronized (databaseLock) {
            if (database == null) {
                database = Database.open(settings.databaseUrl());
                opened.add(database);
            }
            return database;
        }
    }

    /** The Slack clients and the Bolt app need only the settings: start-up builds them while the content loads. */
    private SlackClients slackClients(Pause retryPause) {
        synchronized (slackClientsLock) {
            if (slackClients == null) {
                slackClients = new SlackClients(
                        new SlackSettings(settings.botToken(), settings.signingSecret(), settings.appToken(), settings.slackApiUrl()), retryPause, clock);
            }
            return slackClients;
        }
    }

    private synchronized SlackCoachApp slackApp() {
        if (afterAck == null) {
            afterAck = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "after-ack");
                t.setDaemon(true);
                return t;
            });
        }
        // interview state in buttons is sealed with a key derived from a secret every replica shares
        // (Socket Mode may run without a signing secret; the bot token is shared just as well)
        String sealSecret = settings.signingSecret() != null ? settings.signingSecret() : settings.botToken();
        JdbcDiagnosisJournal journal = new JdbcDiagnosisJournal(database());
        Coach coach = new Coach(content(), classifier(), journal, new com.bridgecoach.store.JdbcPracticeSessions(database()), clock,
                sealSecret == null ? InterviewStateCodec.local() : InterviewStateCodec.forSecret(sealSecret));
        JdbcSharedRecommendations shares = new JdbcSharedRecommendations(database());
        JdbcDealPlans plans = new JdbcDealPlans(database());
        TeamFeatures team = new TeamFeatures(
                new DealDesk(plans, shares, content(), clock),
                new HomeTab(content(), journal, shares, new com.bridgecoach.store.JdbcPracticeSessions(database())),
                retention(),
                clock,
                pause);
        startRetention();
        SlackCoachApp app = new SlackCoachApp(slackClients(pause), coach, content().messages(), ticker, afterAck, content().deals(), team,
                new com.bridgecoach.store.JdbcDeliveryLedger(database(), clock));
        startOwedPosts(app);
        return app;
    }

    /** Tries the practice posts Slack would not take every {@link #owedEvery}, for as long as the application runs. */
    private synchronized void startOwedPosts(SlackCoachApp slack) {
        if (owedTimer != null) {
            return;
        }
        owedTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "owed-posts");
            t.setDaemon(true);
            return t;
        });
        owedTimer.scheduleWithFixedDelay(slack::deliverOwed, owedEvery.toMillis(), owedEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every place that keeps records about reps; each store of rep data is listed here. */
    synchronized DataRetention retention() {
        List<KeptRecords> places = List.of(
                new JdbcDiagnosisJournal(database()), new JdbcSharedRecommendations(database()), new JdbcDealPlans(database()),
                new com.bridgecoach.store.JdbcPracticeSessions(database()));
        return new DataRetention(places, Duration.ofDays(settings.retentionDays()), clock);
    }

    /** Purges records past retention now, then once a day, for as long as the application runs. */
    private synchronized void startRetention() {
        if (retentionTimer != null) {
            return;
        }
        DataRetention retention = retention();
        retentionTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention");
            t.setDaemon(true);
            return t;
        });
        retentionTimer.scheduleAtFixedRate(() -> {
            try {
                int purged = retention.purge();
                log.info("retention: removed {} records older than {} days", purged, settings.retentionDays());
            } catch (RuntimeException e) {
                log.warn("retention purge failed: {}", e.getMessage());
            }
        }, 0, 1, TimeUnit.DAYS);
    }

    /**
     * Starts the HTTP server and returns it running, once the bot can answer; the caller decides how long it
     * lives. Start-up work that does not depend on each other runs side by side: content and classifier, the
     * store, the Slack clients (then the bot token's check), and the HTTP server. The server listens early; a request that arrives before the bot can answer
     * waits for it ({@link PendingHandler}), and /ready says 503 until content and store are ready.
     */
    public WebServer startHttp() {
        if (!settings.hasHttpCredentials()) {
            throw new IllegalArgumentException("serve needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET in the environment");
        }
        Pause retryPause;
        synchronized (this) {
            retryPause = pause;
        }
        ExecutorService starting = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "start-up");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<PatternClassifier> diagnosis = CompletableFuture.supplyAsync(this::classifier, starting);
            CompletableFuture<Database> store = CompletableFuture.supplyAsync(this::database, starting);
            CompletableFuture<SlackClients> clients = CompletableFuture.supplyAsync(() -> slackClients(retryPause), starting);
            // auth.test now, not inside the first request; it does not hold up readiness
            clients.thenAcceptAsync(SlackClients::warmUp, starting);
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            CompletableFuture<SlackEventsEndpoint> endpoint = diagnosis.thenCombine(store, (c, d) -> d).thenCombine(clients, (d, built) -> {
                SlackCoachApp slack = slackApp();
                return new SlackEventsEndpoint(slack, metrics);
            });
            WebServer server = new WebServer(new PendingHandler(endpoint, STARTING_PATIENCE),
                    () -> endpoint.isDone() && !endpoint.isCompletedExceptionally() && database().answers(), metrics::scrape);
            if (httpIdleTimeout != null) {
                server.idleTimeout(httpIdleTimeout);
            }
            try {
                server.start(settings.host(), settings.port());
            } catch (RuntimeException e) {
                CompletableFuture.allOf(diagnosis, store, clients).exceptionally(ignored -> null).join();
                throw e;
            }
            synchronized (this) {
                this.server = server;
            }
            ready(endpoint, diagnosis, store, clients);
            log.info("Bridge Coach is listening on port {} (POST /slack/events)", server.port());
            return server;
        } finally {
            starting.shutdown();
        }
    }

    /**
     * Waits for start-up to finish. If it failed, lets the rest of start-up settle, closes what was opened and
     * throws what went wrong.
     */
    private void ready(CompletableFuture<?> started, CompletableFuture<?>... parts) {
        try {
            started.join();
        } catch (CompletionException e) {
            CompletableFuture.allOf(parts).exceptionally(ignored -> null).join();
            close();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public int serve() {
        startHttp();
        return blockUntilShutdown();
    }

    @Override
    public int socket() {
        startSocket();
        return blockUntilShutdown();
    }

    /** Connects to Slack over Socket Mode and returns; the connection is kept up until {@link #close()}. */
    public SocketModeRunner startSocket() {
        SocketModeRunner runner = new SocketModeRunner(slackApp(), settings.appToken(), pause);
        opened.add(0, runner);
        try {
            log.info("Bridge Coach is connecting to Slack over Socket Mode");
            runner.run();
        } catch (Exception e) {
            throw new IllegalStateException("Socket Mode stopped: " + e.getMessage(), e);
        }
        return runner;
    }

    private int blockUntilShutdown() {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * Stops in order: no new requests, the requests in flight answered, the work queued after acknowledgements
     * (replies to Slack, store writes) finished, and only then the store closed.
     */
    @Override
    public synchronized void close() {
        if (server != null) {
            log.info("shutdown=stopping");
            server.close();
            server = null;
        }
        if (retentionTimer != null) {
            retentionTimer.shutdownNow();
        }
        if (owedTimer != null) {
            // a delivery under way finishes, so its claim is not left to expire
            owedTimer.shutdown();
            try {
                owedTimer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (afterAck != null) {
            afterAck.shutdown();
            try {
                if (!afterAck.awaitTermination(10, TimeUnit.SECONDS)) {
                    log.warn("shutdown=after_ack_timeout unfinished work is dropped");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (AutoCloseable c : opened) {
            try {
                c.close();
            } catch (Exception e) {
                log.warn("error while closing: {}", e.getMessage());
            }
        }
        opened.clear();
    }
}
