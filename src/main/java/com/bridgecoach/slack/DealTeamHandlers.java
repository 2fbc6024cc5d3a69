package com.bridgecoach.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.bridgecoach.coach.Coach;
import com.bridgecoach.coach.CoachCommand;
import com.bridgecoach.coach.CoachRequest;
import com.bridgecoach.coach.Reply;
import com.bridgecoach.coach.ShareValue;
import com.bridgecoach.content.DealWords;
import com.bridgecoach.content.Messages;
import com.bridgecoach.content.Notice;
import com.bridgecoach.content.Refusal;
import com.bridgecoach.deals.DealPlan;
import com.bridgecoach.deals.PlanEdit;
import com.bridgecoach.deals.SharedRecommendation;
import com.bridgecoach.diagnosis.Certainty;
import com.bridgecoach.diagnosis.Diagnosis;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deal-team surfaces: Share to channel (post, pin, record, once), the channel's live deal plan,
 * the rep's Home tab with its Start forms, and "forget me". Every handler acknowledges at once and
 * calls Slack after the ack.
 */
final class DealTeamHandlers {
    private static final Logger log = LoggerFactory.getLogger(DealTeamHandlers.class);
    /** Slack's limit on a modal's title. */
    static final int MAX_FORM_TITLE = 24;

    private final Coach coach;
    private final Messages messages;
    private final DealWords words;
    private final TeamFeatures team;
    private final BlockKitRenderer renderer;
    private final RedeliveryGuard redeliveries;
    private final ExecutorService afterAck;
    private final ChannelPublisher slack;
    private final RepNotices notices;

    DealTeamHandlers(Coach coach, Messages messages, DealWords words, TeamFeatures team, BlockKitRenderer renderer,
                     RedeliveryGuard redeliveries, ExecutorService afterAck, ChannelPublisher slack, RepNotices notices) {
        this.coach = coach;
        this.messages = messages;
        this.words = words;
        this.team = team;
        this.renderer = renderer;
        this.redeliveries = redeliveries;
        this.afterAck = afterAck;
        this.slack = slack;
        this.notices = notices;
    }

    void register(App app) {
        app.blockAction(SlackIds.SHARE, this::onShare);
        app.blockAction(SlackIds.PLAN, this::onPlanButton);
        app.blockAction(SlackIds.START, this::onStart);
        app.viewSubmission(SlackIds.START_FORM, this::onStartForm);
        app.event(AppHomeOpenedEvent.class, (event, ctx) -> {
            AppHomeOpenedEvent e = event.getEvent();
            if (!"messages".equals(e.getTab()) && e.getUser() != null) {
                afterAck.execute(() -> publishHome(e.getUser()));
            }
            return ctx.ack();
        });
    }

    /** Something said to one rep only. */
    @FunctionalInterface
    private interface Responder {
        void say(Reply reply);
    }

    // ---- slash commands: /coach plan, /coach forget me, and what a diagnosis does in a channel ----

    /** Answers the commands this class owns; null for every other command. */
    Response command(CoachCommand command, SlashCommandPayload payload, SlashCommandContext ctx) {
        RepNotices.Rep rep = new RepNotices.Rep(payload.getUserId(), payload.getChannelId(), null, payload.getResponseUrl());
        Responder respond = reply -> notices.tell(ctx.client(), rep, renderer.fallback(reply), renderer.render(reply));
        if (command instanceof CoachCommand.Plan) {
            afterAck.execute(() -> guarded("plan", respond, () -> showPlan(payload.getChannelId(), payload.getChannelName(), respond)));
            return ctx.ack();
        }
        if (command instanceof CoachCommand.ForgetMe) {
            afterAck.execute(() -> guarded("forget me", respond, () -> {
                int count = team.retention().forget(payload.getUserId());
                respond.say(Reply.notice(messages.notice(Notice.FORGOTTEN, Map.of("count", count))));
                publishHome(payload.getUserId());
            }));
            return ctx.ack();
        }
        return null;
    }

    /** A diagnosis in a channel: offers Share, and updates the channel's plan when the read is confident. */
    Reply afterCommand(CoachCommand command, Reply reply, SlashCommandPayload payload) {
        if (!(command instanceof CoachCommand.Diagnose d) || isDirect(payload.getChannelId(), payload.getChannelName())) {
            return reply;
        }
        String channel = payload.getChannelId();
        String user = payload.getUserId();
        // the classifier answers this from its cache (the reply was just diagnosed); only a confident read of a
        // conflict can change a plan, so only then is the channel's plan looked up, after the ack
        Diagnosis diagnosis = coach.diagnose(d.situation());
        if (diagnosis.certainty() == Certainty.CONFIDENT && diagnosis.pattern().isConflict()) {
            afterAck.execute(() -> {
                try {
                    team.desk().change(channel, new PlanEdit.SetPattern(diagnosis.pattern()), user).ifPresent(this::refreshPlan);
                } catch (RuntimeException e) {
                    log.warn("could not update the deal plan from a diagnosis: {}", e.getMessage());
                }
            });
        }
        return withShare(reply, ShareValue.ofSituation(d.situation(), () -> coach.diagnose(d.situation()).pattern().id()));
    }

