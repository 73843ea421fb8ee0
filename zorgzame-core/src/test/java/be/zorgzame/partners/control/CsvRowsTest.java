package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRowsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1:A9)|'=SUM(A1:A9)",
            "+32 9 123 45 67|'+32 9 123 45 67",
            "-1|'-1",
            "@cmd|'@cmd",
            "gewone naam|gewone naam",
            "a=b|a=b"})
    void cellsThatASpreadsheetWouldRunAsAFormulaAreNeutralised(String value, String expected) {
        assertEquals(expected, CsvRows.cell(value));
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"Vzw \"\"Ons Huis\"\", Gent\"", CsvRows.cell("Vzw \"Ons Huis\", Gent"));
        assertEquals("\"regel 1\nregel 2\"", CsvRows.cell("regel 1\nregel 2"));
        assertEquals("\"zorg;welzijn\"", CsvRows.cell("zorg;welzijn"));
        assertEquals("\"'=1,2\"", CsvRows.cell("=1,2"));
    }

    @Test
    void aRowEndsWithCrLfAndKeepsEmptyCells() {
        assertEquals("a,,c\r\n", CsvRows.row(Arrays.asList("a", null, "c")));
        assertEquals("\r\n", CsvRows.row(List.of("")));
    }
}
