package be.zorgzame.partners.boundary;

/**
 * Fired inside the merge transaction, before the duplicate is removed: components that refer to
 * organisations pass their references on to the survivor (or refuse the merge by throwing).
 */
public record OrganisationsMerged(long duplicateId, long survivorId) {
}
