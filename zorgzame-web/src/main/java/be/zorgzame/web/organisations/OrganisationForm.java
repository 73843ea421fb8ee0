package be.zorgzame.web.organisations;

import be.zorgzame.partners.boundary.OrganisationInput;
import be.zorgzame.partners.boundary.OrganisationView;
import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The organisation edit form's values, mutable for Faces; the input ids of organisations/edit.xhtml
 * are these property names, which are also {@link OrganisationInput}'s, so refused input shows next
 * to its field.
 */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String legalForm;
    private OrganisationKind kind = OrganisationKind.ASSOCIATION;
    private List<Sector> sectors = new ArrayList<>();
    private LocalDate activeFrom;
    private LocalDate activeTo;
    private String street;
    private String houseNumber;
    private String postcode;
    private String municipalityNisCode;
    private String website;
    private String email;
    private String phone;
    private String kboNumber;
    private String vcode;
    private String ovoCode;

    static OrganisationForm of(OrganisationView o) {
        OrganisationForm form = new OrganisationForm();
        form.name = o.name();
        form.legalForm = o.legalForm();
        form.kind = o.kind();
        form.sectors = new ArrayList<>(o.sectors());
        form.activeFrom = o.activeFrom();
        form.activeTo = o.activeTo();
        form.street = o.street();
        form.houseNumber = o.houseNumber();
        form.postcode = o.postcode();
        form.municipalityNisCode = o.municipalityNisCode();
        form.website = o.website();
        form.email = o.email();
        form.phone = o.phone();
        form.kboNumber = o.kboNumber();
        form.vcode = o.vcode();
        form.ovoCode = o.ovoCode();
        return form;
    }

    OrganisationInput toInput(Integer version) {
        return new OrganisationInput(name, legalForm, kind,
                sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors),
                activeFrom, activeTo, street, houseNumber, postcode, municipalityNisCode, website, email, phone,
                kboNumber, vcode, ovoCode, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
        this.kind = kind;
    }

    public List<Sector> getSectors() {
        return sectors;
    }

    public void setSectors(List<Sector> sectors) {
        this.sectors = sectors == null ? new ArrayList<>() : new ArrayList<>(sectors);
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public void setActiveFrom(LocalDate activeFrom) {
        this.activeFrom = activeFrom;
    }

    public LocalDate getActiveTo() {
        return activeTo;
    }

    public void setActiveTo(LocalDate activeTo) {
        this.activeTo = activeTo;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getMunicipalityNisCode() {
        return municipalityNisCode;
    }

    public void setMunicipalityNisCode(String municipalityNisCode) {
        this.municipalityNisCode = municipalityNisCode;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getKboNumber() {
        return kboNumber;
    }

    public void setKboNumber(String kboNumber) {
        this.kboNumber = kboNumber;
    }

    public String getVcode() {
        return vcode;
    }

    public void setVcode(String vcode) {
        this.vcode = vcode;
    }

    public String getOvoCode() {
        return ovoCode;
    }

    public void setOvoCode(String ovoCode) {
        this.ovoCode = ovoCode;
    }
}