    /** The reply with a Share button, unless it has one already. */
    Reply withShare(Reply reply, ShareValue value) {
        if (reply.actions().stream().anyMatch(a -> a.kind() == Reply.ActionKind.SHARE)) {
            return reply;
        }
        List<Reply.Action> actions = new ArrayList<>(reply.actions());
        actions.add(new Reply.Action(Reply.ActionKind.SHARE, words.share().button(), value.encode()));
        return new Reply(reply.title(), reply.sections(), actions);
    }

    Reply withShareOfAnswer(Reply reply, String answerValue, String channelId, String channelName) {
        if (answerValue == null || answerValue.isBlank() || isDirect(channelId, channelName)) {
            return reply;
        }
        return withShare(reply, new ShareValue(ShareValue.Kind.ANSWER, answerValue));
    }

    private void showPlan(String channel, String channelName, Responder respond) {
        if (isDirect(channel, channelName)) {
            respond.say(Reply.notice(words.plan().needsChannel()));
            return;
        }
        DealPlan plan = team.desk().open(channel);
        Optional<Refusal> refused = plan.message().isPresent() ? refreshPlan(plan) : Optional.empty();
        if (refused.isEmpty() && team.desk().plan(channel).flatMap(DealPlan::message).isEmpty()) {
            refused = postPlan(plan, looksPrivate(channel, channelName), respond);
            if (refused == null) {
                return;
            }
        }
        respond.say(Reply.notice(words.plan().pinned()));
    }

    /**
     * Posts and pins the plan message, once across replicas. Null when a refusal was already told to
     * the rep; empty when the plan is (or is being) pinned.
     */
    private Optional<Refusal> postPlan(DealPlan plan, boolean looksPrivate, Responder respond) {
        String channel = plan.channelId();
        if (!team.desk().claimPlanMessage(channel)) {
            return Optional.empty();
        }
        Reply view = team.desk().render(plan);
        ChannelPublisher.Outcome posted = slack.post(channel, renderer.fallback(view), renderer.render(view), looksPrivate);
        if (posted instanceof ChannelPublisher.Refused r) {
            team.desk().planMessageLost(channel);
            refuse(respond, r);
            return null;
        }
        String ts = ((ChannelPublisher.Done) posted).ts();
        // recorded before pinning: the message is visible now, and a button pressed on it edits it in place
        team.desk().planMessagePosted(channel, ts);
        ChannelPublisher.Outcome pinned = slack.pin(channel, ts, looksPrivate);
        if (pinned instanceof ChannelPublisher.Refused r && r.refusal() != Refusal.ALREADY_PINNED) {
            slack.delete(channel, ts);
            team.desk().planMessageLost(channel);
            refuse(respond, r);
            return null;
        }
        return Optional.empty();
    }

    /** Edits the pinned plan message in place; a message deleted from the channel is posted afresh. */
    private Optional<Refusal> refreshPlan(DealPlan plan) {
        Optional<String> ts = team.desk().plan(plan.channelId()).flatMap(DealPlan::message);
        if (ts.isEmpty()) {
            return Optional.empty();
        }
        DealPlan current = team.desk().plan(plan.channelId()).orElse(plan);
        Reply view = team.desk().render(current);
        ChannelPublisher.Outcome updated = slack.update(plan.channelId(), ts.get(), renderer.fallback(view), renderer.render(view));
        if (updated instanceof ChannelPublisher.Refused r) {
            if (r.error().equals("message_not_found")) {
                team.desk().planMessageLost(plan.channelId());
                return Optional.empty();
            }
            log.warn("could not edit the pinned deal plan: {}", r.error());
            return Optional.of(r.refusal());
        }
        return Optional.empty();
    }

    // ---- buttons ----

    private Response onShare(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        afterAck.execute(() -> {
            Responder respond = responder(p, ctx);
            guarded("share", respond, () -> share(p, respond));
        });
        return ctx.ack();
    }

