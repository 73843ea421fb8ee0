package be.zorgzame.neighbourhoods.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A former municipality and the one it was merged into, to map old codes in imported data. */
@Entity
@Table(name = "municipality_merger")
@NamedQuery(name = "MunicipalityMerger.findAll", query = "SELECT m FROM MunicipalityMerger m ORDER BY m.oldNisCode")
public class MunicipalityMerger {

    @Id
    @Column(name = "old_nis_code", length = 5)
    private String oldNisCode;

    @Column(name = "old_name_nl", nullable = false, length = 100)
    private String oldNameNl;

    @Column(name = "new_nis_code", nullable = false, length = 5)
    private String newNisCode;

    @Column(name = "merged_on", nullable = false)
    private LocalDate mergedOn;

    protected MunicipalityMerger() {
    }

    public String getOldNisCode() {
        return oldNisCode;
    }

    public String getOldNameNl() {
        return oldNameNl;
    }

    public String getNewNisCode() {
        return newNisCode;
    }

    public LocalDate getMergedOn() {
        return mergedOn;
    }
}
