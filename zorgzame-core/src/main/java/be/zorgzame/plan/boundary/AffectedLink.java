package be.zorgzame.plan.boundary;

import be.zorgzame.plan.entity.LinkTarget;
import java.io.Serializable;

/**
 * A link touched by a new revision: its item is gone (the link is flagged for review), its item changed,
 * or the item of a flagged link is back (the flag is cleared).
 */
public record AffectedLink(long linkId, String itemCode, LinkTarget targetType, long targetId, String targetName,
                           Effect effect) implements Serializable {

    /** What the revision does to the link. */
    public enum Effect { FLAGGED, CHANGED, RESTORED }
}
