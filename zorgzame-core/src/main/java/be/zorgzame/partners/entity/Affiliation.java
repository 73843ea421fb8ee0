package be.zorgzame.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A person's place in one organisation: their function there, and since and until when. */
@Entity
@Table(name = "affiliation")
@NamedQuery(name = "Affiliation.findByOrganisation", query = "SELECT a FROM Affiliation a JOIN FETCH a.person p"
        + " WHERE a.organisation.id = :organisation ORDER BY p.name, p.id")
public class Affiliation {

    public static final int FUNCTION_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "job_function", length = FUNCTION_LENGTH)
    private String function;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Affiliation() {
    }

    Affiliation(Person person, Organisation organisation, String function) {
        this.person = Objects.requireNonNull(person);
        this.organisation = Objects.requireNonNull(organisation);
        this.function = function;
    }

    /** Passes this affiliation on to the organisation a duplicate entry is merged into. */
    public void moveTo(Organisation survivor) {
        this.organisation = Objects.requireNonNull(survivor);
    }

    public void changeFunction(String newFunction) {
        this.function = newFunction;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getFunction() {
        return function;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidity(LocalDate from, LocalDate to) {
        this.validFrom = from;
        this.validTo = to;
    }
}