    private void share(BlockActionPayload p, Responder respond) {
        BlockActionPayload.Action action = p.getActions().get(0);
        String user = p.getUser().getId();
        String channel = channelOf(p);
        String channelName = p.getChannel() == null ? null : p.getChannel().getName();
        String messageTs = p.getContainer() == null || p.getContainer().getMessageTs() == null
                ? action.getActionTs() : p.getContainer().getMessageTs();
        String shareKey = messageTs + "|" + action.getActionId() + "|" + user;
        // Slack redelivers a click with the same action_ts; a double click or a retry after a refusal has a new one,
        // and the store's unique share key decides between those.
        if (!redeliveries.firstTime("share|" + shareKey + "|" + action.getActionTs())) {
            return;
        }
        if (channel == null || isDirect(channel, channelName)) {
            respond.say(Reply.notice(words.refusal(Refusal.DIRECT_MESSAGE, Map.of())));
            return;
        }
        Optional<ShareValue> value = ShareValue.parse(action.getValue());
        Optional<Reply> rebuilt = coach.shared(action.getValue());
        if (value.isEmpty() || rebuilt.isEmpty()) {
            respond.say(Reply.notice(messages.notice(Notice.STALE_ACTION)));
            return;
        }
        Reply card = rebuilt.get();
        SharedRecommendation share = new SharedRecommendation(shareKey, value.get().kind().name().toLowerCase(java.util.Locale.ROOT),
                card.title(), card, user, channel, "", team.clock().instant());
        if (!team.desk().claimShare(share)) {
            return;
        }
        boolean looksPrivate = looksPrivate(channel, channelName);
        ChannelPublisher.Outcome posted = slack.post(channel, renderer.fallback(card), cardBlocks(card, user), looksPrivate);
        if (posted instanceof ChannelPublisher.Refused r) {
            team.desk().shareFailed(shareKey);
            refuse(respond, r);
            return;
        }
        String ts = ((ChannelPublisher.Done) posted).ts();
        ChannelPublisher.Outcome pinned = slack.pin(channel, ts, looksPrivate);
        if (pinned instanceof ChannelPublisher.Refused r && r.refusal() != Refusal.ALREADY_PINNED) {
            slack.delete(channel, ts);
            team.desk().shareFailed(shareKey);
            refuse(respond, r);
            return;
        }
        team.desk().shareDone(shareKey, ts);
        respond.say(Reply.notice(pinned instanceof ChannelPublisher.Refused ? words.share().alreadyPinned() : words.share().done()));
    }

    /** The clean card: the result without its buttons, attributed to the rep who shared it. */
    private List<LayoutBlock> cardBlocks(Reply card, String userId) {
        List<LayoutBlock> blocks = new ArrayList<>(renderer.render(card));
        if (blocks.size() >= BlockKitRenderer.MAX_BLOCKS) {
            blocks = new ArrayList<>(blocks.subList(0, BlockKitRenderer.MAX_BLOCKS - 1));
        }
        String attribution = DealWords.fill(BlockKitRenderer.escape(words.share().sharedBy()), Map.of("user", "<@" + userId + ">"));
        blocks.add(context(List.of(markdownText(attribution))));
        return blocks;
    }

