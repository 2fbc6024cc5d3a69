package com.bridgecoach.slack;

import com.bridgecoach.coach.Coach;
import com.bridgecoach.coach.CoachCommand;
import com.bridgecoach.coach.PracticeStart;
import com.bridgecoach.coach.CoachRequest;
import com.bridgecoach.coach.Reply;
import com.bridgecoach.content.Messages;
import com.bridgecoach.content.Notice;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.webhook.WebhookResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Bolt app: one handler per Slack surface, each acknowledging at once and coaching through {@link Coach}. */
public final class SlackCoachApp {
    private static final Logger log = LoggerFactory.getLogger(SlackCoachApp.class);

    private final App app;
    private final Coach coach;
    private final Messages messages;
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final RedeliveryGuard redeliveries;
    private final UserRateLimiter limiter;
    private final ExecutorService afterAck;
    private final PracticeThreads practice;
    private static final java.util.regex.Pattern EVENT_ID = java.util.regex.Pattern.compile("\"event_id\"\\s*:\\s*\"([^\"]+)\"");

    public SlackCoachApp(SlackSettings settings, Coach coach, Messages messages, Ticker ticker, ExecutorService afterAck) {
        this.coach = coach;
        this.messages = messages;
        this.afterAck = afterAck;
        this.redeliveries = new RedeliveryGuard(ticker, Duration.ofMinutes(10));
        this.limiter = new UserRateLimiter(ticker, 30, Duration.ofMinutes(1));
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl());
        slackConfig.setPrettyResponseLoggingEnabled(false);
        AppConfig config = AppConfig.builder()
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                .slack(Slack.getInstance(slackConfig))
                .build();
        this.app = new App(config);
        app.command(SlackIds.COMMAND, this::onCommand);
        app.blockAction(SlackIds.ANSWER, this::onAnswer);
        this.practice = new PracticeThreads(coach, messages, renderer);
        app.use((req, resp, chain) -> {
            // A retry of an event this replica already took is acknowledged without running the handler again.
            if (req.getRequestType() == RequestType.Event && req.getHeaders().getFirstValue("X-Slack-Retry-Num") != null) {
                java.util.regex.Matcher id = EVENT_ID.matcher(((EventRequest) req).getRequestBodyAsString());
                if (id.find() && redeliveries.remembers("event:" + id.group(1))) {
                    return Response.ok();
                }
            }
            return chain.next(req);
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            if (e.getBotId() == null && redeliveries.firstTime("event:" + payload.getEventId())) {
                var client = ctx.client();
                afterAck.execute(() -> practice.onMessage(e.getChannel(), e.getThreadTs(), e.getTs(), e.getUser(), e.getText(), client));
            }
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent e = payload.getEvent();
            if (e.getBotId() == null && e.getSubtype() == null && redeliveries.firstTime("event:" + payload.getEventId())) {
                var client = ctx.client();
                afterAck.execute(() -> practice.onMessage(e.getChannel(), e.getThreadTs(), e.getTs(), e.getUser(), e.getText(), client));
            }
            return ctx.ack();
        });
        // Edits, deletions and other bots' messages are never turns in a role-play.
        app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());
    }

    App app() {
        return app;
    }

    private Response onCommand(SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        if (!redeliveries.firstTime(payload.getTriggerId())) {
            return ctx.ack();
        }
        if (!limiter.tryAcquire(payload.getUserId())) {
            return ctx.ack(ephemeral(Reply.notice(messages.notice(Notice.RATE_LIMITED, Map.of("seconds", limiter.windowSeconds())))));
        }
        Reply reply;
        CoachCommand command = coach.parse(payload.getText());
        if (command instanceof CoachCommand.Practice p) {
            return startPractice(p, req, ctx);
        }
        try {
            reply = coach.respond(new CoachRequest(payload.getUserId(), payload.getText()));
        } catch (RuntimeException e) {
            log.error("coaching failed for a /coach command", e);
            reply = Reply.notice(messages.notice(Notice.SOMETHING_WENT_WRONG));
        }
        return ctx.ack(ephemeral(reply));
    }

    private Response startPractice(CoachCommand.Practice command, SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        PracticeStart start;
        try {
            start = coach.startPractice(payload.getUserId(), command);
        } catch (RuntimeException e) {
            log.error("could not start a practice session", e);
            return ctx.ack(ephemeral(Reply.notice(messages.notice(Notice.SOMETHING_WENT_WRONG))));
        }
        if (start instanceof PracticeStart.Refused r) {
            return ctx.ack(ephemeral(r.notice()));
        }
        PracticeStart.Begun begun = (PracticeStart.Begun) start;
        var client = ctx.client();
        afterAck.execute(() -> practice.post(begun, payload.getChannelId(), payload.getUserId(), client, notice -> {
            try {
                ctx.respond(r -> r.responseType("ephemeral").text(renderer.fallback(notice)).blocks(renderer.render(notice)));
            } catch (Exception e) {
                log.warn("could not tell the rep the practice card failed: {}", e.getMessage());
            }
        }));
        return ctx.ack(ephemeral(begun.ack()));
    }

    private Response onAnswer(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        if (!redeliveries.firstTime(payload.getTriggerId())) {
            return ctx.ack();
        }
        String value = payload.getActions().isEmpty() ? null : payload.getActions().get(0).getValue();
        afterAck.execute(() -> {
            Reply reply = coach.answer(value).orElseGet(() -> Reply.notice(messages.notice(Notice.STALE_ACTION)));
            try {
                WebhookResponse sent = ctx.respond(r -> r.replaceOriginal(true).responseType("ephemeral")
                        .text(renderer.fallback(reply)).blocks(renderer.render(reply)));
                if (sent.getCode() != 200) {
                    log.warn("Slack refused the answer update: HTTP {}", sent.getCode());
                }
            } catch (Exception e) {
                log.warn("could not deliver the answer update: {}", e.getMessage());
            }
        });
        return ctx.ack();
    }

    private SlashCommandResponse ephemeral(Reply reply) {
        return SlashCommandResponse.builder()
                .responseType("ephemeral")
                .text(renderer.fallback(reply))
                .blocks(renderer.render(reply))
                .build();
    }
}
