package be.zorgzame.web.api;

import be.zorgzame.platform.problem.InvalidInputException;
import java.util.Arrays;

/**
 * Query parameters naming an enum constant, case-insensitively. Parsed here rather than by JAX-RS,
 * which answers an unknown value with 404; this answers 400 naming the parameter.
 */
public final class EnumParameters {

    private EnumParameters() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(parameter, "{zorgzame.value.unknown}"));
    }
}
