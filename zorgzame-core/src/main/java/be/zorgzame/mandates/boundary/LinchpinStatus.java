package be.zorgzame.mandates.boundary;

/** Whether a neighbourhood has a coordinator mandate in force; nothing about who holds it. */
public record LinchpinStatus(long neighbourhoodId, String neighbourhoodName, String municipalityNisCode,
                             boolean activeLinchpin) {
}
