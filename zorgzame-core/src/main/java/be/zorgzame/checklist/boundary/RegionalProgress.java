package be.zorgzame.checklist.boundary;

import java.util.List;

/**
 * A municipality's progress for regional support: counts only, no names of people, owners, evidence or
 * comments, and neighbourhoods only as a number.
 */
public record RegionalProgress(String municipalityNisCode, String municipalityName, long runningNeighbourhoods,
                               long neighbourhoodsAssessed, List<FrameworkProgress> frameworks) {
}
