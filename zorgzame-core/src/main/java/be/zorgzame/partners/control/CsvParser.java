package be.zorgzame.partners.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheets write it: RFC 4180 quoting, CRLF or LF line ends, and the separator a
 * file's header uses (a comma, or a semicolon as spreadsheets set to a Belgian locale write).
 */
public final class CsvParser {

    private CsvParser() {
    }

    /** The records of a text, each a list of cells; blank lines are skipped. */
    public static List<List<String>> parse(String text) {
        char separator = separatorOf(text);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, cell);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        endRecord(records, record, cell);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder cell) {
        record.add(cell.toString());
        cell.setLength(0);
        if (record.size() > 1 || !record.get(0).isBlank()) {
            records.add(record);
        }
    }

    /**
     * The separator the header uses more: semicolons or commas outside quotes, up to the header's end, so
     * that a quoted header cell holding a semicolon or a line break does not decide it.
     */
    private static char separatorOf(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
