package be.zorgzame.partners.entity;

import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.partners.control.NameKeys;
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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** An organisation or initiative that takes part, or may take part, in caring neighbourhoods. */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_LENGTH = 200;
    public static final int LEGAL_FORM_LENGTH = 60;
    public static final int STREET_LENGTH = 200;
    public static final int HOUSE_NUMBER_LENGTH = 20;
    public static final int POSTCODE_LENGTH = 10;
    public static final int WEBSITE_LENGTH = 300;
    public static final int EMAIL_LENGTH = 254;
    public static final int PHONE_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_LENGTH)
    private String nameKey;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "organisation_name_token", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "token", length = NAME_LENGTH)
    private Set<String> nameTokens = new HashSet<>();

    @Column(name = "legal_form", length = LEGAL_FORM_LENGTH)
    private String legalForm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganisationKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "organisation_sector", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "sector", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Sector> sectors = EnumSet.noneOf(Sector.class);

    @Column(name = "active_from")
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    @Column(length = STREET_LENGTH)
    private String street;

    @Column(name = "house_number", length = HOUSE_NUMBER_LENGTH)
    private String houseNumber;

    @Column(length = POSTCODE_LENGTH)
    private String postcode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_nis_code")
    private Municipality municipality;

    @Column(length = WEBSITE_LENGTH)
    private String website;

    @Column(length = EMAIL_LENGTH)
    private String email;

    @Column(length = PHONE_LENGTH)
    private String phone;

    @Column(name = "kbo_number", length = 10)
    private String kboNumber;

    @Column(name = "vcode", length = 8)
    private String vcode;

    @Column(name = "ovo_code", length = 9)
    private String ovoCode;

    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind) {
        rename(name);
        this.kind = Objects.requireNonNull(kind);
    }

    /** Renames, keeping the search key and the words searched on in step with the name. */
    public final void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
        this.nameKey = NameKeys.key(newName);
        this.nameTokens.clear();
        this.nameTokens.addAll(NameKeys.tokens(newName));
    }

    /** Active on a day: started (or no start known) and not yet ended. */
    public boolean isActiveOn(LocalDate day) {
        return (activeFrom == null || !activeFrom.isAfter(day)) && (activeTo == null || !activeTo.isBefore(day));
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

    public String getNameKey() {
        return nameKey;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = Objects.requireNonNull(kind);
    }

    public Set<Sector> getSectors() {
        return sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors);
    }

    public void setSectors(Set<Sector> sectors) {
        this.sectors.clear();
        this.sectors.addAll(sectors);
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public LocalDate getActiveTo() {
        return activeTo;
    }

    public void setActivePeriod(LocalDate from, LocalDate to) {
        this.activeFrom = from;
        this.activeTo = to;
    }

    public String getStreet() {
        return street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public String getPostcode() {
        return postcode;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public void setAddress(String street, String houseNumber, String postcode, Municipality municipality) {
        this.street = street;
        this.houseNumber = houseNumber;
        this.postcode = postcode;
        this.municipality = municipality;
    }

    public String getWebsite() {
        return website;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public void setContact(String website, String email, String phone) {
        this.website = website;
        this.email = email;
        this.phone = phone;
    }

    public String getKboNumber() {
        return kboNumber;
    }

    public String getVcode() {
        return vcode;
    }

    public String getOvoCode() {
        return ovoCode;
    }

    /** The identifiers in normalised form (see the control package); each may be absent. */
    public void setIdentifiers(String kboNumber, String vcode, String ovoCode) {
        this.kboNumber = kboNumber;
        this.vcode = vcode;
        this.ovoCode = ovoCode;
    }
}
