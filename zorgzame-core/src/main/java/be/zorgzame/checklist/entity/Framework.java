package be.zorgzame.checklist.entity;

import be.zorgzame.neighbourhoods.entity.Municipality;
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
 * A set of checklist items with a common source: seeded from the research, or added by an administrator,
 * for every municipality or for one (a municipality's own goals).
 */
@Entity
@Table(name = "checklist_framework")
@NamedQuery(name = "Framework.findAll", query = "SELECT f FROM Framework f ORDER BY f.sortOrder, f.id")
@NamedQuery(name = "Framework.findByCode", query = "SELECT f FROM Framework f WHERE f.code = :code")
public class Framework {

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 200;
    public static final int SOURCE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "name_nl", nullable = false, length = NAME_LENGTH)
    private String nameNl;

    @Column(name = "name_fr", nullable = false, length = NAME_LENGTH)
    private String nameFr;

    @Column(name = "name_en", nullable = false, length = NAME_LENGTH)
    private String nameEn;

    @Column(name = "source_reference", length = SOURCE_LENGTH)
    private String sourceReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessed_per", nullable = false, length = 20)
    private AssessedPer assessedPer;

    /** Set for a municipality's own framework; absent for a framework of every municipality. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_nis_code")
    private Municipality municipality;

    @Column(nullable = false)
    private boolean seeded;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "framework")
    @OrderBy("sortOrder, id")
    private List<ChecklistItem> items = new ArrayList<>();

    @Version
    private int version;

    protected Framework() {
    }

    public Framework(String code, String nameNl, String nameFr, String nameEn, AssessedPer assessedPer,
                     Municipality municipality, int sortOrder) {
        this.code = Objects.requireNonNull(code);
        this.nameNl = Objects.requireNonNull(nameNl);
        this.nameFr = Objects.requireNonNull(nameFr);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.assessedPer = Objects.requireNonNull(assessedPer);
        this.municipality = municipality;
        this.sortOrder = sortOrder;
    }

    public void setSourceReference(String sourceReference) {
        this.sourceReference = sourceReference;
    }

    public ChecklistItem addItem(String itemCode, ItemLevel level) {
        ChecklistItem item = new ChecklistItem(this, itemCode, level, items.size() + 1);
        items.add(item);
        return item;
    }

    /** Whether the framework applies to a municipality: every one, or the one it was made for. */
    public boolean appliesTo(String nisCode) {
        return retiredOn == null && (municipality == null || municipality.getNisCode().equals(nisCode));
    }

    public void retire(LocalDate on) {
        this.retiredOn = Objects.requireNonNull(on);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public AssessedPer getAssessedPer() {
        return assessedPer;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public boolean isSeeded() {
        return seeded;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<ChecklistItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public int getVersion() {
        return version;
    }
}
