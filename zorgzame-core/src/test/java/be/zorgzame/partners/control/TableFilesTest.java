package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFilesTest {

    private static String refusal(byte[] file) {
        UnreadableFileException refused = assertThrows(UnreadableFileException.class, () -> TableFiles.records(file, 10));
        assertEquals("file", refused.field());
        return refused.messageKey();
    }

    @Test
    void csvIsReadAsUtf8WithOrWithoutByteOrderMark() {
        assertEquals(List.of(List.of("name"), List.of("Caf\u00e9")),
                TableFiles.records("\uFEFFname\nCaf\u00e9\n".getBytes(StandardCharsets.UTF_8), 10));
    }

    @Test
    void oldOrPasswordProtectedExcelFilesAreRefused() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals("{zorgzame.import.oldOrProtectedExcel}", refusal(ole2));
    }

    @Test
    void binaryFilesAndOtherEncodingsAreRefused() {
        assertEquals("{zorgzame.import.notText}", refusal(new byte[] {'%', 'P', 'D', 'F', 0, 1}));
        assertEquals("{zorgzame.import.notUtf8}", refusal("Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)));
    }
}
