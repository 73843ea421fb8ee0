package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.AssessmentStatus;
import be.zorgzame.partners.control.CsvRows;
import be.zorgzame.partners.control.XlsxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A municipality's checklist as CSV, for the council or the Flemish administration: one row per item and
 * subject, titles in the requested language, an item not assessed yet as NOT_STARTED. Cells a spreadsheet
 * would run as a formula are neutralised (see {@link CsvRows}). The XLSX report has the same columns, on
 * one sheet, so both read back the same.
 */
public final class ChecklistCsv {

    public static final List<String> COLUMNS = List.of("framework", "level", "item", "title", "edition", "neighbourhood",
            "status", "owner", "due_on", "next_review_on", "reviewed_at", "evidence", "evidence_links",
            "not_applicable_reason");
    private static final String SHEET = "Beleidschecklist";

    private ChecklistCsv() {
    }

    public static String header() {
        return CsvRows.row(COLUMNS);
    }

    public static String row(ReportLine line, Locale locale) {
        return CsvRows.row(cells(line, locale));
    }

    /** The lines as an XLSX workbook with one sheet, "Beleidschecklist". */
    public static void writeXlsx(List<ReportLine> lines, Locale locale, OutputStream output) throws IOException {
        XlsxWriter.write(output, SHEET, COLUMNS, lines.stream().map(line -> cells(line, locale)).toList());
    }

    private static List<String> cells(ReportLine line, Locale locale) {
        ItemView item = line.item();
        AssessmentView a = line.assessment();
        String title = item.title().in(locale);
        String framework = line.frameworkName().in(locale);
        if (a == null) {
            return Arrays.asList(framework, item.level().name(), item.code(), title,
                    String.valueOf(item.edition()), line.neighbourhoodName(), AssessmentStatus.NOT_STARTED.name(),
                    null, null, null, null, null, null, null);
        }
        return Arrays.asList(framework, item.level().name(), item.code(), title,
                String.valueOf(item.edition()), line.neighbourhoodName(), a.status().name(), a.owner(), text(a.dueOn()),
                text(a.nextReviewOn()), text(a.reviewedAt()), a.evidenceText(),
                a.evidenceLinks().stream().map(l -> l.targetType() + " " + l.targetId()).collect(Collectors.joining("|")),
                a.notApplicableReason());
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
