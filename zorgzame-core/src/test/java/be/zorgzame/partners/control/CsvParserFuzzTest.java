package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Fuzzes the CSV parser with any text, and with tables written as the export writes them. */
class CsvParserFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void anyTextGivesAtMostOneRecordPerLine(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        List<List<String>> records = CsvParser.parse(text);
        long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
        assertTrue(records.size() <= lines, records.size() + " records from " + lines + " lines");
        int cellText = 0;
        for (List<String> record : records) {
            assertFalse(record.isEmpty() || record.size() == 1 && record.get(0).isBlank(), record::toString);
            cellText += record.stream().mapToInt(String::length).sum();
        }
        assertTrue(cellText <= text.length());
    }

    @FuzzTest(maxDuration = "2m")
    void exportedTableReadsBackAsWritten(FuzzedDataProvider data) {
        int width = data.consumeInt(1, 5);
        List<List<String>> table = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        while (data.remainingBytes() > 0 && table.size() < 20) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                row.add(data.consumeString(20));
            }
            file.append(CsvRows.row(row));
            List<String> written = row.stream().map(FormulaGuard::neutralised).toList();
            if (width > 1 || !written.get(0).isBlank()) {
                table.add(written);
            }
        }
        assertEquals(table, CsvParser.parse(file.toString()));
    }
}
