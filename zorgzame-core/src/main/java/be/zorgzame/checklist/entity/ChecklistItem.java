package be.zorgzame.checklist.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One item of a framework: a recommendation, a priority, a building block or an administrator's own
 * item. Its wording lives in editions: a change adds an edition and leaves the earlier ones as they were,
 * so assessments made against an earlier wording stay readable. An item is retired, never deleted.
 */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

    public static final int CODE_LENGTH = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_id", nullable = false)
    private Framework framework;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_level", nullable = false, length = 20)
    private ItemLevel level;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean seeded;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("edition")
    private List<ItemEdition> editions = new ArrayList<>();

    @Version
    private int version;

    protected ChecklistItem() {
    }

    ChecklistItem(Framework framework, String code, ItemLevel level, int sortOrder) {
        this.framework = Objects.requireNonNull(framework);
        this.code = Objects.requireNonNull(code);
        this.level = Objects.requireNonNull(level);
        this.sortOrder = sortOrder;
    }

    /** A new wording, which becomes the current one; the earlier editions are kept unchanged. */
    public ItemEdition reword(ItemEdition.Wording wording, String reason, String by) {
        ItemEdition next = new ItemEdition(this, editions.size() + 1, wording, reason, by);
        editions.add(next);
        return next;
    }

    public ItemEdition current() {
        return editions.get(editions.size() - 1);
    }

    public void retire(LocalDate on) {
        this.retiredOn = Objects.requireNonNull(on);
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    public Long getId() {
        return id;
    }

    public Framework getFramework() {
        return framework;
    }

    public String getCode() {
        return code;
    }

    public ItemLevel getLevel() {
        return level;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isSeeded() {
        return seeded;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public List<ItemEdition> getEditions() {
        return Collections.unmodifiableList(editions);
    }

    public int getVersion() {
        return version;
    }
}
