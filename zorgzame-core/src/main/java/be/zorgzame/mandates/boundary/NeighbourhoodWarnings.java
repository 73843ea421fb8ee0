package be.zorgzame.mandates.boundary;

import be.zorgzame.mandates.control.MandateWarning;
import java.util.List;

/** The mandate warnings of one neighbourhood, and whether a coordinator mandate (a linchpin) is in force there. */
public record NeighbourhoodWarnings(long neighbourhoodId, String neighbourhoodName, String municipalityNisCode,
                                    boolean activeLinchpin, List<MandateWarning> warnings) {
}
