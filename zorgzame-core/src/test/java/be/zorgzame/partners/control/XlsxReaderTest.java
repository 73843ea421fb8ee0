package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReaderTest {

    /** A workbook made the way a spreadsheet program saves one. */
    private static byte[] workbook(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String messageKey(Runnable reading) {
        return assertThrows(UnreadableFileException.class, reading::run).messageKey();
    }

    @Test
    void cellsReadAsThePersonTypedThem() {
        byte[] file = workbook(workbook -> {
            Sheet sheet = workbook.createSheet("Organisaties");
            Row header = sheet.createRow(0);
            List<String> columns = List.of("name", "postcode", "municipality_nis_code", "active_from", "kind", "phone");
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/mm/yyyy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("LDC De Rabotter");
            row.createCell(1).setCellValue(9000);
            row.createCell(2).setCellValue(44021.0);
            row.createCell(3).setCellValue(LocalDate.of(2024, 1, 31));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue(true);
            row.createCell(5).setCellValue(0.5);
        });

        assertEquals(List.of(List.of("name", "postcode", "municipality_nis_code", "active_from", "kind", "phone"),
                        List.of("LDC De Rabotter", "9000", "44021", "2024-01-31", "TRUE", "0.5")),
                XlsxReader.records(file, 10));
    }

    @Test
    void aFormulaGivesItsSavedValueAndIsNeverEvaluated() {
        byte[] file = workbook(workbook -> {
            Row row = workbook.createSheet().createRow(0);
            row.createCell(0).setCellFormula("CONCATENATE(\"Vzw \",\"Echt\")");
            row.getCell(0).setCellValue("Vzw Opgeslagen");
            row.createCell(1).setCellFormula("1+1");
            row.getCell(1).setCellValue(7);
        });

        assertEquals(List.of(List.of("Vzw Opgeslagen", "7")), XlsxReader.records(file, 10));
    }

    @Test
    void aFormulaWithoutASavedValueMakesTheFileUnreadable() {
        byte[] file = workbook(workbook -> workbook.createSheet().createRow(0).createCell(0).setCellFormula("1+1"));

        assertEquals("{zorgzame.import.formulaWithoutValue}", messageKey(() -> XlsxReader.records(file, 10)));
    }

    @Test
    void blankRowsKeepTheirPlaceAndOnlyTheFirstSheetIsRead() {
        byte[] file = workbook(workbook -> {
            Sheet first = workbook.createSheet("Eerste");
            first.createRow(0).createCell(0).setCellValue("name");
            first.createRow(1).createCell(0).setCellValue("   ");
            first.createRow(3).createCell(1).setCellValue("B4");
            workbook.createSheet("Tweede").createRow(0).createCell(0).setCellValue("niet gelezen");
        });

        assertEquals(List.of(List.of("name"), List.of(), List.of(), Arrays.asList("", "B4")), XlsxReader.records(file, 10));
    }

    @Test
    void readingStopsOneRecordPastTheLimit() {
        byte[] file = workbook(workbook -> {
            Sheet sheet = workbook.createSheet();
            for (int i = 0; i < 50; i++) {
                sheet.createRow(i).createCell(0).setCellValue("rij " + i);
            }
        });

        assertEquals(11, XlsxReader.records(file, 10).size());
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("geen werkmap".getBytes());
        }

        assertEquals("{zorgzame.import.notWorkbook}", messageKey(() -> XlsxReader.records(out.toByteArray(), 10)));
        assertEquals("{zorgzame.import.notWorkbook}", messageKey(() -> XlsxReader.records(new byte[] {'P', 'K', 3, 4, 1}, 10)));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i <= XlsxReader.MAX_UNPACKED_BYTES / zeros.length; i++) {
                zip.write(zeros);
            }
        }

        assertEquals("{zorgzame.import.unpacksTooLarge}", messageKey(() -> XlsxReader.records(out.toByteArray(), 10)));
    }

    @Test
    void whatTheExportWritesReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(out, "Organisaties", List.of("name", "phone"),
                List.of(Arrays.asList("=HYPERLINK(\"http://evil.example\")", "+32 9 123 45 67"), Arrays.asList("Gewoon", null)));

        assertEquals(List.of(List.of("name", "phone"), List.of("'=HYPERLINK(\"http://evil.example\")", "'+32 9 123 45 67"),
                List.of("Gewoon")), XlsxReader.records(out.toByteArray(), 10));
    }
}
