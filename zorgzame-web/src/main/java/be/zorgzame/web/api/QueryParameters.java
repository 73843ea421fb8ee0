package be.zorgzame.web.api;

import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.query.Dates;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Query parameters parsed here rather than by JAX-RS, which answers a value it cannot convert with
 * 404: these answer 400 naming the parameter.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** An enum constant, named case-insensitively. */
    public static <E extends Enum<E>> E enumConstant(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(parameter, "{zorgzame.value.unknown}"));
    }

    /** An ISO date (2024-01-15) in the years 1 to 9999. */
    public static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Dates.parse(value.strip())
                .orElseThrow(() -> new InvalidInputException(parameter, "{zorgzame.date.invalid}"));
    }

    /** An import's {@code dryRun}: true (the default) or false. */
    public static boolean dryRun(String value) {
        if (value == null || "true".equalsIgnoreCase(value.strip())) {
            return true;
        }
        if ("false".equalsIgnoreCase(value.strip())) {
            return false;
        }
        throw new InvalidInputException("dryRun", "{zorgzame.value.unknown}");
    }

    /** A whole number (a year). */
    public static Integer integer(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(parameter, "{zorgzame.value.unknown}");
        }
    }

    /** The id of an object, a positive whole number. */
    public static Long id(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(parameter, "{zorgzame.value.unknown}");
        }
        if (id <= 0) {
            throw new InvalidInputException(parameter, "{zorgzame.value.unknown}");
        }
        return id;
    }
}
