package be.zorgzame.neighbourhoods.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A Flemish or Brussels municipality as it stands after the mergers of 1 January 2025. Reference data
 * loaded by migration and never changed by users.
 */
@Entity
@Table(name = "municipality")
@NamedQuery(name = "Municipality.findAll", query = "SELECT m FROM Municipality m ORDER BY m.nameNl")
public class Municipality {

    @Id
    @Column(name = "nis_code", length = 5)
    private String nisCode;

    @Column(name = "name_nl", nullable = false, length = 100)
    private String nameNl;

    @Column(name = "name_fr", length = 100)
    private String nameFr;

    @Column(nullable = false, length = 3)
    private String region;

    @Column(name = "province_nl", length = 50)
    private String provinceNl;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    protected Municipality() {
    }

    public String getNisCode() {
        return nisCode;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getRegion() {
        return region;
    }

    public String getProvinceNl() {
        return provinceNl;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    /** The name in French where that is official (Brussels, municipalities with language facilities), else Dutch. */
    public String nameIn(String language) {
        return "fr".equals(language) && nameFr != null ? nameFr : nameNl;
    }
}
