package be.zorgzame.web.api.checklist;

import static be.zorgzame.web.api.PrintLayout.TEXT;
import static be.zorgzame.web.api.PrintLayout.TITLE;
import static be.zorgzame.web.api.PrintLayout.cell;
import static be.zorgzame.web.api.PrintLayout.date;
import static be.zorgzame.web.api.PrintLayout.table;

import be.zorgzame.checklist.boundary.AssessmentView;
import be.zorgzame.checklist.boundary.FrameworkProgress;
import be.zorgzame.checklist.boundary.ProgressView;
import be.zorgzame.checklist.boundary.ReportLine;
import be.zorgzame.checklist.entity.AssessmentStatus;
import be.zorgzame.web.api.PrintLayout;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A municipality's policy checklist as a printable report for the council or the Flemish administration:
 * the progress per framework, then every item of the municipality and of each running neighbourhood with
 * its assessment (the same lines as the CSV).
 */
final class ChecklistPdf {

    private final String municipalityName;
    private final ProgressView progress;
    private final List<ReportLine> lines;
    private final Locale locale;
    private final PrintLayout layout;
    private final Document document = PrintLayout.a4();

    private ChecklistPdf(String municipalityName, ProgressView progress, List<ReportLine> lines, Locale locale) {
        this.municipalityName = municipalityName;
        this.progress = progress;
        this.lines = lines;
        this.locale = locale;
        this.layout = new PrintLayout(locale);
    }

    static byte[] of(String municipalityName, ProgressView progress, List<ReportLine> lines, Locale locale) {
        return new ChecklistPdf(municipalityName, progress, lines, locale).write();
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        String title = layout.text("checklist.title") + " \u2013 " + municipalityName;
        document.addTitle(title);
        document.open();
        document.add(new Paragraph(title, TITLE));
        progress();
        items();
        document.add(new Paragraph(layout.text("checklist.printed", date(LocalDate.now())), TEXT));
        document.close();
        return out.toByteArray();
    }

    private void progress() {
        document.add(layout.headingOf("checklist.progress"));
        PdfPTable table = table(new float[] {4, 1, 1, 1, 1, 1, 1});
        PrintLayout.headerCell(table, layout.text("checklist.framework"));
        for (AssessmentStatus status : AssessmentStatus.values()) {
            PrintLayout.headerCell(table, layout.text("checklist.status." + status));
        }
        PrintLayout.headerCell(table, layout.text("checklist.total"));
        table.setHeaderRows(1);
        for (FrameworkProgress framework : progress.frameworks()) {
            cell(table, framework.name().in(locale));
            for (AssessmentStatus status : AssessmentStatus.values()) {
                cell(table, String.valueOf(framework.counts().getOrDefault(status, 0)));
            }
            cell(table, String.valueOf(framework.total()));
        }
        document.add(table);
    }

    private void items() {
        String framework = null;
        PdfPTable table = null;
        for (ReportLine line : lines) {
            String name = line.frameworkName().in(locale);
            if (!Objects.equals(name, framework)) {
                if (table != null) {
                    document.add(table);
                }
                framework = name;
                document.add(PrintLayout.heading(name));
                table = table(new float[] {4, 2, 2, 2, 2, 2, 4});
                layout.headerOf(table, "checklist.item", "meetingPlace.neighbourhood", "checklist.status", "checklist.owner",
                        "checklist.dueOn", "checklist.nextReviewOn", "checklist.evidenceText");
            }
            AssessmentView a = line.assessment();
            cell(table, line.item().code() + " \u2013 " + line.item().title().in(locale));
            cell(table, line.neighbourhoodName());
            cell(table, layout.text("checklist.status." + (a == null ? AssessmentStatus.NOT_STARTED : a.status())));
            cell(table, a == null ? null : a.owner());
            cell(table, a == null ? null : date(a.dueOn()));
            cell(table, a == null ? null : date(a.nextReviewOn()));
            cell(table, a == null ? null : a.status() == AssessmentStatus.NOT_APPLICABLE ? a.notApplicableReason() : a.evidenceText());
        }
        if (table != null) {
            document.add(table);
        }
    }
}
