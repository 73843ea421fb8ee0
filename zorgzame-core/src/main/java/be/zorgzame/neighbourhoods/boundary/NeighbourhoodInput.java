package be.zorgzame.neighbourhoods.boundary;

import be.zorgzame.neighbourhoods.control.NisCode;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.neighbourhoods.entity.Pillar;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a client sends to create or change a neighbourhood. {@code version} is the version the client
 * read; it is required for a change, so that a concurrent edit is detected instead of overwritten.
 * <p>
 * The canonical constructor is written out so that the constraints stay on the fields only: Payara
 * 6's OpenAPI scanner fails on constraint annotations of constructor parameters.
 */
public record NeighbourhoodInput(
        @NotBlank @Size(max = Neighbourhood.NAME_LENGTH) String name,
        @NotNull @NisCode String municipalityNisCode,
        @Size(max = Neighbourhood.AREA_DESCRIPTION_LENGTH) String areaDescription,
        @NotNull NeighbourhoodStatus status,
        LocalDate startDate,
        LocalDate subsidyFrom,
        LocalDate subsidyTo,
        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal subsidyAmountPerYear,
        Set<@NotNull Pillar> pillars,
        Integer version) {

    public NeighbourhoodInput(String name, String municipalityNisCode, String areaDescription,
                              NeighbourhoodStatus status, LocalDate startDate, LocalDate subsidyFrom,
                              LocalDate subsidyTo, BigDecimal subsidyAmountPerYear, Set<Pillar> pillars,
                              Integer version) {
        this.name = name;
        this.municipalityNisCode = municipalityNisCode;
        this.areaDescription = areaDescription;
        this.status = status;
        this.startDate = startDate;
        this.subsidyFrom = subsidyFrom;
        this.subsidyTo = subsidyTo;
        this.subsidyAmountPerYear = subsidyAmountPerYear;
        this.pillars = pillars;
        this.version = version;
    }

    public Set<Pillar> pillarsOrNone() {
        return pillars == null ? Set.of() : pillars;
    }
}
