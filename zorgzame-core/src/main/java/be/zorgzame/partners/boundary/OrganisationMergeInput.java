package be.zorgzame.partners.boundary;

import jakarta.validation.constraints.NotNull;

/**
 * Merge the duplicate entry into this one. Both versions are those the user saw, so a merge never
 * acts on entries that changed in the meantime.
 */
public record OrganisationMergeInput(@NotNull Long duplicateId, @NotNull Integer version, @NotNull Integer duplicateVersion) {

    public OrganisationMergeInput(Long duplicateId, Integer version, Integer duplicateVersion) {
        this.duplicateId = duplicateId;
        this.version = version;
        this.duplicateVersion = duplicateVersion;
    }
}
