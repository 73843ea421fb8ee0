package be.zorgzame.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A registry entry merged into another: the merged one's id lives on as part of the survivor's history. */
@Entity
@Table(name = "organisation_merge")
@NamedQuery(name = "OrganisationMerge.mergedInto",
        query = "SELECT m.mergedId FROM OrganisationMerge m WHERE m.survivorId = :survivor")
@NamedQuery(name = "OrganisationMerge.passOn",
        query = "UPDATE OrganisationMerge m SET m.survivorId = :survivor WHERE m.survivorId = :merged")
public class OrganisationMerge {

    @Id
    @Column(name = "merged_id")
    private Long mergedId;

    @Column(name = "survivor_id", nullable = false)
    private Long survivorId;

    protected OrganisationMerge() {
    }

    public OrganisationMerge(long mergedId, long survivorId) {
        this.mergedId = mergedId;
        this.survivorId = survivorId;
    }
}
