package be.zorgzame.web.api.mandates;

import static be.zorgzame.web.api.PrintLayout.TEXT;
import static be.zorgzame.web.api.PrintLayout.TITLE;
import static be.zorgzame.web.api.PrintLayout.cell;
import static be.zorgzame.web.api.PrintLayout.date;
import static be.zorgzame.web.api.PrintLayout.headerCell;
import static be.zorgzame.web.api.PrintLayout.table;

import be.zorgzame.mandates.boundary.CoveredNeighbourhood;
import be.zorgzame.mandates.boundary.Freedom;
import be.zorgzame.mandates.boundary.MandateView;
import be.zorgzame.web.api.PrintLayout;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A mandate as a letter for the granting body to sign: who holds it for whom and where, what it is
 * for, the degrees of freedom, the time, the feedback and the period, the decision it rests on, and a
 * signature place for the granting body and for the holder.
 */
final class MandateLetterPdf {

    private final MandateView mandate;
    private final PrintLayout layout;
    private final Document document = PrintLayout.a4();

    private MandateLetterPdf(MandateView mandate, Locale locale) {
        this.mandate = mandate;
        this.layout = new PrintLayout(locale);
    }

    static byte[] of(MandateView mandate, Locale locale) {
        return new MandateLetterPdf(mandate, locale).write();
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        document.addTitle(layout.text("mandate.letter.title") + " " + mandate.holderName());
        document.open();
        document.add(new Paragraph(layout.text("mandate.letter.title"), TITLE));
        document.add(new Paragraph(layout.text("mandate.function." + mandate.function()) + " \u2013 "
                + layout.text("mandate.edition") + " " + mandate.edition() + " \u2013 "
                + layout.text("mandate.status." + mandate.status()), TEXT));
        Paragraph intro = new Paragraph(layout.text("mandate.letter.intro", mandate.grantingOrganisationName(),
                mandate.grantingBody(), mandate.holderName(), mandate.employerName()), TEXT);
        intro.setSpacingBefore(8);
        document.add(intro);
        general();
        scope();
        degreesOfFreedom();
        time();
        feedback();
        signatures();
        document.add(new Paragraph(layout.text("mandate.letter.printed", date(LocalDate.now())), TEXT));
        document.close();
        return out.toByteArray();
    }

    private void general() {
        PdfPTable table = table(new float[] {1, 3});
        layout.rowOf(table, "mandate.holder", mandate.holderName());
        layout.rowOf(table, "mandate.employer", mandate.employerName());
        layout.rowOf(table, "mandate.function", layout.text("mandate.function." + mandate.function()));
        layout.rowOf(table, "mandate.neighbourhoods", mandate.neighbourhoods().stream().map(CoveredNeighbourhood::name)
                .collect(Collectors.joining(", ")));
        layout.rowOf(table, "mandate.grantingOrganisation", mandate.grantingOrganisationName());
        layout.rowOf(table, "mandate.grantingBody", mandate.grantingBody());
        layout.rowOf(table, "mandate.decisionDate", date(mandate.decisionDate()));
        layout.rowOf(table, "mandate.decisionReference", mandate.decisionReference());
        layout.rowOf(table, "mandate.decisionLink", mandate.decisionLink());
        layout.rowOf(table, "mandate.validFrom", date(mandate.validFrom()));
        layout.rowOf(table, "mandate.validTo", mandate.validTo() == null ? layout.text("mandate.letter.indefinite")
                : date(mandate.validTo()));
        document.add(table);
    }

    private void scope() {
        if (mandate.scope() != null) {
            document.add(layout.headingOf("mandate.scope"));
            document.add(new Paragraph(mandate.scope(), TEXT));
        }
    }

    private void degreesOfFreedom() {
        document.add(layout.headingOf("mandate.degreesOfFreedom"));
        if (mandate.degreesOfFreedom().isEmpty()) {
            document.add(new Paragraph(layout.text("mandate.noDegreesOfFreedom"), TEXT));
            return;
        }
        PdfPTable table = table(new float[] {3, 2, 1});
        layout.headerOf(table, "mandate.area", "mandate.level", "mandate.budgetLimit");
        for (Freedom freedom : mandate.degreesOfFreedom()) {
            cell(table, freedom.area());
            cell(table, layout.text("mandate.level." + freedom.level()));
            cell(table, freedom.budgetLimit() == null ? "" : layout.number(freedom.budgetLimit()));
        }
        document.add(table);
    }

    private void time() {
        document.add(layout.headingOf("mandate.time"));
        PdfPTable table = table(new float[] {1, 3});
        layout.rowOf(table, "mandate.hoursPerWeek", layout.number(mandate.hoursPerWeek()));
        layout.rowOf(table, "mandate.fteShare", layout.number(mandate.fteShare()));
        layout.rowOf(table, "mandate.daysPerMonth", layout.number(mandate.daysPerMonth()));
        document.add(table);
    }

    private void feedback() {
        document.add(layout.headingOf("mandate.feedback"));
        PdfPTable table = table(new float[] {1, 3});
        layout.rowOf(table, "mandate.feedbackTo", mandate.feedbackTo());
        layout.rowOf(table, "mandate.feedbackCadence", mandate.feedbackCadence() == null ? null
                : layout.text("mandate.cadence." + mandate.feedbackCadence()));
        layout.rowOf(table, "mandate.feedbackForm", mandate.feedbackForm());
        document.add(table);
    }

    /** A place and date to fill in, and a place to sign on paper for the granting body and for the holder. */
    private void signatures() {
        document.add(layout.headingOf("mandate.letter.signatures"));
        document.add(new Paragraph(layout.text("mandate.letter.placeAndDate"), TEXT));
        PdfPTable table = table(new float[] {1, 1});
        headerCell(table, layout.text("mandate.letter.forGrantingBody", mandate.grantingOrganisationName(),
                mandate.grantingBody()));
        headerCell(table, layout.text("mandate.letter.byHolder", mandate.holderName()));
        table.addCell(PrintLayout.signaturePlace(64));
        table.addCell(PrintLayout.signaturePlace(64));
        document.add(table);
    }
}
