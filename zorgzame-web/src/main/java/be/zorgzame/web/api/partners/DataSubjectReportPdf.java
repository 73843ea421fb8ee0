package be.zorgzame.web.api.partners;

import static be.zorgzame.web.api.PrintLayout.TEXT;
import static be.zorgzame.web.api.PrintLayout.TITLE;
import static be.zorgzame.web.api.PrintLayout.cell;
import static be.zorgzame.web.api.PrintLayout.date;
import static be.zorgzame.web.api.PrintLayout.table;

import be.zorgzame.privacy.boundary.DataSubjectReport;
import be.zorgzame.web.api.PrintLayout;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A data-subject report as a document to hand to the person who asked for it (GDPR art. 15): every
 * section of the JSON report, in the person's language, with an empty section said to be empty.
 */
final class DataSubjectReportPdf {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'UTC'");

    private final DataSubjectReport report;
    private final PrintLayout layout;
    private final Document document = PrintLayout.a4();

    private DataSubjectReportPdf(DataSubjectReport report, Locale locale) {
        this.report = report;
        this.layout = new PrintLayout(locale);
    }

    static byte[] of(DataSubjectReport report, Locale locale) {
        return new DataSubjectReportPdf(report, locale).write();
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        document.addTitle(layout.text("dsr.title"));
        document.open();
        document.add(new Paragraph(layout.text("dsr.title"), TITLE));
        document.add(new Paragraph(layout.text("dsr.intro", moment(report.producedAt()), report.producedBy()), TEXT));
        person();
        section("dsr.affiliations", report.person().affiliations(), new float[] {3, 3, 2, 2},
                new String[] {"dsr.organisation", "dsr.function", "dsr.validFrom", "dsr.validTo"},
                (table, a) -> row(table, a.organisationName(), a.function(), date(a.validFrom()), date(a.validTo())));
        section("dsr.agreementContacts", report.agreementContacts(), new float[] {3, 1, 2, 2, 2},
                new String[] {"dsr.agreement", "dsr.version", "dsr.neighbourhood", "dsr.organisation", "dsr.status"},
                (table, c) -> row(table, c.title(), String.valueOf(c.versionNumber()), c.neighbourhoodName(),
                        c.organisationName(), layout.text("agreement.status." + c.status())));
        section("dsr.mandates", report.mandates(), new float[] {1, 2, 2, 2, 3, 2},
                new String[] {"dsr.edition", "dsr.status", "dsr.employer", "dsr.grantedBy", "dsr.neighbourhoods", "dsr.validity"},
                (table, m) -> row(table, String.valueOf(m.edition()), layout.text("mandate.status." + m.status()), m.employerName(),
                        m.grantingOrganisationName(), String.join(", ", m.neighbourhoods()),
                        date(m.validFrom()) + " \u2013 " + (m.validTo() == null ? "" : date(m.validTo()))));
        section("dsr.feedback", report.feedback(), new float[] {2, 5, 2},
                new String[] {"dsr.heldOn", "dsr.note", "dsr.loggedBy"},
                (table, f) -> row(table, date(f.heldOn()), f.note(), f.loggedBy()));
        section("dsr.mails", report.mails(), new float[] {2, 2, 2, 2},
                new String[] {"dsr.about", "dsr.kind", "dsr.dueOn", "dsr.sentAt"},
                (table, m) -> row(table, m.subjectType() + " " + m.subjectId(), m.kind(), date(m.dueOn()), moment(m.sentAt())));
        section("dsr.auditTrail", report.auditTrail(), new float[] {2, 2, 2, 1, 5},
                new String[] {"dsr.when", "dsr.who", "dsr.what", "dsr.action", "dsr.changes"},
                (table, e) -> row(table, moment(e.occurredAt()), e.actor(), e.entityType() + " " + e.entityId(),
                        e.action().name(), e.changes()));
        section("dsr.accessLog", report.accessLog(), new float[] {2, 2, 2},
                new String[] {"dsr.when", "dsr.who", "dsr.kind"},
                (table, a) -> row(table, moment(a.accessedAt()), a.accessedBy(), layout.text("dsr.access." + a.kind())));
        erasure();
        document.add(new Paragraph(layout.text("agreement.printed", date(LocalDate.now())), TEXT));
        document.close();
        return out.toByteArray();
    }

    private void person() {
        DataSubjectReport.Subject person = report.person();
        document.add(layout.headingOf("dsr.person"));
        PdfPTable table = table(new float[] {1, 3});
        layout.rowOf(table, "person.name", person.name());
        layout.rowOf(table, "person.email", person.email());
        layout.rowOf(table, "person.phone", person.phone());
        layout.rowOf(table, "person.source", person.source());
        layout.rowOf(table, "person.legalBasis", layout.text("person.legalBasis." + person.legalBasis()));
        document.add(table);
    }

    private void erasure() {
        if (report.erasure() != null) {
            document.add(layout.headingOf("dsr.erasure"));
            document.add(new Paragraph(layout.text("dsr.erasedOn", moment(report.erasure().erasedAt()),
                    report.erasure().erasedBy(), report.erasure().reason()), TEXT));
        }
    }

    private <T> void section(String heading, List<T> items, float[] widths, String[] headers, Row<T> row) {
        document.add(layout.headingOf(heading));
        if (items.isEmpty()) {
            document.add(new Paragraph(layout.text("dsr.none"), TEXT));
            return;
        }
        PdfPTable table = table(widths);
        layout.headerOf(table, headers);
        items.forEach(item -> row.write(table, item));
        document.add(table);
    }

    private static void row(PdfPTable table, String... values) {
        for (String value : values) {
            cell(table, value);
        }
    }

    private static String moment(LocalDateTime moment) {
        return moment == null ? null : MOMENT.format(moment);
    }

    /** Writes one item as a table row. */
    @FunctionalInterface
    private interface Row<T> {
        void write(PdfPTable table, T item);
    }
}
