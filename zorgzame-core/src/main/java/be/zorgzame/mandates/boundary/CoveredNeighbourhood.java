package be.zorgzame.mandates.boundary;

import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A neighbourhood a mandate covers. */
public record CoveredNeighbourhood(long id, String name, String municipalityNisCode) implements Serializable {

    static List<CoveredNeighbourhood> of(Collection<Neighbourhood> neighbourhoods) {
        return neighbourhoods.stream()
                .map(n -> new CoveredNeighbourhood(n.getId(), n.getName(), n.getMunicipality().getNisCode()))
                .sorted(Comparator.comparing(CoveredNeighbourhood::id))
                .toList();
    }
}
