package be.zorgzame.plan.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A policy objective, action plan or action of one revision. Its code is unique within the revision and
 * is what links and revision differences go by; the parent is named by its code too.
 */
@Entity
@Table(name = "plan_item")
public class PlanItem {

    /** The lengths of the digital BBC reporting to the Flemish administration, for title and description. */
    public static final int CODE_LENGTH = 30;
    public static final int TITLE_LENGTH = 100;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int POLICY_FIELD_LENGTH = 4;
    public static final int SERVICE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_id", nullable = false)
    private PlanRevision revision;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_level", nullable = false, length = 20)
    private ItemLevel level;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "parent_code", length = CODE_LENGTH)
    private String parentCode;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(nullable = false)
    private boolean priority;

    @Column(name = "policy_field", length = POLICY_FIELD_LENGTH)
    private String policyField;

    @Column(name = "responsible_service", length = SERVICE_LENGTH)
    private String responsibleService;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "plan_item_budget", joinColumns = @JoinColumn(name = "item_id"))
    @OrderBy("budgetYear")
    private List<YearBudget> budgets = new ArrayList<>();

    protected PlanItem() {
    }

    PlanItem(PlanRevision revision, int sortOrder, ItemContent content) {
        this.revision = Objects.requireNonNull(revision);
        this.sortOrder = sortOrder;
        this.level = content.level();
        this.code = content.code();
        this.parentCode = content.parentCode();
        this.title = content.title();
        this.description = content.description();
        this.priority = content.priority();
        this.policyField = content.policyField();
        this.responsibleService = content.responsibleService();
        this.budgets.addAll(content.budgets());
    }

    public ItemContent content() {
        return new ItemContent(level, code, parentCode, title, description, priority, policyField, responsibleService,
                budgets);
    }

    public PlanRevision getRevision() {
        return revision;
    }

    public Long getId() {
        return id;
    }

    public ItemLevel getLevel() {
        return level;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }
}
