package be.zorgzame.checklist.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.checklist.entity.AssessmentStatus;
import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.ItemLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ChecklistCsvTest {

    private static final Translation FRAMEWORK = new Translation("Beleidsaanbevelingen", "Recommandations politiques", "Policy recommendations");
    private static final ItemView LINCHPIN = new ItemView(4, 1, "BELEIDSAANBEVELINGEN", "LOK-4", ItemLevel.LOCAL, 12, 1,
            new Translation("Spilfiguur", "Figure pivot", "Linchpin"), null, true, null, 0);

    @Test
    void anItemNotAssessedYetIsNotStartedInTheRequestedLanguage() {
        String row = ChecklistCsv.row(new ReportLine(LINCHPIN, FRAMEWORK, null, null), Locale.FRENCH);

        assertTrue(row.startsWith("Recommandations politiques,LOCAL,LOK-4,Figure pivot,1,,NOT_STARTED"), row);
    }

    private static final AssessmentView ASSESSED = new AssessmentView(9, 4, "BELEIDSAANBEVELINGEN", "LOK-4", LINCHPIN.title(),
            1, 1, "44021", 7L, "Rabot", AssessmentStatus.IN_PROGRESS, "=Dienst Welzijn", null, LocalDate.of(2026, 9, 30),
            "Coördinator in Rabot", null, List.of(new EvidenceLinkInput(EvidenceTarget.MANDATE, 3L, null),
            new EvidenceLinkInput(EvidenceTarget.PLAN_ITEM, 42L, "actie 2.3.1")), null, null, null, false, 2);

    @Test
    void anAssessmentShowsItsDatesEvidenceLinksAndNeutralisesFormulas() {
        String row = ChecklistCsv.row(new ReportLine(LINCHPIN, FRAMEWORK, "Rabot", ASSESSED), Locale.forLanguageTag("nl"));

        assertEquals("Beleidsaanbevelingen,LOCAL,LOK-4,Spilfiguur,1,Rabot,IN_PROGRESS,'=Dienst Welzijn,,2026-09-30,,"
                + "Coördinator in Rabot,MANDATE 3|PLAN_ITEM 42,\r\n", row);
        assertEquals(String.join(",", ChecklistCsv.COLUMNS) + "\r\n", ChecklistCsv.header());
    }

    @Test
    void theWorkbookHasTheColumnsAndCellsOfTheCsv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChecklistCsv.writeXlsx(List.of(new ReportLine(LINCHPIN, FRAMEWORK, null, null),
                new ReportLine(LINCHPIN, FRAMEWORK, "Rabot", ASSESSED)), Locale.ENGLISH, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Beleidschecklist");
            assertEquals(ChecklistCsv.COLUMNS, texts(sheet.getRow(0), ChecklistCsv.COLUMNS.size()));
            assertEquals(List.of("Policy recommendations", "LOCAL", "LOK-4", "Linchpin", "1", "", "NOT_STARTED"),
                    texts(sheet.getRow(1), 7));
            assertEquals(List.of("Rabot", "IN_PROGRESS", "'=Dienst Welzijn", "", "2026-09-30", "", "Coördinator in Rabot",
                    "MANDATE 3|PLAN_ITEM 42"), texts(sheet.getRow(2), 13).subList(5, 13));
        }
    }

    private static List<String> texts(Row row, int columns) {
        return IntStream.range(0, columns)
                .mapToObj(i -> row.getCell(i) == null ? "" : row.getCell(i).getStringCellValue()).toList();
    }
}
