package be.zorgzame.partners.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV rows as spreadsheets read them: RFC 4180 quoting, and cells with a semicolon quoted too, for
 * spreadsheets set to a Belgian locale. Every cell a spreadsheet would take for a formula gets a leading
 * apostrophe ({@link FormulaGuard}), so an exported name can never run as a formula.
 */
public final class CsvRows {

    private CsvRows() {
    }

    public static String row(List<String> cells) {
        return cells.stream().map(CsvRows::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FormulaGuard.neutralised(value);
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || safe.indexOf(';') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
