package be.zorgzame.partners.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX workbook as records of text, streaming the sheet (SAX) rather than
 * building the workbook in memory. Cells become the text a person would type: numbers without a
 * trailing {@code .0} (postcode 9000, NIS code 44021), date cells as ISO dates, booleans as TRUE/FALSE.
 * Formulas are never evaluated: a formula cell gives the value the spreadsheet saved with it, and one
 * without a saved value, or with an error, makes the file unreadable. Blank rows stay in place, so a
 * record's position is the spreadsheet's row number.
 */
public final class XlsxReader {

    /** What a workbook may unpack to, whatever POI's own ratio check lets through; 5 MB of cells needs far less. */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000;
    /** Columns beyond this are not read: the layout has 16, and a stray far-right cell must not fill memory. */
    static final int MAX_COLUMNS = 256;

    private static final String SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String NOT_A_WORKBOOK = "{zorgzame.import.notWorkbook}";
    private static final String UNPACKS_TOO_LARGE = "{zorgzame.import.unpacksTooLarge}";

    private XlsxReader() {
    }

    /** The records of the first sheet, at most {@code maxRecords + 1} of them. */
    public static List<List<String>> records(byte[] file, int maxRecords) {
        requireModestUnpackedSize(file);
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(file));
            XSSFReader reader = new XSSFReader(workbook);
            SheetHandler handler = new SheetHandler(new ReadOnlySharedStringsTable(workbook, false),
                    reader.getStylesTable(), date1904(reader), maxRecords);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return List.of();
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            }
            return handler.records;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw unreadable(e);
        } finally {
            if (workbook != null) {
                workbook.revert();
            }
        }
    }

    /**
     * POI checks each entry's compression ratio; this bounds the whole, before POI unpacks anything. It
     * reads the zip as POI does (Commons Compress, which POI brings), stored entries with a data
     * descriptor included, as POI itself writes them.
     */
    private static void requireModestUnpackedSize(byte[] file) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(file), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new UnreadableFileException(UNPACKS_TOO_LARGE);
                }
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw new UnreadableFileException(UNPACKS_TOO_LARGE);
                    }
                }
            }
        } catch (IOException e) {
            throw new UnreadableFileException(NOT_A_WORKBOOK);
        }
        if (entries == 0) {
            throw new UnreadableFileException(NOT_A_WORKBOOK);
        }
    }

    private static UnreadableFileException unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableFileException unreadable) {
                return unreadable;
            }
            // POI's ZipSecureFile guard reports an entry that inflates suspiciously far this way
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
                return new UnreadableFileException(UNPACKS_TOO_LARGE);
            }
        }
        return new UnreadableFileException(NOT_A_WORKBOOK);
    }

    /** Workbooks from old Mac spreadsheets count days from 1904. */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException {
        try (InputStream data = reader.getWorkbookData()) {
            CTWorkbookPr properties = WorkbookDocument.Factory.parse(data, POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
                    .getWorkbook().getWorkbookPr();
            return properties != null && properties.isSetDate1904() && properties.getDate1904();
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new UnreadableFileException(NOT_A_WORKBOOK);
        }
    }

    /** Collects a sheet's rows from the SpreadsheetML events. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final int maxRecords;
        private final List<List<String>> records = new ArrayList<>();

        private boolean inSheetData;
        private int rowNumber;
        private List<String> row = new ArrayList<>();
        private String reference;
        private String type;
        private String style;
        private boolean formula;
        private boolean hasValue;
        private boolean inInlineString;
        private boolean inPhonetic;
        private boolean collecting;
        private final StringBuilder text = new StringBuilder();

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904, int maxRecords) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.maxRecords = maxRecords;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!SPREADSHEETML.equals(uri)) {
                return;
            }
            switch (localName) {
                case "sheetData" -> inSheetData = true;
                case "row" -> {
                    String number = attributes.getValue("r");
                    rowNumber = number == null ? rowNumber + 1 : Integer.parseInt(number.strip());
                    row = new ArrayList<>();
                }
                case "c" -> {
                    reference = attributes.getValue("r");
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    hasValue = false;
                    text.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    collecting = true;
                    hasValue = true;
                }
                case "is" -> {
                    inInlineString = true;
                    hasValue = true;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> collecting = inInlineString && !inPhonetic;
                default -> {
                    // other elements (formatting, merged cells, extensions) carry no cell text
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!SPREADSHEETML.equals(uri)) {
                return;
            }
            switch (localName) {
                case "sheetData" -> inSheetData = false;
                case "v", "t" -> collecting = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInlineString = false;
                case "c" -> {
                    if (inSheetData) {
                        put(column(), value());
                    }
                }
                case "row" -> {
                    if (inSheetData) {
                        endRow();
                    }
                }
                default -> {
                    // nothing to finish
                }
            }
        }

        @Override
        public void characters(char[] characters, int start, int length) {
            if (collecting) {
                text.append(characters, start, length);
            }
        }

        private String value() {
            if (formula && !hasValue || "e".equals(type)) {
                throw new UnreadableFileException("{zorgzame.import.formulaWithoutValue}");
            }
            String raw = text.toString();
            if (type == null || "n".equals(type)) {
                return number(raw);
            }
            return switch (type) {
                case "s" -> raw.isBlank() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> "1".equals(raw.strip()) ? "TRUE" : "FALSE";
                case "d" -> raw.contains("T") ? withoutMidnight(LocalDateTime.parse(raw.strip())) : raw.strip();
                default -> raw;
            };
        }

        private String number(String raw) {
            if (raw.isBlank()) {
                return "";
            }
            BigDecimal number = new BigDecimal(raw.strip());
            if (isDateFormatted() && DateUtil.isValidExcelDate(number.doubleValue())) {
                return withoutMidnight(DateUtil.getLocalDateTime(number.doubleValue(), date1904));
            }
            return number.stripTrailingZeros().toPlainString();
        }

        private boolean isDateFormatted() {
            if (styles == null || styles.getNumCellStyles() == 0) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(style == null ? 0 : Integer.parseInt(style.strip()));
            if (cellStyle == null) {
                return false;
            }
            int index = cellStyle.getDataFormat();
            String format = cellStyle.getDataFormatString();
            return DateUtil.isADateFormat(index, format == null ? BuiltinFormats.getBuiltinFormat(index) : format);
        }

        private static String withoutMidnight(LocalDateTime moment) {
            return moment.toLocalTime().equals(LocalTime.MIDNIGHT) ? moment.toLocalDate().toString() : moment.toString();
        }

        /** The zero-based column of the current cell: from its reference (C7 → 2), else the next one. */
        private int column() {
            if (reference == null) {
                return row.size();
            }
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
            }
            return column - 1;
        }

        private void put(int column, String value) {
            if (column < 0 || column >= MAX_COLUMNS || value.isEmpty()) {
                return;
            }
            while (row.size() <= column) {
                row.add("");
            }
            row.set(column, value);
        }

        private void endRow() {
            if (row.stream().allMatch(String::isBlank)) {
                return;
            }
            while (records.size() < rowNumber - 1 && records.size() <= maxRecords) {
                records.add(List.of());
            }
            if (records.size() <= maxRecords) {
                records.add(row);
            }
        }
    }
}
