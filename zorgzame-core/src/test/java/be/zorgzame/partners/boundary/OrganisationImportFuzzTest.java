package be.zorgzame.partners.boundary;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.partners.control.KboNumbers;
import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;
import be.zorgzame.platform.problem.FieldError;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.query.Dates;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fuzzes how the organisation import reads a table's header and rows into the input it validates, the
 * part that needs no database: the header is accepted or refused naming the column, a row gives an input
 * (with dates every database takes) or errors naming its columns, and validating the input never fails otherwise.
 */
class OrganisationImportFuzzTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final List<String> HEADERS = Stream.concat(OrganisationCsv.COLUMNS.stream(), Stream.of("Name", " kind ", "x"))
            .toList();
    private static final List<String> VALUES = Stream.of(
            Stream.of(OrganisationKind.values()).map(Enum::name), Stream.of(Sector.values()).map(Enum::name),
            Stream.of("welzijn|zorg", "2024-02-29", "2023-02-29", "+10000-01-01", "BE 0203.201.340", "v1234567", "OVO000123", "9000",
                    "44021", "https://example.org", "info@example.org", "+32 9 123 45 67", "'=1+1", "", " "))
            .flatMap(values -> values).toList();

    @FuzzTest(maxDuration = "2m")
    void rowsGiveAnInputOrErrorsNamingTheirColumns(FuzzedDataProvider data) {
        int width = data.consumeInt(1, 18);
        List<String> header = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            header.add(data.consumeBoolean() ? data.pickValue(HEADERS) : data.consumeString(20));
        }
        Map<String, Integer> columns;
        try {
            columns = OrganisationImport.columns(header);
        } catch (InvalidInputException refused) {
            assertNotNull(refused.field());
            return;
        }
        while (data.remainingBytes() > 0) {
            List<String> record = new ArrayList<>();
            int cells = data.consumeInt(0, width + 1);
            for (int i = 0; i < cells; i++) {
                record.add(data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(60));
            }
            List<FieldError> errors = new ArrayList<>();
            OrganisationInput input = OrganisationImport.input(OrganisationImport.cells(columns, record), null, errors,
                    Locale.forLanguageTag("nl"));
            for (FieldError error : errors) {
                assertTrue(OrganisationCsv.COLUMNS.contains(error.field()), error::toString);
            }
            assertTrue(Stream.of(input.activeFrom(), input.activeTo()).allMatch(date -> date == null || Dates.isStorable(date)),
                    input::toString);
            Set<ConstraintViolation<OrganisationInput>> violations = VALIDATOR.validate(input);
            if (errors.isEmpty() && violations.isEmpty()) {
                assertTrue(input.kboNumber() == null || KboNumbers.isValid(input.kboNumber()), input::kboNumber);
                assertTrue(input.name() != null && !input.name().isBlank() && input.kind() != null, input::toString);
            }
        }
    }
}
