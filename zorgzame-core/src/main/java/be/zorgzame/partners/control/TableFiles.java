package be.zorgzame.partners.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an uploaded table, CSV or XLSX, recognised by its content rather than its name or media type,
 * into the same records: one list of cells per row, the first row being the header. Anything else (an
 * old or password-protected Excel file, a binary file, text in another encoding than UTF-8) is refused
 * with a reason the user can act on.
 */
public final class TableFiles {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private TableFiles() {
    }

    /**
     * The file's records; of a workbook at most {@code maxRecords + 1}, so that a caller can tell that
     * it has more than {@code maxRecords} without it being read whole.
     */
    public static List<List<String>> records(byte[] file, int maxRecords) {
        if (startsWith(file, ZIP)) {
            return XlsxReader.records(file, maxRecords);
        }
        if (startsWith(file, OLE2)) {
            // .xls, and also an .xlsx saved with a password: Office wraps encrypted workbooks in OLE2
            throw new UnreadableFileException("{zorgzame.import.oldOrProtectedExcel}");
        }
        return CsvParser.parse(utf8(file));
    }

    private static boolean startsWith(byte[] file, byte[] magic) {
        if (file.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (file[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The file as UTF-8 text without a byte order mark; a binary file or another encoding is refused. */
    private static String utf8(byte[] file) {
        for (byte b : file) {
            if (b == 0) {
                throw new UnreadableFileException("{zorgzame.import.notText}");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("{zorgzame.import.notUtf8}");
        }
    }
}
