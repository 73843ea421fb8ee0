package be.zorgzame.partners.boundary;

import be.zorgzame.partners.control.CsvRows;
import be.zorgzame.partners.control.XlsxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The organisation CSV layout, documented in the README: one header row, then one row per
 * organisation; sectors separated by {@code |}, dates as 2024-01-31, enterprise numbers formatted.
 * The XLSX export has the same columns, on one sheet.
 */
public final class OrganisationCsv {

    public static final List<String> COLUMNS = List.of("name", "legal_form", "kind", "sectors", "street", "house_number",
            "postcode", "municipality_nis_code", "website", "email", "phone", "kbo_number", "vcode", "ovo_code",
            "active_from", "active_to");
    private static final String SHEET = "Organisaties";

    private OrganisationCsv() {
    }

    public static String header() {
        return CsvRows.row(COLUMNS);
    }

    public static String row(OrganisationView o) {
        return CsvRows.row(cells(o));
    }

    /** The organisations as an XLSX workbook with one sheet, "Organisaties". */
    public static void writeXlsx(List<OrganisationView> organisations, OutputStream output) throws IOException {
        XlsxWriter.write(output, SHEET, COLUMNS, organisations.stream().map(OrganisationCsv::cells).toList());
    }

    private static List<String> cells(OrganisationView o) {
        return Arrays.asList(o.name(), o.legalForm(), o.kind().name(),
                o.sectors().stream().map(Enum::name).collect(Collectors.joining("|")),
                o.street(), o.houseNumber(), o.postcode(), o.municipalityNisCode(), o.website(), o.email(), o.phone(),
                o.kboNumber(), o.vcode(), o.ovoCode(), text(o.activeFrom()), text(o.activeTo()));
    }

    private static String text(LocalDate date) {
        return Objects.toString(date, null);
    }
}
