package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaks() {
        assertEquals(List.of(List.of("name", "kind"), List.of("Vzw \"Ons Huis\", Gent", "ASSOCIATION"),
                        List.of("regel 1\nregel 2", "")),
                CsvParser.parse("name,kind\r\n\"Vzw \"\"Ons Huis\"\", Gent\",ASSOCIATION\r\n\"regel 1\nregel 2\",\r\n"));
    }

    @Test
    void aBelgianSpreadsheetsSemicolonsAreUnderstood() {
        assertEquals(List.of(List.of("name", "postcode"), List.of("De Rabotter, LDC", "9000")),
                CsvParser.parse("name;postcode\nDe Rabotter, LDC;9000\n"));
    }

    @Test
    void blankLinesAreSkippedAndEmptyCellsKept() {
        assertEquals(List.of(List.of("a", "", "c"), List.of("d", "e", "")),
                CsvParser.parse("\na,,c\n\n d ,e,\n".replace(" d ", "d")));
    }

    @Test
    void whatTheExportWritesReadsBack() {
        List<String> cells = Arrays.asList("Vzw \"X\", Gent", null, "zorg;welzijn", "gewoon");
        String written = CsvRows.row(cells);

        assertEquals(List.of(List.of("Vzw \"X\", Gent", "", "zorg;welzijn", "gewoon")), CsvParser.parse(written));
    }

    @Test
    void semicolonsOrLineBreaksInAQuotedHeaderCellDoNotDecideTheSeparator() {
        assertEquals(List.of(List.of("naam; voluit; kort", "regel\nerbij", "kind"), List.of("Vzw X", "", "ASSOCIATION")),
                CsvParser.parse("\"naam; voluit; kort\",\"regel\nerbij\",kind\r\nVzw X,,ASSOCIATION\r\n"));
    }
}
