package be.zorgzame.neighbourhoods.boundary;

import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;

/** Optional criteria for listing neighbourhoods; {@code null} means "any". */
public record NeighbourhoodFilter(String municipalityNisCode, NeighbourhoodStatus status, String nameContains) {

    public static NeighbourhoodFilter none() {
        return new NeighbourhoodFilter(null, null, null);
    }
}
