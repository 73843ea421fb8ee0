package be.zorgzame.neighbourhoods.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A caring-neighbourhood initiative (zorgzame buurt) in one municipality. */
@Entity
@Table(name = "neighbourhood")
public class Neighbourhood {

    public static final int NAME_LENGTH = 200;
    public static final int AREA_DESCRIPTION_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_nis_code", nullable = false)
    private Municipality municipality;

    @Column(name = "area_description", length = AREA_DESCRIPTION_LENGTH)
    private String areaDescription;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NeighbourhoodStatus status;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "subsidy_from")
    private LocalDate subsidyFrom;

    @Column(name = "subsidy_to")
    private LocalDate subsidyTo;

    @Column(name = "subsidy_amount_per_year", precision = 12, scale = 2)
    private BigDecimal subsidyAmountPerYear;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "neighbourhood_pillar", joinColumns = @JoinColumn(name = "neighbourhood_id"))
    @Column(name = "pillar", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);

    @Version
    private int version;

    protected Neighbourhood() {
    }

    public Neighbourhood(String name, Municipality municipality, NeighbourhoodStatus status) {
        this.name = Objects.requireNonNull(name);
        this.municipality = Objects.requireNonNull(municipality);
        this.status = Objects.requireNonNull(status);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Municipality municipality) {
        this.municipality = Objects.requireNonNull(municipality);
    }

    public String getAreaDescription() {
        return areaDescription;
    }

    public void setAreaDescription(String areaDescription) {
        this.areaDescription = areaDescription;
    }

    public NeighbourhoodStatus getStatus() {
        return status;
    }

    public void setStatus(NeighbourhoodStatus status) {
        this.status = Objects.requireNonNull(status);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getSubsidyFrom() {
        return subsidyFrom;
    }

    public LocalDate getSubsidyTo() {
        return subsidyTo;
    }

    /** The subsidy period; an open end is allowed, an end before the start is not (checked by the service). */
    public void setSubsidyPeriod(LocalDate from, LocalDate to) {
        this.subsidyFrom = from;
        this.subsidyTo = to;
    }

    public BigDecimal getSubsidyAmountPerYear() {
        return subsidyAmountPerYear;
    }

    public void setSubsidyAmountPerYear(BigDecimal subsidyAmountPerYear) {
        this.subsidyAmountPerYear = subsidyAmountPerYear;
    }

    public Set<Pillar> getPillars() {
        return pillars.isEmpty() ? EnumSet.noneOf(Pillar.class) : EnumSet.copyOf(pillars);
    }

    public void setPillars(Set<Pillar> pillars) {
        this.pillars.clear();
        this.pillars.addAll(pillars);
    }
}
