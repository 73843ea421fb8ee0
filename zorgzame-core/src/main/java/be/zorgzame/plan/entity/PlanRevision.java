package be.zorgzame.plan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One state of a plan, as imported; never changed afterwards (a change is the next revision). */
@Entity
@Table(name = "plan_revision")
public class PlanRevision {

    public static final int LABEL_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Column(name = "revision_number", nullable = false)
    private int number;

    @Column(length = LABEL_LENGTH)
    private String label;

    /** In UTC. */
    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt = LocalDateTime.now(ZoneOffset.UTC);

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    private List<PlanItem> items = new ArrayList<>();

    protected PlanRevision() {
    }

    PlanRevision(Plan plan, int number, String label, String importedBy) {
        this.plan = Objects.requireNonNull(plan);
        this.number = number;
        this.label = label;
        this.importedBy = Objects.requireNonNull(importedBy);
    }

    public PlanItem add(ItemContent content) {
        PlanItem item = new PlanItem(this, items.size(), content);
        items.add(item);
        return item;
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public int getNumber() {
        return number;
    }

    public String getLabel() {
        return label;
    }

    public LocalDateTime getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public List<PlanItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
