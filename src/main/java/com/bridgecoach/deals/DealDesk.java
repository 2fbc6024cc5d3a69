package com.bridgecoach.deals;

import com.bridgecoach.coach.Reply;
import com.bridgecoach.content.CascadeStage;
import com.bridgecoach.content.ClinicalStatus;
import com.bridgecoach.content.Content;
import com.bridgecoach.content.DealWords;
import com.bridgecoach.content.ItStatus;
import com.bridgecoach.content.PatternId;
import com.bridgecoach.content.PlanWarning;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A deal team's shared work: the channel's live plan and the recommendations shared into it. */
public final class DealDesk {
    /** How often a change is retried when another replica changed the plan at the same moment. */
    private static final int ATTEMPTS = 5;
    /** Posting and pinning takes seconds; a claim older than this was abandoned by a replica that died. */
    static final java.time.Duration CLAIM_TIMEOUT = java.time.Duration.ofMinutes(2);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final DealPlans plans;
    private final SharedRecommendations shares;
    private final Content content;
    private final Clock clock;

    public DealDesk(DealPlans plans, SharedRecommendations shares, Content content, Clock clock) {
        this.plans = plans;
        this.shares = shares;
        this.content = content;
        this.clock = clock;
    }

    public Optional<DealPlan> plan(String channelId) {
        return plans.find(channelId);
    }

    /** The channel's plan, started fresh if it has none. */
    public DealPlan open(String channelId) {
        return plans.createIfAbsent(DealPlan.start(channelId, clock.instant()));
    }

    /** Applies a change by {@code userId}; the changed plan, or empty when there is no plan or nothing changed. */
    public Optional<DealPlan> change(String channelId, PlanEdit edit, String userId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<DealPlan> found = plans.find(channelId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            DealPlan plan = found.get();
            DealPlan updated = plan.with(edit, clock.instant());
            if (updated == plan) {
                return Optional.empty();
            }
            PlanChange change = new PlanChange(channelId, edit.field(), plan.current(edit), edit.value(), userId, clock.instant());
            if (plans.save(updated, plan.version(), change)) {
                return Optional.of(updated);
            }
        }
        throw new IllegalStateException("the deal plan kept changing underneath this edit");
    }

    /** True for the one caller that gets to post the plan message. */
    public boolean claimPlanMessage(String channelId) {
        return plans.claimMessage(channelId, clock.instant(), clock.instant().minus(CLAIM_TIMEOUT));
    }

    public void planMessagePosted(String channelId, String messageTs) {
        plans.setMessage(channelId, messageTs);
    }

    public void planMessageLost(String channelId) {
        plans.setMessage(channelId, "");
    }

    public List<PlanChange> history(String channelId) {
        return plans.changes(channelId);
    }

    public boolean claimShare(SharedRecommendation share) {
        return shares.claim(share);
    }

    public void shareDone(String shareKey, String messageTs) {
        shares.confirm(shareKey, messageTs);
    }

    public void shareFailed(String shareKey) {
        shares.release(shareKey);
    }

    /** The plan as the team sees it pinned: warnings first, both sides, the stall, the cascade, the next step, buttons. */
    public Reply render(DealPlan plan) {
        DealWords.Plan w = content.deals().plan();
        List<Reply.Section> sections = new ArrayList<>();
        List<PlanWarning> warnings = plan.warnings();
        if (!warnings.isEmpty()) {
            sections.add(new Reply.Section(w.warnings(), Reply.Style.LIST,
                    warnings.stream().map(x -> w.warningTexts().get(x)).toList()));
        }
        sections.add(Reply.Section.text(w.clinical(), w.clinicalStatuses().get(plan.clinical())));
        sections.add(Reply.Section.text(w.it(), w.itStatuses().get(plan.it())));
        sections.add(Reply.Section.text(w.pattern(), plan.pattern() == PatternId.UNCLEAR ? w.noPattern()
                : content.playbook(plan.pattern()).name() + ": " + content.playbook(plan.pattern()).headline()));
        DealWords.Stage stage = w.stages().get(plan.stage());
        sections.add(Reply.Section.text(w.cascade(), stage.name()));
        sections.add(Reply.Section.text(w.nextStep(), stage.nextStep()));
        List<PlanChange> changes = plans.changes(plan.channelId());
        if (!changes.isEmpty()) {
            PlanChange last = changes.get(changes.size() - 1);
            sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(DealWords.fill(w.lastChange(),
                    Map.of("what", describe(last), "when", WHEN.format(last.at()))))));
        }
        return new Reply(w.title(), sections, buttons(plan, w));
    }

    private String describe(PlanChange change) {
        DealWords.Plan w = content.deals().plan();
        return switch (change.field()) {
            case "clinical" -> ClinicalStatus.find(change.to()).map(s -> DealWords.fill(w.setClinical(), Map.of("status", shortName(w.clinicalStatuses().get(s))))).orElse(change.to());
            case "it" -> ItStatus.find(change.to()).map(s -> DealWords.fill(w.setIt(), Map.of("status", shortName(w.itStatuses().get(s))))).orElse(change.to());
            case "stage" -> CascadeStage.find(change.to()).map(s -> w.stages().get(s).name()).orElse(change.to());
            default -> PatternId.find(change.to()).map(p -> w.pattern() + ": " + content.playbook(p).name()).orElse(change.to());
        };
    }

    private static List<Reply.Action> buttons(DealPlan plan, DealWords.Plan w) {
        List<Reply.Action> actions = new ArrayList<>();
        for (ClinicalStatus s : ClinicalStatus.values()) {
            if (s != plan.clinical()) {
                actions.add(new Reply.Action(Reply.ActionKind.PLAN,
                        DealWords.fill(w.setClinical(), Map.of("status", shortName(w.clinicalStatuses().get(s)))),
                        new PlanEdit.SetClinical(s).encode()));
            }
        }
        for (ItStatus s : ItStatus.values()) {
            if (s != plan.it()) {
                actions.add(new Reply.Action(Reply.ActionKind.PLAN,
                        DealWords.fill(w.setIt(), Map.of("status", shortName(w.itStatuses().get(s)))),
                        new PlanEdit.SetIt(s).encode()));
            }
        }
        CascadeStage[] stages = CascadeStage.values();
        int at = plan.stage().ordinal();
        if (at > 0) {
            actions.add(new Reply.Action(Reply.ActionKind.PLAN,
                    DealWords.fill(w.stageBack(), Map.of("stage", w.stages().get(stages[at - 1]).name())),
                    new PlanEdit.SetStage(stages[at - 1]).encode()));
        }
        if (at < stages.length - 1) {
            actions.add(new Reply.Action(Reply.ActionKind.PLAN,
                    DealWords.fill(w.stageForward(), Map.of("stage", w.stages().get(stages[at + 1]).name())),
                    new PlanEdit.SetStage(stages[at + 1]).encode()));
        }
        return actions;
    }

    /** A status reads "Champion: what that means"; a button shows the part before the colon. */
    static String shortName(String status) {
        int colon = status.indexOf(':');
        return colon > 0 ? status.substring(0, colon).strip() : status;
    }
}
