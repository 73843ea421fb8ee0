package be.zorgzame.partners.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as an XLSX workbook of one sheet: a header row, then text cells only, never a formula.
 * Values a spreadsheet would run as a formula once someone edits the cell get the same apostrophe as in
 * the CSV export ({@link FormulaGuard}), so the two exports read back the same. Rows are streamed to a
 * temporary file rather than held in memory.
 */
public final class XlsxWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int ROWS_IN_MEMORY = 100;

    private XlsxWriter() {
    }

    public static void write(OutputStream output, String sheetName, List<String> header, Iterable<List<String>> rows)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Sheet sheet = workbook.createSheet(sheetName);
            sheet.createFreezePane(0, 1);
            write(sheet.createRow(0), header);
            int next = 1;
            for (List<String> cells : rows) {
                write(sheet.createRow(next++), cells);
            }
            workbook.write(output);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (value != null && !value.isEmpty()) {
                row.createCell(i).setCellValue(FormulaGuard.neutralised(value));
            }
        }
    }
}
