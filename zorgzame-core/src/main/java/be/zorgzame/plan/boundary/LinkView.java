package be.zorgzame.plan.boundary;

import be.zorgzame.plan.entity.LinkTarget;
import be.zorgzame.plan.entity.PlanLink;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A link as shown: the item's title in the newest revision (absent when that revision lacks the code: then
 * {@code flaggedInRevision} says since which revision), and the target's name.
 */
public record LinkView(long id, String itemCode, String itemTitle, LinkTarget targetType, long targetId,
                       String targetName, String note, BigDecimal budgetShare, Integer flaggedInRevision, int version) implements Serializable {

    static LinkView of(PlanLink link, String itemTitle, String targetName) {
        return new LinkView(link.getId(), link.getItemCode(), itemTitle, link.getTargetType(), link.getTargetId(),
                targetName, link.getNote(), link.getBudgetShare(), link.getFlaggedInRevision().orElse(null), link.getVersion());
    }
}
