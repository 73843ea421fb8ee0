package be.zorgzame.agreements.entity;

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
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A body of the coordination structure (steering group, core team, ...), its member parties and how often it meets. */
@Entity
@Table(name = "agreement_body")
public class CoordinationBody {

    public static final int NAME_LENGTH = 200;
    public static final int CADENCE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id", nullable = false)
    private AgreementVersion agreementVersion;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind", nullable = false, length = 30)
    private BodyKind kind;

    @Column(length = CADENCE_LENGTH)
    private String cadence;

    /** The member parties, by organisation. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_body_member", joinColumns = @JoinColumn(name = "body_id"))
    @Column(name = "organisation_id")
    private Set<Long> memberOrganisationIds = new TreeSet<>();

    protected CoordinationBody() {
    }

    CoordinationBody(AgreementVersion agreementVersion, String name, BodyKind kind) {
        this.agreementVersion = Objects.requireNonNull(agreementVersion);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
    }

    public void meet(String newCadence, Set<Long> members) {
        this.cadence = newCadence;
        this.memberOrganisationIds.clear();
        this.memberOrganisationIds.addAll(members);
    }

    /** A member organisation merged into another is represented by the survivor. */
    public void replaceMember(long mergedId, long survivorId) {
        if (memberOrganisationIds.remove(mergedId)) {
            memberOrganisationIds.add(survivorId);
        }
    }

    void placeAt(int position) {
        this.sortOrder = position;
    }

    public String getName() {
        return name;
    }

    public BodyKind getKind() {
        return kind;
    }

    public String getCadence() {
        return cadence;
    }

    public Set<Long> getMemberOrganisationIds() {
        return Collections.unmodifiableSet(memberOrganisationIds);
    }
}
