package be.zorgzame.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan item (by its code, so the link outlives revisions) linked to a piece of the caring-neighbourhood
 * work, with a note and optionally the share of the item's budget concerned. When a revision no longer has
 * the code, the link is flagged for review with the number of that revision, never removed.
 */
@Entity
@Table(name = "plan_link")
@NamedQuery(name = "PlanLink.findByPlan", query = "SELECT l FROM PlanLink l WHERE l.plan = :plan ORDER BY l.itemCode, l.id")
@NamedQuery(name = "PlanLink.countByPlanCodeAndTarget", query = "SELECT COUNT(l) FROM PlanLink l WHERE l.plan = :plan"
        + " AND l.itemCode = :code AND l.targetType = :type AND l.targetId = :target")
public class PlanLink {

    public static final int NOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Column(name = "item_code", nullable = false, length = PlanItem.CODE_LENGTH)
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, length = 20)
    private LinkTarget targetType;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(length = NOTE_LENGTH)
    private String note;

    /** A percentage, 0–100; absent: the whole budget of the item. */
    @Column(name = "budget_share", precision = 5, scale = 2)
    private BigDecimal budgetShare;

    @Column(name = "flagged_in_revision")
    private Integer flaggedInRevision;

    @Version
    private int version;

    protected PlanLink() {
    }

    public PlanLink(Plan plan, LinkTarget targetType, long targetId) {
        this.plan = Objects.requireNonNull(plan);
        this.targetType = Objects.requireNonNull(targetType);
        this.targetId = targetId;
    }

    public void describe(String code, String newNote, BigDecimal share) {
        this.itemCode = Objects.requireNonNull(code);
        this.note = newNote;
        this.budgetShare = share;
    }

    /** The revision that lost the item's code; the flag stays until the code is back or the link is pointed elsewhere. */
    public void flag(int revision) {
        if (flaggedInRevision == null) {
            flaggedInRevision = revision;
        }
    }

    public void clearFlag() {
        flaggedInRevision = null;
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public String getItemCode() {
        return itemCode;
    }

    public LinkTarget getTargetType() {
        return targetType;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getNote() {
        return note;
    }

    public BigDecimal getBudgetShare() {
        return budgetShare;
    }

    public Optional<Integer> getFlaggedInRevision() {
        return Optional.ofNullable(flaggedInRevision);
    }

    public int getVersion() {
        return version;
    }
}
