package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.platform.problem.InvalidInputException;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzzes the reading of an uploaded table (CSV, XLSX or anything else) with raw bytes: it gives records
 * or refuses the file with a reason, never another exception.
 */
class TableFilesFuzzTest {

    private static final int MAX_RECORDS = 50;

    @FuzzTest(maxDuration = "2m")
    void anyUploadGivesRecordsOrAReason(byte[] file) {
        List<List<String>> records;
        try {
            records = TableFiles.records(file, MAX_RECORDS);
        } catch (InvalidInputException refused) {
            assertTrue(UnreadableFileException.FIELD.equals(refused.field()) && refused.messageKey().startsWith("{zorgzame."),
                    refused::getMessage);
            return;
        }
        for (List<String> record : records) {
            record.forEach(cell -> assertNotNull(cell, records::toString));
        }
    }
}
