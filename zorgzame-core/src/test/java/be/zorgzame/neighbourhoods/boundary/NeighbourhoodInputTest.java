package be.zorgzame.neighbourhoods.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.neighbourhoods.entity.Pillar;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The constraints a client's input must meet, checked without a container. */
class NeighbourhoodInputTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private static NeighbourhoodInput input(String name, String nisCode, NeighbourhoodStatus status, String amount) {
        return new NeighbourhoodInput(name, nisCode, null, status, LocalDate.of(2022, 3, 1), null, null,
                amount == null ? null : new BigDecimal(amount), Set.of(Pillar.PARTICIPATION), null);
    }

    private Set<String> invalidFields(NeighbourhoodInput input) {
        return validator.validate(input).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void completeInputIsValid() {
        assertEquals(Set.of(), invalidFields(input("Zorgzaam Rabot", "44021", NeighbourhoodStatus.RUNNING, "50000.00")));
    }

    @Test
    void nameMunicipalityAndStatusAreRequired() {
        assertEquals(Set.of("municipalityNisCode", "name", "status"), invalidFields(input(" ", null, null, null)));
    }

    @Test
    void malformedNisCodeNegativeAmountAndTooLongNameAreRefused() {
        assertEquals(Set.of("municipalityNisCode", "name", "subsidyAmountPerYear"),
                invalidFields(input("x".repeat(201), "4402", NeighbourhoodStatus.STARTING, "-1")));
    }

    @Test
    void amountsHaveAtMostTwoDecimals() {
        assertEquals(Set.of("subsidyAmountPerYear"),
                invalidFields(input("Buurt", "44021", NeighbourhoodStatus.STARTING, "10.005")));
    }
}
