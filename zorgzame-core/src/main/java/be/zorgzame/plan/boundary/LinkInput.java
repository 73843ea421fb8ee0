package be.zorgzame.plan.boundary;

import be.zorgzame.plan.entity.LinkTarget;
import be.zorgzame.plan.entity.PlanItem;
import be.zorgzame.plan.entity.PlanLink;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A link from a plan item (by code) to a neighbourhood, agreement or mandate, with a note and optionally
 * the share of the item's budget concerned, in percent. {@code version}: the link's, as read (absent when creating).
 */
public record LinkInput(
        @NotBlank @Size(max = PlanItem.CODE_LENGTH) String itemCode,
        @NotNull LinkTarget targetType,
        @NotNull Long targetId,
        @Size(max = PlanLink.NOTE_LENGTH) String note,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal budgetShare,
        Integer version) {

    public LinkInput(String itemCode, LinkTarget targetType, Long targetId, String note, BigDecimal budgetShare,
                     Integer version) {
        this.itemCode = itemCode;
        this.targetType = targetType;
        this.targetId = targetId;
        this.note = note;
        this.budgetShare = budgetShare;
        this.version = version;
    }
}
