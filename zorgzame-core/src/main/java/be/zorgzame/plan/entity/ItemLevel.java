package be.zorgzame.plan.entity;

import java.util.Optional;

/** The three levels of the strategic note: a policy objective holds action plans, an action plan holds actions. */
public enum ItemLevel {
    OBJECTIVE, ACTION_PLAN, ACTION;

    /** The level an item of this level hangs under; none for an objective. */
    public Optional<ItemLevel> parent() {
        return switch (this) {
            case OBJECTIVE -> Optional.empty();
            case ACTION_PLAN -> Optional.of(OBJECTIVE);
            case ACTION -> Optional.of(ACTION_PLAN);
        };
    }
}
