package com.bridgecoach.deals;

import com.bridgecoach.content.CascadeStage;
import com.bridgecoach.content.ClinicalStatus;
import com.bridgecoach.content.ItStatus;
import com.bridgecoach.content.PatternId;
import com.bridgecoach.content.PlanWarning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A deal channel's live plan: where each side stands, the conflict the deal is stuck in, where the
 * commitment cascade is, and the pinned message that shows it.
 *
 * @param messageTs the pinned plan message, empty until it is posted
 * @param version   increases with every change, so concurrent replicas never overwrite each other
 */
public record DealPlan(
        String channelId,
        ClinicalStatus clinical,
        ItStatus it,
        PatternId pattern,
        CascadeStage stage,
        String messageTs,
        long version,
        Instant updatedAt) {

    public DealPlan {
        if (channelId == null || channelId.isBlank()) {
            throw new IllegalArgumentException("a deal plan belongs to a channel");
        }
        if (clinical == null || it == null || pattern == null || stage == null || updatedAt == null) {
            throw new IllegalArgumentException("a deal plan needs every field");
        }
        messageTs = messageTs == null ? "" : messageTs;
    }

    /** A new deal: nobody engaged, no read yet, at the start of the cascade. */
    public static DealPlan start(String channelId, Instant at) {
        return new DealPlan(channelId, ClinicalStatus.NOT_ENGAGED, ItStatus.NOT_ENGAGED, PatternId.UNCLEAR,
                CascadeStage.FEASIBILITY_CHECK, "", 0, at);
    }

    public Optional<String> message() {
        return messageTs.isEmpty() ? Optional.empty() : Optional.of(messageTs);
    }

    /** The plan after the edit; the same plan when the edit changes nothing. */
    public DealPlan with(PlanEdit edit, Instant at) {
        if (edit instanceof PlanEdit.SetClinical c && c.status() != clinical) {
            return new DealPlan(channelId, c.status(), it, pattern, stage, messageTs, version + 1, at);
        }
        if (edit instanceof PlanEdit.SetIt i && i.status() != it) {
            return new DealPlan(channelId, clinical, i.status(), pattern, stage, messageTs, version + 1, at);
        }
        if (edit instanceof PlanEdit.SetStage s && s.stage() != stage) {
            return new DealPlan(channelId, clinical, it, pattern, s.stage(), messageTs, version + 1, at);
        }
        if (edit instanceof PlanEdit.SetPattern p && p.pattern() != pattern) {
            return new DealPlan(channelId, clinical, it, p.pattern(), stage, messageTs, version + 1, at);
        }
        return this;
    }

    /** The id of the field's current value, for the history of changes. */
    String current(PlanEdit edit) {
        if (edit instanceof PlanEdit.SetClinical) {
            return clinical.id();
        }
        if (edit instanceof PlanEdit.SetIt) {
            return it.id();
        }
        if (edit instanceof PlanEdit.SetStage) {
            return stage.id();
        }
        return pattern.id();
    }

    /** The risks this plan shows, most serious first. */
    public List<PlanWarning> warnings() {
        List<PlanWarning> out = new ArrayList<>();
        boolean clinicalStrong = clinical.compareTo(ClinicalStatus.CHAMPION) >= 0;
        boolean itStrong = it.compareTo(ItStatus.CHAMPION) >= 0;
        if (clinicalStrong && it == ItStatus.NOT_ENGAGED) {
            out.add(PlanWarning.SINGLE_THREADED_CLINICAL);
        }
        if (itStrong && clinical == ClinicalStatus.NOT_ENGAGED) {
            out.add(PlanWarning.SINGLE_THREADED_TECHNICAL);
        }
        if (stage.compareTo(CascadeStage.FEASIBILITY_CHECK) > 0 && it == ItStatus.NOT_ENGAGED
                && !out.contains(PlanWarning.SINGLE_THREADED_CLINICAL)) {
            out.add(PlanWarning.FEASIBILITY_SKIPPED);
        }
        if (stage.compareTo(CascadeStage.IT_ENDORSEMENT) >= 0 && clinical.compareTo(ClinicalStatus.CHAMPION) < 0) {
            out.add(PlanWarning.ENDORSEMENT_BEFORE_CHAMPION);
        }
        return out;
    }
}