    private Response onPlanButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        afterAck.execute(() -> {
            Responder respond = responder(p, ctx);
            guarded("plan change", respond, () -> {
                BlockActionPayload.Action action = p.getActions().get(0);
                if (!redeliveries.firstTime("plan|" + action.getActionTs() + "|" + action.getActionId() + "|" + p.getUser().getId())) {
                    return;
                }
                Optional<PlanEdit> edit = PlanEdit.parse(action.getValue());
                String channel = channelOf(p);
                if (edit.isEmpty() || channel == null || team.desk().plan(channel).isEmpty()) {
                    respond.say(Reply.notice(messages.notice(Notice.STALE_ACTION)));
                    return;
                }
                team.desk().change(channel, edit.get(), p.getUser().getId()).ifPresent(plan ->
                        refreshPlan(plan).ifPresent(r -> respond.say(Reply.notice(words.refusal(r, Map.of(
                                "error", r.id(), "seconds", 30, "action", "edit messages", "scope", "chat:write"))))));
            });
        });
        return ctx.ack();
    }

    private Response onStart(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        openStartForm(p.getActions().get(0).getValue(), p.getTriggerId(), ctx.client(), rep(p));
        return ctx.ack();
    }

    /** Who pressed a button, and where: how to reach them privately. */
    static RepNotices.Rep rep(BlockActionPayload p) {
        String thread = p.getContainer() == null ? null : p.getContainer().getThreadTs();
        return new RepNotices.Rep(p.getUser().getId(), channelOf(p), thread, p.getResponseUrl());
    }

    /**
     * Opens the form that asks for the text of a command ("translate" asks for the claim); call after the ack.
     * When Slack will not open it, {@code rep} hears why.
     */
    void openStartForm(String start, String triggerId, com.slack.api.methods.MethodsClient client, RepNotices.Rep rep) {
        afterAck.execute(() -> {
            View form = View.builder().type("modal").callbackId(SlackIds.START_FORM)
                    .privateMetadata(start == null ? "" : start)
                    .title(ViewTitle.builder().type("plain_text").text(BlockKitRenderer.trim(words.home().formTitle(), MAX_FORM_TITLE)).build())
                    .submit(ViewSubmit.builder().type("plain_text").text(BlockKitRenderer.trim(words.home().formSubmit(), MAX_FORM_TITLE)).build())
                    .close(ViewClose.builder().type("plain_text").text(BlockKitRenderer.trim(words.home().formCancel(), MAX_FORM_TITLE)).build())
                    .blocks(List.of(input(i -> i.blockId(SlackIds.START_BLOCK)
                            .label(plainText(BlockKitRenderer.trim(team.home().prompt(start == null ? "" : start), 2000)))
                            .element(plainTextInput(t -> t.actionId(SlackIds.START_INPUT).multiline(true))))))
                    .build();
            if (slack.openForm(triggerId, form) instanceof ChannelPublisher.Refused r) {
                log.warn("could not open a Start form: {}", r.error());
                boolean away = r.error().equals("no_response") || r.error().startsWith("HTTP ");
                notices.tell(client, rep, away ? notices.failure(null) : notices.refusal(r.error(), rep.channelId()));
            }
        });
    }

    private Response onStartForm(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        String user = p.getUser().getId();
        String start = p.getView().getPrivateMetadata() == null ? "" : p.getView().getPrivateMetadata();
        Map<String, Map<String, ViewState.Value>> values = p.getView().getState() == null ? Map.of() : p.getView().getState().getValues();
        ViewState.Value answer = values.getOrDefault(SlackIds.START_BLOCK, Map.of()).get(SlackIds.START_INPUT);
        String text = answer == null ? "" : answer.getValue();
        Reply reply;
        try {
            reply = coach.respond(new CoachRequest(user, team.home().commandText(start, text)));
        } catch (RuntimeException e) {
            log.error("coaching failed for a Home form", e);
            reply = Reply.notice(messages.notice(Failures.noticeFor(e)));
        }
        Reply shown = new Reply(reply.title(), reply.sections(), List.of());
        View result = View.builder().type("modal").callbackId(SlackIds.START_FORM)
                .title(ViewTitle.builder().type("plain_text").text(BlockKitRenderer.trim(words.home().formTitle(), MAX_FORM_TITLE)).build())
                .close(ViewClose.builder().type("plain_text").text(BlockKitRenderer.trim(words.home().formDone(), MAX_FORM_TITLE)).build())
                .blocks(renderer.render(shown)).build();
        afterAck.execute(() -> publishHome(user));
        return ctx.ack(r -> r.responseAction("update").view(result));
    }

    // ---- Home ----

    private void publishHome(String userId) {
        try {
            View home = View.builder().type("home").blocks(renderer.render(team.home().render(userId))).build();
            if (slack.publishHome(userId, home) instanceof ChannelPublisher.Refused r) {
                log.warn("could not publish the Home tab: {}", r.error());
            }
        } catch (RuntimeException e) {
            log.warn("could not build the Home tab: {}", e.getMessage());
        }
    }

    // ---- helpers ----

    private Responder responder(BlockActionPayload p, ActionContext ctx) {
        RepNotices.Rep rep = rep(p);
        return reply -> notices.tell(ctx.client(), rep, renderer.fallback(reply), renderer.render(reply));
    }

    private void refuse(Responder respond, ChannelPublisher.Refused r) {
        respond.say(Reply.notice(words.refusal(r.refusal(), r.values())));
    }

    private void guarded(String what, Responder respond, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("{} failed", what, e);
            respond.say(Reply.notice(messages.notice(Failures.noticeFor(e))));
        }
    }

    private static String channelOf(BlockActionPayload p) {
        if (p.getChannel() != null && p.getChannel().getId() != null && !p.getChannel().getId().isBlank()) {
            return p.getChannel().getId();
        }
        return p.getContainer() == null ? null : blankToNull(p.getContainer().getChannelId());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Direct messages have D… ids; Slack names them "directmessage" in payloads. */
    static boolean isDirect(String channelId, String channelName) {
        return channelId == null || channelId.startsWith("D") || "directmessage".equals(channelName);
    }

    /** Slack names private channels "privategroup" in payloads, and older ones have G… ids. */
    static boolean looksPrivate(String channelId, String channelName) {
        return "privategroup".equals(channelName) || (channelId != null && channelId.startsWith("G"));
    }
}
