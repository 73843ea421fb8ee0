package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fuzzes the workbook reader twice: with raw bytes (a broken zip, broken XML), and with valid workbooks
 * that POI writes from fuzzed cells, so that the fuzzer gets past the zip layer to the sheet handling.
 */
class XlsxReaderFuzzTest {

    private static final String FORMULA_WITHOUT_VALUE = "{zorgzame.import.formulaWithoutValue}";

    @FuzzTest(maxDuration = "2m")
    void anyBytesGiveBoundedRecordsOrAReason(byte[] file) {
        int maxRecords = 20;
        List<List<String>> records;
        try {
            records = XlsxReader.records(file, maxRecords);
        } catch (UnreadableFileException refused) {
            return;
        }
        assertTrue(records.size() <= maxRecords + 1, () -> records.size() + " records");
        for (List<String> record : records) {
            assertTrue(record.size() <= XlsxReader.MAX_COLUMNS, () -> record.size() + " cells");
            record.forEach(cell -> assertNotNull(cell, records::toString));
        }
    }

    @FuzzTest(maxDuration = "2m")
    void workbookCellsReadAsTyped(FuzzedDataProvider data) {
        int maxRecords = data.consumeInt(0, 30);
        Map<Integer, Map<Integer, String>> expected = new TreeMap<>();
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/mm/yyyy"));
            while (data.remainingBytes() > 0) {
                int rowIndex = data.consumeInt(0, 60);
                int columnIndex = data.consumeInt(0, XlsxReader.MAX_COLUMNS + 4);
                Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
                Cell cell = row.createCell(columnIndex);
                String text = switch (data.consumeInt(0, 5)) {
                    case 0 -> {
                        String value = data.consumeString(30);
                        cell.setCellValue(value);
                        yield value;
                    }
                    case 1 -> {
                        double value = data.consumeRegularDouble();
                        cell.setCellValue(value);
                        yield new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
                    }
                    case 2 -> {
                        boolean value = data.consumeBoolean();
                        cell.setCellValue(value);
                        yield value ? "TRUE" : "FALSE";
                    }
                    case 3 -> {
                        LocalDate value = LocalDate.of(1901, 1, 1).plusDays(data.consumeInt(0, 2_900_000));
                        cell.setCellValue(value);
                        cell.setCellStyle(dateStyle);
                        yield value.toString();
                    }
                    case 4 -> {
                        String value = data.consumeString(30);
                        cell.setCellFormula("A1");
                        cell.setCellValue(value);
                        yield value;
                    }
                    default -> {
                        cell.setCellFormula("1+1");
                        yield null;
                    }
                };
                expected.computeIfAbsent(rowIndex, index -> new TreeMap<>()).put(columnIndex, text);
            }
            workbook.write(out);
            file = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        boolean formulaWithoutValue = expected.values().stream().anyMatch(cells -> cells.entrySet().stream()
                .anyMatch(cell -> cell.getValue() == null && cell.getKey() < XlsxReader.MAX_COLUMNS));
        List<List<String>> records;
        try {
            records = XlsxReader.records(file, maxRecords);
        } catch (UnreadableFileException refused) {
            assertTrue(formulaWithoutValue, refused::getMessage);
            assertEquals(FORMULA_WITHOUT_VALUE, refused.messageKey());
            return;
        }
        assertFalse(formulaWithoutValue, "a formula without a saved value was read");
        assertTrue(records.size() <= maxRecords + 1, () -> records.size() + " records");
        expected.forEach((rowIndex, cells) -> cells.forEach((columnIndex, text) -> {
            if (rowIndex < records.size() && columnIndex < XlsxReader.MAX_COLUMNS && !text.isBlank() && isPlainXmlText(text)) {
                List<String> record = records.get(rowIndex);
                assertTrue(columnIndex < record.size(), () -> "row " + rowIndex + " lacks column " + columnIndex + ": " + record);
                assertEquals(text, record.get(columnIndex), () -> "row " + rowIndex + ", column " + columnIndex);
            }
        }));
    }

    /**
     * Text that SpreadsheetML stores as it is: POI writes control characters and lone surrogates in its
     * own escape ({@code _x0001_}), which a literal "_x" in a cell is read as too.
     */
    private static boolean isPlainXmlText(String text) {
        return !text.contains("_x") && text.chars().allMatch(c -> c >= 0x20 && !Character.isSurrogate((char) c)
                && c != 0xFFFE && c != 0xFFFF);
    }
}
