package be.zorgzame.checklist.entity;

import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.partners.entity.Organisation;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A physical meeting place, indoors or outdoors (recommendations Flemish 6 and local 3): where it is,
 * whether it serves several purposes, who owns it (from the partner registry), how accessible and how
 * available it is. Kept per municipality, optionally for one neighbourhood.
 */
@Entity
@Table(name = "meeting_place")
@NamedQuery(name = "MeetingPlace.findInMunicipality",
        query = "SELECT p FROM MeetingPlace p WHERE p.municipality.nisCode = :municipality ORDER BY p.name, p.id")
@NamedQuery(name = "MeetingPlace.findByOwner", query = "SELECT p FROM MeetingPlace p WHERE p.owner.id = :owner")
public class MeetingPlace {

    public static final int NAME_LENGTH = 200;
    public static final int STREET_LENGTH = 200;
    public static final int HOUSE_NUMBER_LENGTH = 20;
    public static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(length = STREET_LENGTH)
    private String street;

    @Column(name = "house_number", length = HOUSE_NUMBER_LENGTH)
    private String houseNumber;

    @Column(length = 4)
    private String postcode;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_nis_code", nullable = false)
    private Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "neighbourhood_id")
    private Neighbourhood neighbourhood;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlaceSetting setting;

    @Column(nullable = false)
    private boolean multifunctional;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_organisation_id")
    private Organisation owner;

    @Column(length = TEXT_LENGTH)
    private String accessibility;

    @Column(length = TEXT_LENGTH)
    private String availability;

    @Version
    private int version;

    protected MeetingPlace() {
    }

    public MeetingPlace(String name, Municipality municipality, PlaceSetting setting) {
        this.name = Objects.requireNonNull(name);
        this.municipality = Objects.requireNonNull(municipality);
        this.setting = Objects.requireNonNull(setting);
    }

    public void describe(String newName, PlaceSetting newSetting, boolean isMultifunctional, String newAccessibility,
                         String newAvailability) {
        this.name = Objects.requireNonNull(newName);
        this.setting = Objects.requireNonNull(newSetting);
        this.multifunctional = isMultifunctional;
        this.accessibility = newAccessibility;
        this.availability = newAvailability;
    }

    public void locate(String newStreet, String newHouseNumber, String newPostcode, Municipality newMunicipality,
                       Neighbourhood newNeighbourhood) {
        this.street = newStreet;
        this.houseNumber = newHouseNumber;
        this.postcode = newPostcode;
        this.municipality = Objects.requireNonNull(newMunicipality);
        this.neighbourhood = newNeighbourhood;
    }

    public void setOwner(Organisation owner) {
        this.owner = owner;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
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

    public Neighbourhood getNeighbourhood() {
        return neighbourhood;
    }

    public PlaceSetting getSetting() {
        return setting;
    }

    public boolean isMultifunctional() {
        return multifunctional;
    }

    public Organisation getOwner() {
        return owner;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public String getAvailability() {
        return availability;
    }

    public int getVersion() {
        return version;
    }
}
