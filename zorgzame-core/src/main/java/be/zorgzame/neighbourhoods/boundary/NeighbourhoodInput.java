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

    public Set<Pillar> pillarsOrNone() {
        return pillars == null ? Set.of() : pillars;
    }
}
