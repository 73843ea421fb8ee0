package be.zorgzame.partners.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A contact person of one or more partner organisations. Personal data: only what collaboration
 * needs, with where it came from and the legal basis for keeping it.
 */
@Entity
@Table(name = "person")
public class Person {

    public static final int NAME_LENGTH = 200;
    public static final int SOURCE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(length = Organisation.EMAIL_LENGTH)
    private String email;

    @Column(length = Organisation.PHONE_LENGTH)
    private String phone;

    @Column(nullable = false, length = SOURCE_LENGTH)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, length = 30)
    private LegalBasis legalBasis;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Affiliation> affiliations = new ArrayList<>();

    /** Set by erasure and never cleared: an erased person stays erased. */
    @Column(nullable = false)
    private boolean erased;

    @Version
    private int version;

    protected Person() {
    }

    public Person(String name, String source, LegalBasis legalBasis) {
        describe(name, null, null, source, legalBasis);
    }

    public final void describe(String newName, String newEmail, String newPhone, String newSource, LegalBasis newLegalBasis) {
        this.name = Objects.requireNonNull(newName);
        this.email = newEmail;
        this.phone = newPhone;
        this.source = Objects.requireNonNull(newSource);
        this.legalBasis = Objects.requireNonNull(newLegalBasis);
    }

    /**
     * Anonymises the person (GDPR erasure): the name becomes the placeholder, the contact details go, the
     * source says only that the data were erased; the legal basis and the affiliations stay, so agreements
     * and mandates that name this person remain coherent. From then on the person is not changed again.
     */
    public void erase(String placeholder, String erasedSource) {
        describe(placeholder, null, null, erasedSource, legalBasis);
        erased = true;
    }

    public boolean isErased() {
        return erased;
    }

    public Affiliation affiliateWith(Organisation organisation, String function) {
        Affiliation affiliation = new Affiliation(this, organisation, function);
        affiliations.add(affiliation);
        return affiliation;
    }

    public void removeAffiliation(Affiliation affiliation) {
        affiliations.remove(affiliation);
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

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getSource() {
        return source;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public List<Affiliation> getAffiliations() {
        return List.copyOf(affiliations);
    }
}
