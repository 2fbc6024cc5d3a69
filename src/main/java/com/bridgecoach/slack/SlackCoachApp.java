package com.bridgecoach.slack;

import com.bridgecoach.coach.Coach;
import com.bridgecoach.coach.CoachCommand;
import com.bridgecoach.coach.CoachRequest;
import com.bridgecoach.coach.CommandParser;
import com.bridgecoach.coach.Reply;
import com.bridgecoach.content.DealWords;
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
import com.slack.api.bolt.response.Response;
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
    private final CommandParser parser = new CommandParser();
    private final DealTeamHandlers team;

    public SlackCoachApp(SlackSettings settings, Coach coach, Messages messages, Ticker ticker, ExecutorService afterAck,
                         DealWords dealWords, TeamFeatures teamFeatures) {
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
        ChannelPublisher publisher = new ChannelPublisher(Slack.getInstance(slackConfig).methods(settings.botToken()), teamFeatures.pause());
        this.team = new DealTeamHandlers(coach, messages, dealWords, teamFeatures, renderer, redeliveries, afterAck, publisher);
        team.register(app);
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
        CoachCommand command = parser.parse(payload.getText());
        Response handled = team.command(command, payload, ctx);
        if (handled != null) {
            return handled;
        }
        Reply reply;
        try {
            reply = team.afterCommand(command, coach.respond(new CoachRequest(payload.getUserId(), payload.getText())), payload);
        } catch (RuntimeException e) {
            log.error("coaching failed for a /coach command", e);
            reply = Reply.notice(messages.notice(Notice.SOMETHING_WENT_WRONG));
        }
        return ctx.ack(ephemeral(reply));
    }

    private Response onAnswer(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        if (!redeliveries.firstTime(payload.getTriggerId())) {
            return ctx.ack();
        }
        String value = payload.getActions().isEmpty() ? null : payload.getActions().get(0).getValue();
        afterAck.execute(() -> {
            Reply reply = coach.answer(value)
                    .map(r -> team.withShareOfAnswer(r, value, payload.getChannel() == null ? null : payload.getChannel().getId(),
                            payload.getChannel() == null ? null : payload.getChannel().getName()))
                    .orElseGet(() -> Reply.notice(messages.notice(Notice.STALE_ACTION)));
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
