package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.query.Dates;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Fuzzes the query-parameter parsers with any decoded parameter value: each gives a value that reads back
 * the same, or refuses it naming the parameter (a 400), never another exception (a 500).
 */
class QueryParametersFuzzTest {

    private static final String PARAMETER = "p";

    @FuzzTest(maxDuration = "30s")
    void enumConstantIsANamedConstant(byte[] query) {
        String value = text(query);
        parsed(() -> QueryParameters.enumConstant(OrganisationKind.class, PARAMETER, value), kind -> {
            assertTrue(kind == null ? value.isBlank() : kind.name().equalsIgnoreCase(value.strip()), value);
            if (kind != null) {
                assertEquals(kind, QueryParameters.enumConstant(OrganisationKind.class, PARAMETER,
                        kind.name().toLowerCase(Locale.ROOT)));
            }
        });
    }

    @FuzzTest(maxDuration = "30s")
    void dateReadsBackAsItself(byte[] query) {
        String value = text(query);
        parsed(() -> QueryParameters.date(PARAMETER, value), date -> {
            if (date != null) {
                assertTrue(Dates.isStorable(date), date::toString);
                assertEquals(date, LocalDate.parse(date.toString()));
                assertEquals(date, QueryParameters.date(PARAMETER, date.toString()));
            }
        });
    }

    @FuzzTest(maxDuration = "30s")
    void dryRunIsTrueOrFalse(byte[] query) {
        String value = query.length == 0 ? null : text(query);
        try {
            boolean dryRun = QueryParameters.dryRun(value);
            assertTrue(value == null || value.strip().equalsIgnoreCase(String.valueOf(dryRun)), value);
        } catch (InvalidInputException refused) {
            assertEquals("dryRun", refused.field());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void integerReadsBackAsItself(byte[] query) {
        String value = text(query);
        parsed(() -> QueryParameters.integer(PARAMETER, value), number -> {
            if (number != null) {
                assertEquals(number, QueryParameters.integer(PARAMETER, number.toString()));
            }
        });
    }

    @FuzzTest(maxDuration = "30s")
    void idIsPositive(byte[] query) {
        String value = text(query);
        parsed(() -> QueryParameters.id(PARAMETER, value), id -> {
            if (id != null) {
                assertTrue(id > 0, value);
                assertEquals(id, QueryParameters.id(PARAMETER, id.toString()));
            }
        });
    }

    /** A parameter as JAX-RS gives it: percent-decoded UTF-8. */
    private static String text(byte[] query) {
        return new String(query, StandardCharsets.UTF_8);
    }

    private static <T> void parsed(Supplier<T> parsing, Consumer<T> check) {
        T value;
        try {
            value = parsing.get();
        } catch (InvalidInputException refused) {
            assertEquals(PARAMETER, refused.field());
            assertTrue(refused.messageKey().startsWith("{zorgzame."), refused::getMessage);
            return;
        }
        check.accept(value);
    }
}
