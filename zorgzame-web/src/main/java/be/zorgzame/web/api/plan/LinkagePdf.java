package be.zorgzame.web.api.plan;

import be.zorgzame.plan.boundary.LinkView;
import be.zorgzame.plan.boundary.LinkageOverview;
import be.zorgzame.plan.boundary.MunicipalityCoverage;
import be.zorgzame.web.Messages;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The linkage overview as a document for the council, landscape so that the six years of a cycle fit: the
 * links with their linked budget per year, then the coverage per neighbourhood with the gap years shaded
 * and also named in words (the shading alone would be lost in black-and-white print).
 */
final class LinkagePdf {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8);
    /** A link without a share carries all of its item's budget. */
    private static final BigDecimal WHOLE = new BigDecimal("100");
    private static final Color GAP = new Color(0xF6, 0xD5, 0xD5);

    private final LinkageOverview overview;
    private final Locale locale;
    private final Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);

    private LinkagePdf(LinkageOverview overview, Locale locale) {
        this.overview = overview;
        this.locale = locale;
    }

    static byte[] of(LinkageOverview overview, Locale locale) {
        return new LinkagePdf(overview, locale).write();
    }

    private int years() {
        return overview.plan().lastYear() - overview.plan().firstYear() + 1;
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        String title = text("plan.linkage.title") + ": " + overview.plan().title();
        document.addTitle(title);
        document.open();
        document.add(new Paragraph(title, TITLE));
        document.add(new Paragraph(text("plan.linkage.subtitle", overview.plan().municipalityName(), overview.plan().firstYear(),
                overview.plan().lastYear(), overview.revision() == null ? "\u2013" : overview.revision()), TEXT));
        links();
        coverage();
        document.add(new Paragraph(text("agreement.printed", DATE.format(LocalDate.now())), TEXT));
        document.close();
        return out.toByteArray();
    }

    private void links() {
        heading("plan.linkage.links");
        PdfPTable table = table(new float[] {2, 4, 3, 3, 1});
        header(table, "plan.code", "plan.itemTitle", "plan.target", "plan.note", "plan.share");
        for (LinkageOverview.LinkedItem linked : overview.links()) {
            LinkView link = linked.link();
            cell(table, link.itemCode());
            cell(table, link.flaggedInRevision() == null ? link.itemTitle()
                    : text("plan.flaggedInRevision", link.flaggedInRevision()));
            cell(table, text("plan.targetType." + link.targetType()) + ": " + link.targetName());
            cell(table, link.note());
            cell(table, number(link.budgetShare() == null ? WHOLE : link.budgetShare()));
            for (LinkageOverview.YearAmount year : linked.years()) {
                amount(table, year.amount(), false);
            }
        }
        document.add(table);
    }

    private void coverage() {
        heading("plan.linkage.coverage");
        document.add(new Paragraph(text("plan.linkage.gapLegend"), TEXT));
        PdfPTable table = table(new float[] {4, 2, 2, 3});
        header(table, "plan.neighbourhood", "neighbourhood.status", "neighbourhood.subsidyTo", "plan.gapYears");
        for (MunicipalityCoverage.Neighbourhood neighbourhood : overview.coverage().neighbourhoods()) {
            cell(table, neighbourhood.name());
            cell(table, text("neighbourhood.status." + neighbourhood.status()));
            cell(table, neighbourhood.subsidyTo() == null ? null : DATE.format(neighbourhood.subsidyTo()));
            cell(table, neighbourhood.gapYears().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            for (MunicipalityCoverage.YearTotal year : neighbourhood.years()) {
                amount(table, year.amount(), neighbourhood.gapYears().contains(year.year()));
            }
        }
        document.add(table);
    }

    /** A table of columns of these relative widths, then one of width 2 per year of the cycle. */
    private PdfPTable table(float[] leading) {
        float[] widths = Arrays.copyOf(leading, leading.length + years());
        Arrays.fill(widths, leading.length, widths.length, 2);
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        return table;
    }

    private void header(PdfPTable table, String... keys) {
        for (String key : keys) {
            headerCell(table, text(key));
        }
        for (int year = overview.plan().firstYear(); year <= overview.plan().lastYear(); year++) {
            headerCell(table, String.valueOf(year));
        }
        table.setHeaderRows(1);
    }

    private static void headerCell(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(cell);
    }

    private void heading(String key) {
        Paragraph heading = new Paragraph(text(key), HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static void cell(PdfPTable table, String value) {
        table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, TEXT)));
    }

    private void amount(PdfPTable table, BigDecimal amount, boolean gap) {
        PdfPCell cell = new PdfPCell(new Phrase(number(amount), TEXT));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        if (gap) {
            cell.setBackgroundColor(GAP);
        }
        table.addCell(cell);
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        // French groups thousands with a narrow no-break space, which the standard PDF fonts lack
        return format.format(value).replace('\u202F', '\u00A0');
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
