package com.bridgecoach.deals;

import com.bridgecoach.content.CascadeStage;
import com.bridgecoach.content.ClinicalStatus;
import com.bridgecoach.content.ItStatus;
import com.bridgecoach.content.PatternId;
import java.util.Optional;

/** One change to a deal plan; its encoded form is what a plan button carries, so any replica can apply it. */
public sealed interface PlanEdit {

    /** The field it changes, as stored in the plan's history. */
    String field();

    /** The new value's id. */
    String value();

    default String encode() {
        return field() + ":" + value();
    }

    record SetClinical(ClinicalStatus status) implements PlanEdit {
        public String field() {
            return "clinical";
        }

        public String value() {
            return status.id();
        }
    }

    record SetIt(ItStatus status) implements PlanEdit {
        public String field() {
            return "it";
        }

        public String value() {
            return status.id();
        }
    }

    record SetStage(CascadeStage stage) implements PlanEdit {
        public String field() {
            return "stage";
        }

        public String value() {
            return stage.id();
        }
    }

    record SetPattern(PatternId pattern) implements PlanEdit {
        public String field() {
            return "pattern";
        }

        public String value() {
            return pattern.id();
        }
    }

    static Optional<PlanEdit> parse(String encoded) {
        if (encoded == null) {
            return Optional.empty();
        }
        int colon = encoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String field = encoded.substring(0, colon);
        String value = encoded.substring(colon + 1);
        return switch (field) {
            case "clinical" -> ClinicalStatus.find(value).map(SetClinical::new);
            case "it" -> ItStatus.find(value).map(SetIt::new);
            case "stage" -> CascadeStage.find(value).map(SetStage::new);
            case "pattern" -> PatternId.find(value).map(SetPattern::new);
            default -> Optional.empty();
        };
    }
}
