package be.zorgzame.web.api.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Organisations in and out of spreadsheets (XLSX import and export) and as OSLO JSON-LD, black-box
 * against the shipped WAR. The workbooks are made with POI the way a spreadsheet program saves them.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationSpreadsheetIT {

    private static final String PATH = "api/organisations";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String JSON_LD = "application/ld+json";
    private static final Random RANDOM = new Random();
    private static final List<String> HEADER =
            List.of("name", "kind", "kbo_number", "postcode", "municipality_nis_code", "active_from");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private Api staff() {
        return Api.as(base, "gemeente");
    }

    private static String marker(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh enterprise number with correct check digits, as 10 digits. */
    private static String newKbo() {
        String prefix = String.format("0%07d", RANDOM.nextInt(10_000_000));
        return prefix + String.format("%02d", 97 - Long.parseLong(prefix) % 97);
    }

    /** One row of a workbook: strings, numbers, dates and formulas (with the value a spreadsheet saved). */
    private interface RowFiller {
        void fill(Row row, CellStyle dateStyle);
    }

    private static byte[] workbook(List<String> header, List<RowFiller> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Blad1");
            Row headerRow = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                headerRow.createCell(i).setCellValue(header.get(i));
            }
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) != null) {
                    rows.get(i).fill(sheet.createRow(i + 1), dateStyle);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RowFiller row(String name, String kbo, double nisCode) {
        return (row, dateStyle) -> {
            row.createCell(0).setCellValue(name);
            row.createCell(1).setCellValue("ASSOCIATION");
            row.createCell(2).setCellValue(kbo);
            row.createCell(3).setCellValue(9000);
            row.createCell(4).setCellValue(nisCode);
            row.createCell(5).setCellValue(LocalDate.of(2024, 1, 31));
            row.getCell(5).setCellStyle(dateStyle);
        };
    }

    /** A name computed by a formula; the import takes the value the spreadsheet saved, never the formula. */
    private static RowFiller formulaNamed(String name) {
        return (row, dateStyle) -> {
            row.createCell(0).setCellFormula("CONCATENATE(\"Formule \",\"" + name.substring("Formule ".length()) + "\")");
            row.getCell(0).setCellValue(name);
            row.createCell(1).setCellValue("ASSOCIATION");
        };
    }

    private byte[] fileWithBadRows(String marker) {
        List<RowFiller> rows = new ArrayList<>();
        rows.add(row("Nieuw " + marker, "", 44021));
        rows.add(row("Slecht " + marker, "0123.456.789", 44021));
        rows.add(row("", "", 44021));
        rows.add(row("Onbekend " + marker, "", 99999));
        rows.add(formulaNamed("Formule " + marker));
        rows.add(null);
        rows.add(row("Na lege rij " + marker, "", 44021));
        return workbook(HEADER, rows);
    }

    private HttpResponse<String> importXlsx(byte[] file, String dryRun) {
        return staff().post(PATH + "/import" + (dryRun == null ? "" : "?dryRun=" + dryRun), file, XLSX);
    }

    private int found(Api api, String query) {
        HttpResponse<String> found = api.get(PATH + "?" + query);
        assertEquals(200, found.statusCode(), found.body());
        return Api.object(found).getInt("total");
    }

    private static List<String> fields(HttpResponse<String> problem) {
        assertTrue(problem.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        return Api.object(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
    }

    @Test
    void anXlsxDryRunReportsEveryRowByItsSpreadsheetRowNumber() {
        String marker = marker("xd");

        HttpResponse<String> dryRun = importXlsx(fileWithBadRows(marker), null);

        assertEquals(200, dryRun.statusCode(), dryRun.body());
        JsonObject report = Api.object(dryRun);
        assertEquals(3, report.getInt("created"));
        assertEquals(3, report.getInt("rejected"));
        List<JsonObject> rows = report.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 3, 4, 5, 6, 8), rows.stream().map(r -> r.getInt("row")).toList(), "blank row 7 is skipped");
        assertEquals(List.of("CREATE", "REJECT", "REJECT", "REJECT", "CREATE", "CREATE"),
                rows.stream().map(r -> r.getString("action")).toList());
        assertEquals(List.of(List.of("kbo_number"), List.of("name"), List.of("municipality_nis_code")),
                rows.subList(1, 4).stream().map(r -> r.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field")).toList()).toList());
        assertEquals("Formule " + marker, rows.get(4).getString("name"));
        assertEquals(0, found(staff(), "q=" + marker));
    }

    @Test
    void anXlsxWithARejectedRowIsNotAppliedAtAll() {
        String marker = marker("xa");

        HttpResponse<String> refused = importXlsx(fileWithBadRows(marker), "false");

        assertEquals(422, refused.statusCode(), refused.body());
        assertFalse(Api.object(refused).getBoolean("applied"));
        assertEquals(0, found(staff(), "q=" + marker));
    }

    @Test
    void aCleanXlsxCreatesTheOrganisationsWithNumbersAndDatesAsTyped() {
        String marker = marker("xc");
        byte[] file = workbook(HEADER, List.of(row("Vzw Werkmap " + marker, newKbo(), 44021), formulaNamed("Formule " + marker)));

        HttpResponse<String> applied = importXlsx(file, "false");

        assertEquals(200, applied.statusCode(), applied.body());
        assertTrue(Api.object(applied).getBoolean("applied"));
        assertEquals(2, Api.object(applied).getInt("created"));
        JsonObject created = Api.object(staff().get(PATH + "?q=" + marker + "&size=10")).getJsonArray("items").getJsonObject(1);
        assertEquals("Vzw Werkmap " + marker, created.getString("name"));
        assertEquals("9000", created.getString("postcode"));
        assertEquals("44021", created.getString("municipalityNisCode"));
        assertEquals("2024-01-31", created.getString("activeFrom"));
        assertEquals(1, found(staff(), "q=" + "formule%20" + marker));
    }

    @Test
    void theXlsxExportHasTextCellsOnlyAndImportsBackUnchanged() throws IOException {
        String marker = marker("xe");
        String kbo = newKbo();
        String name = "=HYPERLINK(\"http://evil.example\") " + marker;
        HttpResponse<String> created = staff().post(PATH, "{\"name\":\"" + name.replace("\"", "\\\"") + "\",\"kind\":\"ASSOCIATION\","
                + "\"kboNumber\":\"" + kbo + "\",\"phone\":\"+32 9 123 45 67\",\"postcode\":\"9000\",\"municipalityNisCode\":\"44021\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.object(created).getJsonNumber("id").longValue();

        HttpResponse<byte[]> export = staff().getBytes(PATH + "/export.xlsx?q=" + kbo, XLSX);

        assertEquals(200, export.statusCode());
        assertEquals(XLSX, export.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"organisaties.xlsx\"", export.headers().firstValue("Content-Disposition").orElseThrow());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Organisaties", sheet.getSheetName());
            assertEquals(1, workbook.getNumberOfSheets());
            assertEquals("name", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("active_to", sheet.getRow(0).getCell(15).getStringCellValue());
            assertEquals(1, sheet.getLastRowNum());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().formatAsString());
                }
            }
            assertEquals("'" + name, sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("'+32 9 123 45 67", sheet.getRow(1).getCell(10).getStringCellValue());
        }

        HttpResponse<String> reimported = importXlsx(export.body(), "false");

        assertEquals(200, reimported.statusCode(), reimported.body());
        JsonObject row = Api.object(reimported).getJsonArray("rows").getJsonObject(0);
        assertEquals("UPDATE", row.getString("action"));
        assertEquals(id, row.getJsonNumber("organisationId").longValue());
        JsonObject after = Api.object(staff().get(PATH + "/" + id));
        assertEquals(name, after.getString("name"));
        assertEquals("+32 9 123 45 67", after.getString("phone"));
    }

    @Test
    void filesThatAreNoWorkbookAreRefusedNamingTheFile() throws IOException {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notities.txt"));
            out.write("geen werkmap".getBytes());
        }
        byte[] brokenZip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};

        for (byte[] file : List.of(xls, zip.toByteArray(), brokenZip)) {
            HttpResponse<String> refused = importXlsx(file, null);
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(List.of("file"), fields(refused));
        }
        assertEquals(List.of("file"), fields(staff().post(PATH + "/import", xls, "application/vnd.ms-excel")));
    }

    @Test
    void oneOrganisationAndTheExportAsOsloJsonLd() {
        String marker = marker("ld");
        String kbo = newKbo();
        HttpResponse<String> created = staff().post(PATH, "{\"name\":\"Vzw Linked " + marker + "\",\"kind\":\"ASSOCIATION\","
                + "\"sectors\":[\"WELFARE\"],\"kboNumber\":\"" + kbo + "\",\"street\":\"Rabotstraat\",\"houseNumber\":\"12\","
                + "\"postcode\":\"9000\",\"municipalityNisCode\":\"44021\",\"email\":\"info@linked.example\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.object(created).getJsonNumber("id").longValue();
        String unregistered = "Buurtgroep " + marker;
        assertEquals(201, staff().post(PATH, "{\"name\":\"" + unregistered + "\",\"kind\":\"CITIZEN_INITIATIVE\"}").statusCode());

        HttpResponse<String> one = staff().get(PATH + "/" + id, JSON_LD);

        assertEquals(200, one.statusCode(), one.body());
        assertTrue(one.headers().firstValue("Content-Type").orElseThrow().startsWith(JSON_LD));
        JsonObject organisation = Api.object(one);
        assertEquals("https://data.vlaanderen.be/id/organisatie/" + kbo, organisation.getString("@id"));
        assertEquals(List.of("org:Organization", "rov:RegisteredOrganization"),
                organisation.getJsonArray("@type").getValuesAs(JsonString::getString));
        assertEquals("http://www.w3.org/ns/regorg#", organisation.getJsonObject("@context").getString("rov"));
        assertEquals("Vzw Linked " + marker, organisation.getString("skos:prefLabel"));
        assertEquals("Kruispuntbank van Ondernemingen", organisation.getJsonObject("rov:registration").getString("adms:schemaAgency"));
        assertEquals("9000", organisation.getJsonObject("org:hasPrimarySite").getJsonObject("organisatie:bestaatUit")
                .getString("locn:postCode"));
        assertEquals("info@linked.example", organisation.getJsonObject("schema:contactPoint").getString("schema:email"));
        assertEquals("Vzw Linked " + marker, Api.object(staff().get(PATH + "/" + id)).getString("name"), "JSON stays the default");

        HttpResponse<String> export = staff().get(PATH + "/export.jsonld?q=" + marker, JSON_LD);

        assertEquals(200, export.statusCode(), export.body());
        List<JsonObject> graph = Api.object(export).getJsonArray("@graph").getValuesAs(JsonObject.class);
        assertEquals(List.of("Buurtgroep " + marker, "Vzw Linked " + marker),
                graph.stream().map(node -> node.getString("skos:prefLabel")).toList());
        assertTrue(graph.get(0).getString("@id").startsWith(base.toString() + PATH + "/"), graph.get(0).getString("@id"));
    }

    @Test
    void partnerStaffExportOnlyTheirOwnOrganisation() throws IOException {
        Api partner = Api.as(base, "partner");
        long other = Api.object(staff().post(PATH, "{\"name\":\"Niet van de partner " + marker("pp")
                + "\",\"kind\":\"ASSOCIATION\"}")).getJsonNumber("id").longValue();

        HttpResponse<byte[]> xlsx = partner.getBytes(PATH + "/export.xlsx", XLSX);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(1, sheet.getLastRowNum(), "the header and their own organisation only");
            assertEquals("LDC De Rabotter", sheet.getRow(1).getCell(0).getStringCellValue());
        }

        HttpResponse<String> jsonLd = partner.get(PATH + "/export.jsonld", JSON_LD);
        assertEquals(200, jsonLd.statusCode(), jsonLd.body());
        List<JsonObject> graph = Api.object(jsonLd).getJsonArray("@graph").getValuesAs(JsonObject.class);
        assertEquals(List.of("LDC De Rabotter"), graph.stream().map(node -> node.getString("skos:prefLabel")).toList());
        assertEquals(403, partner.get(PATH + "/" + other, JSON_LD).statusCode());
        assertEquals(403, partner.post(PATH + "/import", workbook(HEADER, List.of()), XLSX).statusCode());
    }
}
