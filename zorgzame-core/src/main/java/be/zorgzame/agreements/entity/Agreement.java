package be.zorgzame.agreements.entity;

import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An agreement of a neighbourhood, as the sequence of its versions. Its own version is bumped by every
 * lifecycle step, so two steps on the same agreement (two amendments, a sign-off racing a change)
 * cannot both succeed.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "neighbourhood_id", nullable = false)
    private Neighbourhood neighbourhood;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<AgreementVersion> versions = new ArrayList<>();

    @Version
    private int version;

    protected Agreement() {
    }

    public Agreement(Neighbourhood neighbourhood) {
        this.neighbourhood = Objects.requireNonNull(neighbourhood);
    }

    /** Starts the next version: the first draft, or an amendment. */
    public AgreementVersion newVersion(String title) {
        AgreementVersion next = new AgreementVersion(this, versions.size() + 1, title);
        versions.add(next);
        return next;
    }

    public Optional<AgreementVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    public AgreementVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The version in force: accepted by all and neither superseded nor terminated. */
    public Optional<AgreementVersion> active() {
        return versions.stream().filter(v -> v.getStatus() == AgreementStatus.ACTIVE).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Neighbourhood getNeighbourhood() {
        return neighbourhood;
    }

    public List<AgreementVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public int getVersion() {
        return version;
    }
}
