package be.zorgzame.web.api;

import be.zorgzame.web.Messages;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * The look the printed documents share (an agreement version, a mandate letter): A4, the standard PDF
 * fonts (they cover the Dutch and French accents), headings, tables of labelled values and a place to
 * sign on paper; texts by key in the document's language.
 */
public final class PrintLayout {

    public static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    public static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Locale locale;

    public PrintLayout(Locale locale) {
        this.locale = locale;
    }

    public String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    public Paragraph headingOf(String key) {
        return heading(text(key));
    }

    /** Column headers by key. */
    public void headerOf(PdfPTable table, String... keys) {
        header(table, Arrays.stream(keys).map(this::text).toArray(String[]::new));
    }

    /** A label by key and its value; left out when there is no value. */
    public void rowOf(PdfPTable table, String key, String value) {
        row(table, text(key), value);
    }

    public String number(BigDecimal value) {
        return value == null ? null : NumberFormat.getNumberInstance(locale).format(value);
    }

    public static Document a4() {
        return new Document(PageSize.A4, 48, 48, 48, 48);
    }

    public static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        return heading;
    }

    public static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        return table;
    }

    /** Column headers, repeated on every page the table runs over. */
    public static void header(PdfPTable table, String... texts) {
        for (String text : texts) {
            headerCell(table, text);
        }
        table.setHeaderRows(1);
    }

    public static void headerCell(PdfPTable table, String text) {
        table.addCell(new PdfPCell(new Phrase(text, BOLD)));
    }

    public static void cell(PdfPTable table, String value) {
        table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, TEXT)));
    }

    /** A label and its value; left out when there is no value. */
    public static void row(PdfPTable table, String label, String value) {
        if (value != null) {
            headerCell(table, label);
            cell(table, value);
        }
    }

    /** An empty cell high enough to sign in. */
    public static PdfPCell signaturePlace(float height) {
        PdfPCell place = new PdfPCell(new Phrase(" ", TEXT));
        place.setMinimumHeight(height);
        return place;
    }

    public static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}
