package be.zorgzame.plan.entity;

import be.zorgzame.neighbourhoods.entity.Municipality;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A municipality's multi-year plan for one cycle (e.g. 2026–2031). Its content lives in numbered
 * revisions, one per import; the newest is the plan in force, the older ones are kept as they were.
 */
@Entity
@Table(name = "multiyear_plan")
@NamedQuery(name = "Plan.findByMunicipality", query = "SELECT p FROM Plan p WHERE p.municipality.nisCode = :municipality"
        + " ORDER BY p.firstYear DESC")
@NamedQuery(name = "Plan.findAll", query = "SELECT p FROM Plan p ORDER BY p.municipality.nisCode, p.firstYear DESC")
public class Plan {

    public static final int TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_nis_code", nullable = false)
    private Municipality municipality;

    @Column(name = "first_year", nullable = false)
    private int firstYear;

    @Column(name = "last_year", nullable = false)
    private int lastYear;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @OneToMany(mappedBy = "plan")
    @OrderBy("number")
    private List<PlanRevision> revisions = new ArrayList<>();

    @Version
    private int version;

    protected Plan() {
    }

    public Plan(Municipality municipality, int firstYear, int lastYear, String title) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("cycle ends before it starts");
        }
        this.municipality = Objects.requireNonNull(municipality);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.title = Objects.requireNonNull(title);
    }

    /** The next revision, numbered after the newest; its items are added by the import. */
    public PlanRevision revise(String label, String importedBy) {
        PlanRevision revision = new PlanRevision(this, latestRevision().map(PlanRevision::getNumber).orElse(0) + 1,
                label, importedBy);
        revisions.add(revision);
        return revision;
    }

    public Optional<PlanRevision> latestRevision() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    public Optional<PlanRevision> revision(int number) {
        return revisions.stream().filter(r -> r.getNumber() == number).findFirst();
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public Long getId() {
        return id;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public int getLastYear() {
        return lastYear;
    }

    public String getTitle() {
        return title;
    }

    public List<PlanRevision> getRevisions() {
        return Collections.unmodifiableList(revisions);
    }

    public int getVersion() {
        return version;
    }
}
