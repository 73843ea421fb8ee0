package be.zorgzame.neighbourhoods.boundary;

import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.neighbourhoods.entity.Pillar;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** A neighbourhood as shown to clients, with the version to send back when changing it. */
public record NeighbourhoodView(
        long id,
        int version,
        String name,
        String municipalityNisCode,
        String municipalityName,
        String areaDescription,
        NeighbourhoodStatus status,
        LocalDate startDate,
        LocalDate subsidyFrom,
        LocalDate subsidyTo,
        BigDecimal subsidyAmountPerYear,
        Set<Pillar> pillars) implements Serializable {

    static NeighbourhoodView of(Neighbourhood n) {
        return new NeighbourhoodView(n.getId(), n.getVersion(), n.getName(),
                n.getMunicipality().getNisCode(), n.getMunicipality().getNameNl(),
                n.getAreaDescription(), n.getStatus(), n.getStartDate(),
                n.getSubsidyFrom(), n.getSubsidyTo(), n.getSubsidyAmountPerYear(),
                new TreeSet<>(n.getPillars()));
    }
}
