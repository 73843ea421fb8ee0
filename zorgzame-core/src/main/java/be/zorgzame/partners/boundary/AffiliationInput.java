package be.zorgzame.partners.boundary;

/** A further organisation a person works for, and their function there. */
public record AffiliationInput(Long organisationId, String function) {
}
