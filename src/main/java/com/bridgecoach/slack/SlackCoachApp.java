package com.bridgecoach.slack;

import com.bridgecoach.coach.AnswerValue;
import com.bridgecoach.coach.Coach;
import com.bridgecoach.coach.CoachCommand;
import com.bridgecoach.coach.PracticeStart;
import com.bridgecoach.coach.CoachRequest;
import com.bridgecoach.coach.CommandParser;
import com.bridgecoach.coach.Reply;
import com.bridgecoach.content.DealWords;
import com.bridgecoach.content.Messages;
import com.bridgecoach.content.Notice;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.webhook.WebhookResponse;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.GlobalShortcutContext;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewTitle;
import java.time.Duration;
import java.util.List;
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
    private final BlockKitRenderer renderer;
    private final RedeliveryGuard redeliveries;
    private final UserRateLimiter limiter;
    private final ExecutorService afterAck;
    private final MessageDispatcher conversations;
    private final DealTeamHandlers team;
    private final CommandParser parser = new CommandParser();
    private final PracticeThreads practice;
    private final RepNotices notices;
    private final com.slack.api.methods.MethodsClient bot;
    private final SlackClients clients;

    public SlackCoachApp(SlackSettings settings, Coach coach, Messages messages, Ticker ticker, ExecutorService afterAck,
                         DealWords dealWords, TeamFeatures teamFeatures) {
        this(settings, coach, messages, ticker, afterAck, dealWords, teamFeatures, com.bridgecoach.http.DeliveryLedger.none());
    }

    /** With a ledger shared by every replica, so a delivery reaching two of them is acted on once. */
    public SlackCoachApp(SlackSettings settings, Coach coach, Messages messages, Ticker ticker, ExecutorService afterAck,
                         DealWords dealWords, TeamFeatures teamFeatures, com.bridgecoach.http.DeliveryLedger ledger) {
        this(new SlackClients(settings, teamFeatures.pause(), teamFeatures.clock()), coach, messages, ticker, afterAck, dealWords,
                teamFeatures, ledger);
    }

    /** On clients built beforehand (start-up builds them while the content loads). */
    public SlackCoachApp(SlackClients clients, Coach coach, Messages messages, Ticker ticker, ExecutorService afterAck,
                         DealWords dealWords, TeamFeatures teamFeatures, com.bridgecoach.http.DeliveryLedger ledger) {
        this.clients = clients;
        SlackSettings settings = clients.settings();
        this.coach = coach;
        this.messages = messages;
        this.renderer = new BlockKitRenderer(messages.headings().slack());
        this.afterAck = afterAck;
        this.redeliveries = new RedeliveryGuard(ticker, Duration.ofMinutes(10), ledger);
        this.limiter = new UserRateLimiter(ticker, 30, Duration.ofMinutes(1));
        Slack slack = clients.slack();
        this.notices = new RepNotices(slack, messages);
        this.bot = slack.methods(settings.botToken());
        this.app = clients.app();
        this.practice = new PracticeThreads(coach, messages, renderer, notices);
        // a practice thread under way comes before coaching a new situation
        this.conversations = new MessageDispatcher(List.of(practice, new ConversationHandler(coach, messages, renderer, limiter, notices)));
        app.command(SlackIds.COMMAND, this::onCommand);
        app.blockAction(SlackIds.ANSWER, (req, ctx) -> onAction(Reply.ActionKind.ANSWER, req, ctx));
        app.blockAction(SlackIds.INTERVIEW_ANSWER, (req, ctx) -> onAction(Reply.ActionKind.INTERVIEW_ANSWER, req, ctx));
        app.blockAction(SlackIds.INTERVIEW_BACK, (req, ctx) -> onAction(Reply.ActionKind.BACK, req, ctx));
        app.blockAction(SlackIds.INTERVIEW_START_OVER, (req, ctx) -> onAction(Reply.ActionKind.START_OVER, req, ctx));
        app.blockAction(SlackIds.WALK_THROUGH, (req, ctx) -> onAction(Reply.ActionKind.WALK_THROUGH, req, ctx));
        app.blockAction(SlackIds.TRANSLATE, this::onTranslate);
        app.blockAction(SlackIds.PRACTISE, this::onPractise);
        app.blockAction(SlackIds.HELP, (req, ctx) -> onAction(Reply.ActionKind.HELP, req, ctx));
        app.globalShortcut(SlackIds.SHORTCUT_INTERVIEW, this::onInterviewShortcut);
        app.event(AppMentionEvent.class, this::onMention);
        app.event(MessageEvent.class, this::onMessage);
        app.messageShortcut(SlackIds.TRANSLATE_SHORTCUT, this::onTranslateMessage);
        // the publisher answers rate limits itself (telling the rep how long); 5xx and timeouts are retried beneath it
        ChannelPublisher publisher = new ChannelPublisher(clients.publishing().methods(settings.botToken()), teamFeatures.pause());
        this.team = new DealTeamHandlers(coach, messages, dealWords, teamFeatures, renderer, redeliveries, afterAck, publisher, notices);
        team.register(app);
    }

    App app() {
        return app;
    }

    /** The private answer to a command when Slack's Web API can't be reached to check the bot's token. */
    String unreachableAnswer() {
        com.google.gson.JsonObject answer = new com.google.gson.JsonObject();
        answer.addProperty("response_type", "ephemeral");
        answer.addProperty("text", messages.notice(Notice.SLACK_UNREACHABLE));
        return answer.toString();
    }

    /**
     * Posts what practice threads still owe their reps (replies Slack would not take when they were due). Run it now
     * and then: a thread also catches up by itself at its next message, but a rep waiting in silence should not
     * have to speak first.
     */
    public void deliverOwed() {
        try {
            practice.deliverOwed(bot);
        } catch (RuntimeException e) {
            log.warn("practice_owed=sweep_failed reason={}", e.getClass().getSimpleName());
        }
    }

    /** See {@link SlackClients#warmUp()}. */
    public void warmUp() {
        clients.warmUp();
    }

    private Response onCommand(SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        if (!redeliveries.firstTime(payload.getTriggerId())) {
            return ctx.ack();
        }
        if (!limiter.tryAcquire(payload.getUserId())) {
            return ackEphemeral(Reply.notice(messages.notice(Notice.RATE_LIMITED, Map.of("seconds", limiter.windowSeconds()))));
        }
        // the command is sent escaped (manifest: should_escape, so @-mentions arrive as user ids)
        String text = SlackText.unescape(payload.getText());
        TextLog.received("command", payload.getUserId(), payload.getChannelId(), text);
        CoachCommand command = parser.parse(text);
        Response handled = team.command(command, payload, ctx);
        if (handled != null) {
            return handled;
        }
        if (command instanceof CoachCommand.Practice p) {
            return startPractice(p, req, ctx);
        }
        Reply reply;
        try {
            reply = team.afterCommand(command, coach.respond(new CoachRequest(payload.getUserId(), text)), payload);
        } catch (RuntimeException e) {
            log.error("coaching failed for a /coach command", e);
            reply = Reply.notice(messages.notice(Failures.noticeFor(e)));
        }
        return ackEphemeral(reply);
    }

    private Response startPractice(CoachCommand.Practice command, SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        PracticeStart start;
        try {
            start = coach.startPractice(payload.getUserId(), command);
        } catch (RuntimeException e) {
            log.error("could not start a practice session", e);
            return ctx.ack(ephemeral(Reply.notice(messages.notice(Failures.noticeFor(e)))));
        }
        if (start instanceof PracticeStart.Refused r) {
            return ctx.ack(ephemeral(r.notice()));
        }
        PracticeStart.Begun begun = (PracticeStart.Begun) start;
        var client = ctx.client();
        RepNotices.Rep starter = new RepNotices.Rep(payload.getUserId(), payload.getChannelId(), null, payload.getResponseUrl());
        afterAck.execute(() -> practice.post(begun, payload.getChannelId(), payload.getUserId(), client, starter));
        return ctx.ack(ephemeral(begun.ack()));
    }

    /**
     * "Practise this": the CIO of the pattern on the card, posted where the card was (a DM with the bot when
     * the card lived in a modal), the role-play continuing in the card's thread.
     */
    private Response onPractise(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        if (!redeliveries.firstTime(payload.getTriggerId())) {
            return ctx.ack();
        }
        String value = payload.getActions().isEmpty() ? null : payload.getActions().get(0).getValue();
        String user = payload.getUser().getId();
        String channel = payload.getChannel() != null && payload.getChannel().getId() != null ? payload.getChannel().getId() : user;
        var client = ctx.client();
        afterAck.execute(() -> {
            PracticeStart start;
            try {
                start = coach.startPractice(user, coach.practiceFor(value));
            } catch (RuntimeException e) {
                log.error("could not start a practice session from a button", e);
                deliver(payload, ctx, Reply.notice(messages.notice(Notice.SOMETHING_WENT_WRONG)), false);
                return;
            }
            if (start instanceof PracticeStart.Refused r) {
                deliver(payload, ctx, r.notice(), false);
                return;
            }
            PracticeStart.Begun begun = (PracticeStart.Begun) start;
            practice.post(begun, channel, user, client, DealTeamHandlers.rep(payload));
            deliver(payload, ctx, begun.ack(), false);
        });
        return ctx.ack();
    }

    /**
     * A button on one of the coach's replies. Interview buttons carry their whole state, so whichever replica
     * gets the click answers it, updating the message (or the modal) in place; the follow-ups that don't
     * continue the reply answer beside it instead of over it.
     */
    private Response onAction(Reply.ActionKind kind, BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        if (!redeliveries.firstTime(payload.getTriggerId())) {
            return ctx.ack();
        }
        String value = payload.getActions().isEmpty() ? null : payload.getActions().get(0).getValue();
        // help and the follow-on tools appear beside the answer; everything else moves the answer on in place
        boolean replace = kind != Reply.ActionKind.TRANSLATE && kind != Reply.ActionKind.PRACTISE
                && kind != Reply.ActionKind.SHARE && kind != Reply.ActionKind.HELP;
        afterAck.execute(() -> {
            Reply reply;
            try {
                reply = coach.act(kind, value);
            } catch (RuntimeException e) {
                log.error("coaching failed for a {} button", kind, e);
                reply = Reply.notice(messages.notice(Failures.noticeFor(e)));
            }
            deliver(payload, ctx, reply, replace);
        });
        return ctx.ack();
    }

    /** "Translate this for both" carries its claim; the card's "Translate a claim" asks for one in a form. */
    private Response onTranslate(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        String value = payload.getActions().isEmpty() ? null : payload.getActions().get(0).getValue();
        if (AnswerValue.claim(value).isPresent()) {
            return onAction(Reply.ActionKind.TRANSLATE, req, ctx);
        }
        if (redeliveries.firstTime(payload.getTriggerId())) {
            team.openStartForm("translate", payload.getTriggerId(), ctx.client(), DealTeamHandlers.rep(payload));
        }
        return ctx.ack();
    }

    private void deliver(BlockActionPayload payload, ActionContext ctx, Reply reply, boolean replace) {
        RepNotices.Rep rep = DealTeamHandlers.rep(payload);
        try {
            BlockActionPayload.Container container = payload.getContainer();
            boolean inView = payload.getView() != null && payload.getView().getId() != null
                    && (container == null || "view".equals(container.getType()));
            if (inView) {
                String viewId = payload.getView().getId();
                var sent = replace
                        ? ctx.client().viewsUpdate(r -> r.viewId(viewId).view(modal(reply)))
                        : ctx.client().viewsPush(r -> r.triggerId(payload.getTriggerId()).view(modal(reply)));
                if (!sent.isOk()) {
                    log.warn("Slack refused the view update: {}", sent.getError());
                    notices.tell(ctx.client(), rep, notices.refusal(sent.getError(), rep.channelId()));
                }
                return;
            }
            boolean ephemeral = !replace || container == null || container.isEphemeral();
            WebhookResponse sent = ctx.respond(r -> r.replaceOriginal(replace).responseType(ephemeral ? "ephemeral" : null)
                    .text(renderer.fallback(reply)).blocks(renderer.render(reply)));
            if (sent.getCode() != 200) {
                log.warn("Slack refused the reply update: HTTP {}", sent.getCode());
                // the response_url is spent or expired: the answer itself goes to the rep another way
                notices.tell(ctx.client(), rep.withoutResponseUrl(), renderer.fallback(reply), renderer.render(reply));
            }
        } catch (UnconfirmedPostException e) {
            // Slack took it and its answer was lost: the rep most likely has the reply already
            log.warn("the reply update was not confirmed");
        } catch (Exception e) {
            log.warn("could not deliver the reply update: {}", e.getClass().getSimpleName());
            notices.tell(ctx.client(), rep.withoutResponseUrl(), notices.failure(e));
        }
    }

    /** "Coach me on a deal" from anywhere in Slack: the interview opens in a modal. */
    private Response onInterviewShortcut(GlobalShortcutRequest req, GlobalShortcutContext ctx) {
        String trigger = req.getPayload().getTriggerId();
        if (!redeliveries.firstTime(trigger)) {
            return ctx.ack();
        }
        // a global shortcut has no channel and no response_url: a refusal reaches the rep in their DM with the bot
        RepNotices.Rep rep = new RepNotices.Rep(req.getPayload().getUser().getId(), null, null, null);
        afterAck.execute(() -> {
            try {
                var sent = ctx.client().viewsOpen(r -> r.triggerId(trigger).view(modal(coach.startInterview())));
                if (!sent.isOk()) {
                    log.warn("Slack refused to open the interview: {}", sent.getError());
                    notices.tell(ctx.client(), rep, notices.refusal(sent.getError(), null));
                }
            } catch (Exception e) {
                log.warn("could not open the interview: {}", e.getClass().getSimpleName());
                if (!(e instanceof UnconfirmedPostException)) {
                    notices.tell(ctx.client(), rep, notices.failure(e));
                }
            }
        });
        return ctx.ack();
    }

    private Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent e = payload.getEvent();
        if (e.getBotId() == null && e.getUser() != null && redeliveries.firstTime("event:" + payload.getEventId())) {
            IncomingMessage m = new IncomingMessage(e.getUser(), e.getChannel(), null, e.getText(), e.getTs(), e.getThreadTs(), true);
            afterAck.execute(() -> conversations.dispatch(m, ctx.client()));
        }
        return ctx.ack();
    }

    /** Messages without a subtype: what people type. The bot's own and other bots' messages are left alone. */
    private Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        if (e.getBotId() == null && e.getSubtype() == null && e.getUser() != null
                && redeliveries.firstTime("event:" + payload.getEventId())) {
            IncomingMessage m = new IncomingMessage(e.getUser(), e.getChannel(), e.getChannelType(), e.getText(), e.getTs(), e.getThreadTs(), false);
            afterAck.execute(() -> conversations.dispatch(m, ctx.client()));
        }
        return ctx.ack();
    }

    private View modal(Reply reply) {
        return View.builder().type("modal").callbackId(SlackIds.INTERVIEW_VIEW)
                .title(ViewTitle.builder().type("plain_text").text(messages.headings().slack().modalTitle()).build())
                .close(ViewClose.builder().type("plain_text").text(messages.headings().slack().close()).build())
                .blocks(renderer.render(reply))
                .build();
    }

    /** "Translate for CMO / CIO" on a message: acknowledge, then open a modal with the versions and the fit check. */
    private Response onTranslateMessage(MessageShortcutRequest req, MessageShortcutContext ctx) {
        MessageShortcutPayload payload = req.getPayload();
        if (!redeliveries.firstTime(payload.getTriggerId())) {
            return ctx.ack();
        }
        String userId = payload.getUser() == null ? "" : payload.getUser().getId();
        String text = payload.getMessage() == null ? null : payload.getMessage().getText();
        String triggerId = payload.getTriggerId();
        boolean allowed = limiter.tryAcquire(userId);
        afterAck.execute(() -> {
            Reply reply;
            if (!allowed) {
                reply = Reply.notice(messages.notice(Notice.RATE_LIMITED, Map.of("seconds", limiter.windowSeconds())));
            } else {
                try {
                    reply = coach.translateMessage(text);
                } catch (RuntimeException e) {
                    log.error("translating a message failed", e);
                    reply = Reply.notice(messages.notice(Failures.noticeFor(e)));
                }
            }
            View view = renderer.modal(reply, SlackIds.TRANSLATE_MODAL);
            RepNotices.Rep rep = new RepNotices.Rep(userId, payload.getChannel() == null ? null : payload.getChannel().getId(), null,
                    payload.getResponseUrl());
            try {
                ViewsOpenResponse opened = ctx.client().viewsOpen(r -> r.triggerId(triggerId).view(view));
                if (!opened.isOk()) {
                    log.warn("Slack refused to open the translation modal: {}", opened.getError());
                    notices.tell(ctx.client(), rep, notices.refusal(opened.getError(), rep.channelId()));
                }
            } catch (Exception e) {
                log.warn("could not open the translation modal: {}", e.getClass().getSimpleName());
                if (!(e instanceof UnconfirmedPostException)) {
                    notices.tell(ctx.client(), rep, notices.failure(e));
                }
            }
        });
        return ctx.ack();
    }

    /** The acknowledgement carrying the reply, its JSON written once, straight from the blocks. */
    private Response ackEphemeral(Reply reply) {
        return Response.builder().statusCode(200).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(renderer.ephemeralJson(reply)).build();
    }

    private SlashCommandResponse ephemeral(Reply reply) {
        return SlashCommandResponse.builder()
                .responseType("ephemeral")
                .text(renderer.fallback(reply))
                .blocks(renderer.render(reply))
                .build();
    }
}
