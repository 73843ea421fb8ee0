package be.zorgzame.web.api.plan;

import static be.zorgzame.web.api.Fixtures.id;
import static be.zorgzame.web.api.Fixtures.ownOrganisation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import be.zorgzame.web.api.Fixtures;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * Multi-year plans through the REST API. Each test keeps its own plan 2026–2031 in a municipality of its
 * own (Gent has the demo plan), kept by the administrator; the demo user {@code gemeente} works for Gent.
 */
@ExtendWith(ArquillianExtension.class)
class PlanApiIT {

    private static final String PATH = "api/plans";
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FIRST = 2026;
    private static final int LAST = 2031;
    private static final List<String> MEASURES = List.of("expenditure_operating", "receipts_operating",
            "expenditure_investment", "receipts_investment");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private Api admin() {
        return Api.as(base, "admin");
    }

    // --- files -------------------------------------------------------------------------------------------------

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("level", "code", "parent_code", "title", "description", "priority",
                "policy_field", "responsible_service"));
        for (int year = FIRST; year <= LAST; year++) {
            for (String measure : MEASURES) {
                header.add(measure + "_" + year);
            }
        }
        return header;
    }

    /** An item row; {@code amounts} per year of the cycle: expenditure and receipts, operating and investment (24 cells). */
    private static List<String> item(String level, String code, String parent, String title, String... amounts) {
        List<String> row = new ArrayList<>(List.of(level, code, parent, title, "", "nee", "0900", "Dienst Welzijn"));
        row.addAll(Arrays.asList(amounts));
        while (row.size() < header().size()) {
            row.add("");
        }
        return row;
    }

    /** Expenditure operating per year of the cycle, nothing else. */
    private static String[] operating(String... perYear) {
        String[] amounts = new String[24];
        Arrays.fill(amounts, "");
        for (int i = 0; i < perYear.length; i++) {
            amounts[i * 4] = perYear[i];
        }
        return amounts;
    }

    /**
     * A plan as a municipality's financial software would export it: objectives with action plans with actions,
     * six years of budgets for every action, descriptions with commas, quotes and line breaks.
     */
    private static List<List<String>> realisticPlan(int objectives, int plansPerObjective, int actionsPerPlan) {
        Random random = new Random(FIRST);
        List<List<String>> rows = new ArrayList<>();
        rows.add(header());
        for (int o = 1; o <= objectives; o++) {
            String objective = String.format("BD%02d", o);
            List<String> row = item("objective", objective, "", "Beleidsdoelstelling " + o + ": iedereen telt mee in de buurt");
            row.set(4, "Lange omschrijving, met een komma;\n een \"citaat\" en een tweede regel.");
            row.set(5, "ja");
            rows.add(row);
            for (int p = 1; p <= plansPerObjective; p++) {
                String plan = objective + String.format("AP%02d", p);
                rows.add(item("action_plan", plan, objective, "Actieplan " + plan));
                for (int a = 1; a <= actionsPerPlan; a++) {
                    String[] amounts = new String[24];
                    for (int i = 0; i < amounts.length; i++) {
                        boolean investment = i % 4 >= 2;
                        amounts[i] = investment && random.nextInt(3) > 0 ? "" : random.nextInt(0, 250_000) + "." + random.nextInt(10, 100);
                    }
                    rows.add(item("action", plan + String.format("A%02d", a), plan, "Actie " + a + " van " + plan, amounts));
                }
            }
        }
        return rows;
    }

    private static byte[] csv(List<List<String>> rows) {
        return rows.stream()
                .map(row -> row.stream().map(PlanApiIT::csvCell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String csvCell(String value) {
        return value.matches("(?s).*[,;\"\\n].*") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** The same rows as a workbook, amounts and the policy field as numbers (0900 becomes 900, as in a spreadsheet). */
    private static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Meerjarenplan");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (r > 0 && (c == 6 || c >= 8) && !value.isEmpty()) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- API helpers ---------------------------------------------------------------------------------------------

    private long plan(String nisCode) {
        HttpResponse<String> created = admin().post(PATH, "{\"municipalityNisCode\":\"" + nisCode + "\",\"firstYear\":" + FIRST
                + ",\"lastYear\":" + LAST + ",\"title\":\"Meerjarenplan 2026-2031\"}");
        assertEquals(201, created.statusCode(), created.body());
        return id(Api.object(created));
    }

    private static HttpResponse<String> importFile(Api api, long plan, byte[] file, String type, boolean apply) {
        return api.post(PATH + "/" + plan + "/import?dryRun=" + !apply + "&label=Aanpassing", file, type);
    }

    private JsonObject imported(long plan, List<List<String>> rows) {
        HttpResponse<String> applied = importFile(admin(), plan, csv(rows), CSV, true);
        assertEquals(200, applied.statusCode(), applied.body());
        return Api.object(applied);
    }

    private long neighbourhood(String nisCode, String subsidyTo, Long involvedOrganisation) {
        HttpResponse<String> created = admin().post("api/neighbourhoods", "{\"name\":\"Planbuurt " + UUID.randomUUID()
                + "\",\"municipalityNisCode\":\"" + nisCode + "\",\"status\":\"SUSTAINED\",\"subsidyFrom\":\"2022-03-01\","
                + "\"subsidyTo\":\"" + subsidyTo + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        long neighbourhood = id(Api.object(created));
        if (involvedOrganisation != null) {
            HttpResponse<String> involved = admin().post("api/neighbourhoods/" + neighbourhood + "/involvements",
                    "{\"organisationId\":" + involvedOrganisation + ",\"role\":\"PARTNER\","
                            + "\"collaborationLevel\":\"ALIGNING_ACTIVITIES\",\"validFrom\":\"2024-01-01\"}");
            assertEquals(201, involved.statusCode(), involved.body());
        }
        return neighbourhood;
    }

    private static String link(String code, long neighbourhood, String share, Integer version) {
        return "{\"itemCode\":\"" + code + "\",\"targetType\":\"NEIGHBOURHOOD\",\"targetId\":" + neighbourhood
                + ",\"note\":\"Draagt de buurtwerking\"" + (share == null ? "" : ",\"budgetShare\":" + share)
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private JsonObject linked(long plan, String code, long neighbourhood, String share) {
        HttpResponse<String> created = admin().post(PATH + "/" + plan + "/links", link(code, neighbourhood, share, null));
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created);
    }

    private static List<String> codes(JsonArray array, String field) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).toList();
    }

    private static List<Integer> years(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static boolean absent(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    private static String amount(JsonObject coverage, int year) {
        return coverage.getJsonArray("years").getJsonObject(year - FIRST).getJsonNumber("amount").bigDecimalValue()
                .setScale(2).toPlainString();
    }

    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        return Api.object(response).getJsonArray("errors").getJsonObject(0);
    }

    // --- tests ---------------------------------------------------------------------------------------------------

    @Test
    void aRealisticPlanIsImportedAfterADryRunAndShownAsATreeWithTotals() {
        long plan = plan("34022");
        List<List<String>> rows = realisticPlan(10, 4, 8);

        HttpResponse<String> dryRun = importFile(admin(), plan, csv(rows), CSV, false);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        JsonObject checked = Api.object(dryRun);
        assertFalse(checked.getBoolean("applied"));
        assertEquals(10, checked.getInt("objectives"));
        assertEquals(40, checked.getInt("actionPlans"));
        assertEquals(320, checked.getInt("actions"));
        assertEquals(0, checked.getInt("rejected"));
        assertEquals(370, checked.getJsonObject("differences").getJsonArray("added").size());
        assertTrue(Api.object(admin().get(PATH + "/" + plan)).getJsonArray("revisions").isEmpty(), "a dry run changes nothing");

        JsonObject applied = imported(plan, rows);
        assertTrue(applied.getBoolean("applied"));
        assertEquals(1, applied.getInt("revision"));

        JsonArray items = Api.array(admin().get(PATH + "/" + plan + "/items"));
        assertEquals(370, items.size());
        assertEquals(List.of("BD01", "BD01AP01", "BD01AP01A01"), codes(items, "code").subList(0, 3));
        JsonObject objective = items.getJsonObject(0);
        assertEquals("OBJECTIVE", objective.getString("level"));
        assertTrue(objective.getBoolean("priority"));
        assertEquals("Lange omschrijving, met een komma;\n een \"citaat\" en een tweede regel.", objective.getString("description"));
        BigDecimal sum = rows.stream().filter(r -> r.get(0).equals("action") && r.get(1).startsWith("BD01AP"))
                .map(r -> new BigDecimal(r.get(8))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(objective.getJsonArray("budgets").getJsonObject(0)
                .getJsonNumber("expenditureOperating").bigDecimalValue()), "an objective sums its actions");
        JsonObject action = items.getJsonObject(2);
        assertEquals(6, action.getJsonArray("budgets").size());
        assertEquals("0900", action.getString("policyField"));

        HttpResponse<String> asWorkbook = importFile(admin(), plan, xlsx(rows), XLSX, true);
        assertEquals(200, asWorkbook.statusCode(), asWorkbook.body());
        JsonObject second = Api.object(asWorkbook);
        assertEquals(2, second.getInt("revision"));
        JsonObject differences = second.getJsonObject("differences");
        assertEquals(0, differences.getJsonArray("added").size() + differences.getJsonArray("removed").size()
                + differences.getJsonArray("changed").size(), "the same plan as a workbook: " + differences);

        JsonArray revisions = Api.object(admin().get(PATH + "/" + plan)).getJsonArray("revisions");
        assertEquals(List.of(1, 2), revisions.getValuesAs(JsonObject.class).stream().map(r -> r.getInt("number")).toList());
        assertEquals(320, revisions.getJsonObject(0).getInt("actions"));
        assertEquals("Aanpassing", revisions.getJsonObject(1).getString("label"));
        assertEquals(370, Api.array(admin().get(PATH + "/" + plan + "/items?revision=1")).size());
    }

    @Test
    void aDryRunNamesEveryBadRowAndColumnAndApplyingSuchAFileChangesNothing() {
        long plan = plan("31005");
        List<List<String>> rows = new ArrayList<>(List.of(header(),
                item("objective", "BD01", "", "Zorgzame buurten"),
                item("action_plan", "BD01AP01", "BD01", "Buurtwerking"),
                item("action", "BD01AP01A01", "BD01AP01", "x".repeat(101), operating("1000")),
                item("action", "BD01AP01A02", "BD99", "Onbekende ouder", operating("12.500,00")),
                item("actie", "BD01AP01A03", "BD01AP01", "Goede actie", operating("-5")),
                item("opdracht", "BD01AP01A04", "BD01AP01", "Onbekend niveau")));
        rows.get(2).set(5, "misschien");

        HttpResponse<String> dryRun = importFile(admin(), plan, csv(rows), CSV, false);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        JsonObject report = Api.object(dryRun);
        assertEquals(5, report.getInt("rejected"));
        JsonArray rejected = report.getJsonArray("rejectedRows");
        assertEquals(List.of(3, 4, 5, 6, 7), rejected.getValuesAs(JsonObject.class).stream().map(r -> r.getInt("row")).toList());
        assertEquals(List.of("priority"), codes(rejected.getJsonObject(0).getJsonArray("errors"), "field"));
        assertEquals(List.of("title"), codes(rejected.getJsonObject(1).getJsonArray("errors"), "field"));
        assertEquals(List.of("expenditure_operating_2026", "parent_code"),
                codes(rejected.getJsonObject(2).getJsonArray("errors"), "field"));
        assertEquals("expenditure_operating_2026", rejected.getJsonObject(3).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(rejected.getJsonObject(3).getJsonArray("errors").getJsonObject(0).getString("message").contains("bedrag"));
        assertEquals("level", rejected.getJsonObject(4).getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> apply = importFile(admin(), plan, csv(rows), CSV, true);
        assertEquals(422, apply.statusCode(), apply.body());
        assertFalse(Api.object(apply).getBoolean("applied"));
        assertTrue(Api.object(admin().get(PATH + "/" + plan)).getJsonArray("revisions").isEmpty(), "all or nothing");
    }

    @Test
    void aRevisionShowsAddedRemovedAndChangedItemsAndFlagsTheLinksOfRemovedOnesWithoutDroppingThem() {
        long plan = plan("24062");
        long neighbourhood = neighbourhood("24062", "2024-02-29", null);
        List<List<String>> first = List.of(header(),
                item("objective", "BD01", "", "Zorgzame buurten"),
                item("action_plan", "BD01AP01", "BD01", "Buurtwerking"),
                item("action", "A01", "BD01AP01", "Buurtwerker", operating("1000", "1000")),
                item("action", "A02", "BD01AP01", "Ontmoetingsplaats", operating("500")),
                item("action", "A03", "BD01AP01", "Buurtbus", operating("300")));
        imported(plan, first);
        JsonObject removedLink = linked(plan, "A02", neighbourhood, "50");
        JsonObject changedLink = linked(plan, "A01", neighbourhood, null);
        linked(plan, "BD01AP01", neighbourhood, "10");

        List<List<String>> second = List.of(header(),
                item("objective", "BD01", "", "Zorgzame buurten"),
                item("action_plan", "BD01AP01", "BD01", "Buurtwerking"),
                item("action", "A01", "BD01AP01", "Buurtwerker", operating("1000", "1500")),
                item("action", "A03", "BD01AP01", "Buurtbus en vervoer", operating("300")),
                item("action", "A04", "BD01AP01", "Mantelzorgcafé", operating("800")));
        HttpResponse<String> dryRun = importFile(admin(), plan, csv(second), CSV, false);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        JsonObject differences = Api.object(dryRun).getJsonObject("differences");
        assertEquals(List.of("A04"), codes(differences.getJsonArray("added"), "code"));
        assertEquals(List.of("A02"), codes(differences.getJsonArray("removed"), "code"));
        assertEquals(List.of("A01", "A03"), codes(differences.getJsonArray("changed"), "code"));
        assertEquals(List.of("budgets"), strings(differences.getJsonArray("changed").getJsonObject(0).getJsonArray("fields")));
        assertEquals(List.of("title"), strings(differences.getJsonArray("changed").getJsonObject(1).getJsonArray("fields")));
        JsonArray affected = Api.object(dryRun).getJsonArray("affectedLinks");
        assertEquals(List.of("A01:CHANGED", "A02:FLAGGED"), affected.getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("itemCode") + ":" + a.getString("effect")).toList());
        assertEquals(id(removedLink), affected.getJsonObject(1).getJsonNumber("linkId").longValue());
        assertTrue(Api.array(admin().get(PATH + "/" + plan + "/links?flagged=true")).isEmpty(), "a dry run flags nothing");

        assertEquals(2, imported(plan, second).getInt("revision"));
        JsonArray flagged = Api.array(admin().get(PATH + "/" + plan + "/links?flagged=true"));
        assertEquals(1, flagged.size());
        assertEquals("A02", flagged.getJsonObject(0).getString("itemCode"));
        assertEquals(2, flagged.getJsonObject(0).getInt("flaggedInRevision"));
        assertTrue(absent(flagged.getJsonObject(0), "itemTitle"), "its item is gone");
        assertEquals(3, Api.array(admin().get(PATH + "/" + plan + "/links")).size(), "no link is dropped");
        assertEquals(List.of("A02"), codes(Api.object(admin().get(PATH + "/" + plan + "/revisions/2/differences"))
                .getJsonArray("removed"), "code"));
        assertEquals(1, Api.object(admin().get("api/plans/coverage/neighbourhoods/" + neighbourhood + "?year=2026"))
                .getInt("flaggedLinks"));

        JsonObject back = Api.object(importFile(admin(), plan, csv(first), CSV, false));
        assertTrue(back.getJsonArray("affectedLinks").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("itemCode").equals("A02") && a.getString("effect").equals("RESTORED")), back.toString());

        JsonObject reviewed = Api.object(admin().get(PATH + "/" + plan + "/links/" + id(removedLink)));
        HttpResponse<String> repointed = admin().put(PATH + "/" + plan + "/links/" + id(removedLink),
                link("A04", neighbourhood, "50", reviewed.getInt("version")));
        assertEquals(200, repointed.statusCode(), repointed.body());
        assertTrue(absent(Api.object(repointed), "flaggedInRevision"), "pointed at an item again: " + repointed.body());
        assertEquals("Mantelzorgcafé", Api.object(repointed).getString("itemTitle"));
        assertEquals(409, admin().put(PATH + "/" + plan + "/links/" + id(removedLink),
                link("A03", neighbourhood, "50", reviewed.getInt("version"))).statusCode(), "a stale version is a conflict");
        assertEquals("itemCode", problem(admin().put(PATH + "/" + plan + "/links/" + id(changedLink),
                link("A02", neighbourhood, null, changedLink.getInt("version"))), 400).getString("field"));
    }

    @Test
    void coverageCountsTheLinkedBudgetPerYearAndTheGapAfterTheSubsidyPeriod() {
        long plan = plan("12025");
        List<List<String>> rows = new ArrayList<>(List.of(header(),
                item("objective", "BD01", "", "Zorgzame buurten"),
                item("action_plan", "BD01AP01", "BD01", "Buurtwerking"),
                item("action", "A01", "BD01AP01", "Buurtwerker", operating("10000", "10000", "10000")),
                item("action", "A02", "BD01AP01", "Buurtbabbels", operating("2000", "2000", "2000", "2000", "2000", "2000")),
                item("action_plan", "BD01AP02", "BD01", "Ontmoeting"),
                item("action", "A03", "BD01AP02", "Ontmoetingsplaats", operating("", "", "", "", "8000"))));
        rows.get(3).set(8 + 4 + 2, "4000");
        rows.get(3).set(8 + 1, "999");
        imported(plan, rows);
        long subsidisedThrough2026 = neighbourhood("12025", "2026-12-31", null);
        long oneDayShort = neighbourhood("12025", "2026-12-30", null);
        linked(plan, "A01", subsidisedThrough2026, "50");
        linked(plan, "BD01AP02", subsidisedThrough2026, null);
        linked(plan, "A02", oneDayShort, "10");

        JsonObject coverage = Api.object(admin().get("api/plans/coverage/neighbourhoods/" + subsidisedThrough2026 + "?year=2027"));
        assertEquals(List.of("5000.00", "7000.00", "5000.00", "0.00", "8000.00", "0.00"),
                IntStream.rangeClosed(FIRST, LAST).mapToObj(y -> amount(coverage, y)).toList());
        assertEquals(List.of(2027, 2028, 2029, 2030, 2031), years(coverage.getJsonArray("yearsAfterSubsidy")));
        assertEquals(List.of(2029, 2031), years(coverage.getJsonArray("gapYears")));
        assertEquals(List.of("A01"), codes(coverage.getJsonArray("years").getJsonObject(1).getJsonArray("actions"), "code"));

        JsonObject shortly = Api.object(admin().get("api/plans/coverage/neighbourhoods/" + oneDayShort));
        assertEquals(List.of(2026, 2027, 2028, 2029, 2030, 2031), years(shortly.getJsonArray("yearsAfterSubsidy")));
        assertEquals(List.of(), years(shortly.getJsonArray("gapYears")));
        assertEquals("200.00", amount(shortly, 2031));

        HttpResponse<String> totals = Api.as(base, "regio").get("api/plans/coverage/municipalities/12025?year=2026");
        assertEquals(200, totals.statusCode(), totals.body());
        JsonObject neighbourhood = Api.object(totals).getJsonArray("neighbourhoods").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("neighbourhoodId").longValue() == subsidisedThrough2026).findFirst().orElseThrow();
        assertEquals(List.of(2029, 2031), years(neighbourhood.getJsonArray("gapYears")));
        assertEquals(1, neighbourhood.getJsonArray("years").getJsonObject(1).getInt("actions"));
        assertFalse(totals.body().contains("Buurtwerker") || totals.body().contains("A01"), "totals only: " + totals.body());
        assertEquals(404, admin().get("api/plans/coverage/municipalities/12025?year=2040").statusCode());
    }

    @Test
    void theLinkageOverviewIsExportedForTheCouncilAsAWorkbookAndADocument() throws IOException {
        long plan = plan("11004");
        imported(plan, List.of(header(),
                item("objective", "BD01", "", "Zorgzame buurten"),
                item("action_plan", "BD01AP01", "BD01", "Buurtwerking"),
                item("action", "A01", "BD01AP01", "=Buurtwerker", operating("1000", "1000", "1000"))));
        long neighbourhood = neighbourhood("11004", "2024-02-29", ownOrganisation(Api.as(base, "partner")));
        linked(plan, "A01", neighbourhood, "40");
        linked(plan, "BD01", neighbourhood, null);
        String name = Api.object(admin().get("api/neighbourhoods/" + neighbourhood)).getString("name");

        HttpResponse<byte[]> xlsx = admin().getBytes(PATH + "/" + plan + "/linkage.xlsx?lang=nl", XLSX);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet links = workbook.getSheet("Koppelingen");
            assertEquals("2026", links.getRow(0).getCell(8).getStringCellValue());
            Row action = links.getRow(1).getCell(0).getStringCellValue().equals("A01") ? links.getRow(1) : links.getRow(2);
            assertEquals("'=Buurtwerker", action.getCell(2).getStringCellValue(), "a title is never a formula");
            assertEquals(40.0, action.getCell(6).getNumericCellValue());
            assertEquals(400.0, action.getCell(8).getNumericCellValue(), "40% of the action's expenditure");
            assertEquals(0.0, action.getCell(11).getNumericCellValue());
            Sheet coverage = workbook.getSheet("Dekking per buurt");
            Row row = coverage.getRow(1);
            assertEquals(name, row.getCell(0).getStringCellValue());
            assertEquals("29/02/2024", row.getCell(2).getStringCellValue());
            assertEquals("2029, 2030, 2031", row.getCell(3).getStringCellValue());
            assertEquals(1000.0, row.getCell(4).getNumericCellValue(), "the objective's link carries all of it, counted once");
        }

        HttpResponse<byte[]> pdf = admin().getBytes(PATH + "/" + plan + "/linkage.pdf?lang=fr", "application/pdf");
        assertEquals(200, pdf.statusCode());
        PdfReader reader = new PdfReader(pdf.body());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        String document = text.toString();
        for (String expected : List.of("Liens avec le plan pluriannuel", "Couverture par quartier", "A01", "=Buurtwerker",
                "400,00", "Pérennisé", "29/02/2024", "2029, 2030, 2031")) {
            assertTrue(document.contains(expected), expected + " in " + document);
        }

        assertEquals(403, Api.as(base, "partner").getBytes(PATH + "/" + plan + "/linkage.xlsx", XLSX).statusCode());
        assertEquals(403, Api.as(base, "regio").getBytes(PATH + "/" + plan + "/linkage.pdf", "application/pdf").statusCode());
    }

    @Test
    void partnerStaffReadOnlyTheActionsLinkedToTheirNeighbourhoodsAndRegionalSupportOnlyTotals() {
        Api partner = Api.as(base, "partner");
        Api regio = Api.as(base, "regio");
        long plan = plan("41002");
        imported(plan, List.of(header(),
                item("objective", "BD01", "", "Zorgzame buurten"),
                item("action_plan", "BD01AP01", "BD01", "Buurtwerking"),
                item("action", "A01", "BD01AP01", "Buurtwerker De Rabotter", operating("1000")),
                item("action", "A02", "BD01AP01", "Buurtwerker elders", operating("1000"))));
        long theirs = neighbourhood("41002", "2024-02-29", ownOrganisation(partner));
        long elsewhere = neighbourhood("41002", "2024-02-29", null);
        linked(plan, "A01", theirs, "100");
        linked(plan, "A02", elsewhere, "100");

        HttpResponse<String> items = partner.get(PATH + "/" + plan + "/items");
        assertEquals(200, items.statusCode(), items.body());
        assertEquals(List.of("A01"), codes(Api.array(items), "code"));
        assertEquals(200, partner.get("api/plans/coverage/neighbourhoods/" + theirs + "?year=2026").statusCode());
        assertEquals(403, partner.get("api/plans/coverage/neighbourhoods/" + elsewhere + "?year=2026").statusCode());
        assertEquals(403, partner.get(PATH + "/" + plan + "/links").statusCode());
        assertEquals(403, partner.get("api/plans/coverage/municipalities/41002").statusCode());
        assertEquals(403, importFile(partner, plan, csv(List.of(header())), CSV, false).statusCode());

        assertEquals(403, regio.get(PATH + "/" + plan + "/items").statusCode());
        assertEquals(403, regio.get(PATH).statusCode());
        assertEquals(403, regio.get("api/plans/coverage/neighbourhoods/" + theirs).statusCode());
        assertEquals(200, regio.get("api/plans/coverage/municipalities/41002?year=2026").statusCode());
    }

    @Test
    void staffOfAnotherMunicipalityReadButCannotChangeThePlan() {
        Api gent = Api.as(base, "gemeente");
        long plan = plan("35013");
        imported(plan, List.of(header(), item("objective", "BD01", "", "Zorgzame buurten")));
        long neighbourhood = neighbourhood("35013", "2024-02-29", null);

        assertEquals(200, gent.get(PATH + "/" + plan + "/items").statusCode());
        assertEquals(403, importFile(gent, plan, csv(List.of(header(), item("objective", "BD02", "", "Ander"))), CSV, false).statusCode());
        assertEquals(403, gent.post(PATH + "/" + plan + "/links", link("BD01", neighbourhood, null, null)).statusCode());
        assertEquals(403, gent.post(PATH, "{\"municipalityNisCode\":\"35013\",\"firstYear\":2032,\"lastYear\":2037,"
                + "\"title\":\"Volgend plan\"}").statusCode());
        long link = id(linked(plan, "BD01", neighbourhood, null));
        assertEquals(403, gent.delete(PATH + "/" + plan + "/links/" + link).statusCode());
        assertEquals(204, admin().delete(PATH + "/" + plan + "/links/" + link).statusCode());

        assertEquals("firstYear", problem(admin().post(PATH, "{\"municipalityNisCode\":\"35013\",\"firstYear\":2031,"
                + "\"lastYear\":2036,\"title\":\"Overlappend\"}"), 400).getString("field"));
        assertEquals("lastYear", problem(admin().post(PATH, "{\"municipalityNisCode\":\"35013\",\"firstYear\":2040,"
                + "\"lastYear\":2039,\"title\":\"Achterstevoren\"}"), 400).getString("field"));
        long gentNeighbourhood = Api.object(gent.get("api/neighbourhoods?municipality=44021")).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals("targetId", problem(admin().post(PATH + "/" + plan + "/links", link("BD01", gentNeighbourhood, null, null)),
                400).getString("field"));
    }

    @Test
    void malformedFilesAreRefusedNamingTheFileOrTheColumn() {
        long plan = plan("71016");
        byte[] binary = {1, 0, 2, 3, 0, 0, 5};
        JsonObject notAFile = problem(importFile(admin(), plan, binary, CSV, false), 400);
        assertEquals("file", notAFile.getString("field"));
        assertTrue(notAFile.getString("message").contains("CSV"), notAFile.toString());

        byte[] latin1 = (String.join(",", header()) + "\nobjective,BD01,,Zorgzaam ouder worden in één buurt\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        JsonObject notUtf8 = problem(importFile(admin(), plan, latin1, CSV, false), 400);
        assertEquals("file", notUtf8.getString("field"));
        assertTrue(notUtf8.getString("message").contains("UTF-8"), notUtf8.toString());

        JsonObject missing = problem(importFile(admin(), plan, "level,code,title\nobjective,BD01,Buurten\n"
                .getBytes(StandardCharsets.UTF_8), CSV, false), 400);
        assertEquals("parent_code", missing.getString("field"));

        assertEquals("expenditure_operating_2032", problem(importFile(admin(), plan,
                "level,code,parent_code,title,expenditure_operating_2032\n".getBytes(StandardCharsets.UTF_8), CSV, false), 400)
                .getString("field"));
        assertEquals("file", problem(importFile(admin(), plan, new byte[0], CSV, false), 400).getString("field"));
        assertEquals("file", problem(importFile(admin(), plan, new byte[] {'P', 'K', 3, 4, 0, 0}, XLSX, false), 400)
                .getString("field"));
        assertEquals("dryRun", problem(admin().post(PATH + "/" + plan + "/import?dryRun=misschien",
                csv(List.of(header())), CSV), 400).getString("field"));
    }

    @Test
    void theDemoPlanOfGentCarriesRabotUntil2028AndLinksThroughItsAgreementAndMandateCountOnce() {
        Api gent = Api.as(base, "gemeente");
        JsonArray plans = Api.array(gent.get(PATH + "?municipality=44021"));
        assertEquals(1, plans.size());
        assertEquals(2026, plans.getJsonObject(0).getInt("firstYear"));
        long rabot = Api.object(gent.get("api/neighbourhoods?q=Rabot")).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getString("name").equals("Zorgzaam Rabot")).findFirst().map(Fixtures::id).orElseThrow();

        JsonObject coverage = Api.object(gent.get("api/plans/coverage/neighbourhoods/" + rabot + "?year=2026"));
        assertEquals("48000.00", amount(coverage, 2026));
        assertEquals(List.of(2029, 2030, 2031), years(coverage.getJsonArray("gapYears")));
        long plan = id(plans.getJsonObject(0));
        assertEquals(List.of("BD06AP01A01"), codes(Api.array(Api.as(base, "partner").get(PATH + "/" + plan + "/items")), "code"));

        long agreement = id(Api.array(gent.get("api/agreements?neighbourhood=" + rabot)).getJsonObject(0));
        long mandate = id(Api.array(gent.get("api/mandates?neighbourhood=" + rabot)).getJsonObject(0));
        HttpResponse<String> viaAgreement = gent.post(PATH + "/" + plan + "/links", "{\"itemCode\":\"BD06AP01A02\","
                + "\"targetType\":\"AGREEMENT\",\"targetId\":" + agreement + ",\"budgetShare\":50}");
        assertEquals(201, viaAgreement.statusCode(), viaAgreement.body());
        HttpResponse<String> viaMandate = gent.post(PATH + "/" + plan + "/links", "{\"itemCode\":\"BD06AP01A02\","
                + "\"targetType\":\"MANDATE\",\"targetId\":" + mandate + ",\"budgetShare\":20}");
        assertEquals(201, viaMandate.statusCode(), viaMandate.body());
        try {
            JsonObject carried = Api.object(gent.get("api/plans/coverage/neighbourhoods/" + rabot + "?year=2026"));
            assertEquals("15000.00", amount(carried, 2031), "the agreement's and the mandate's link count once, the larger share");
            assertEquals(List.of(), years(carried.getJsonArray("gapYears")));
        } finally {
            assertEquals(204, gent.delete(PATH + "/" + plan + "/links/" + id(Api.object(viaAgreement))).statusCode());
            assertEquals(204, gent.delete(PATH + "/" + plan + "/links/" + id(Api.object(viaMandate))).statusCode());
        }
    }

    @Test
    void anItemIsLinkedToAChecklistAssessmentOfThePlansMunicipalityOnly() {
        Api gent = Api.as(base, "gemeente");
        long plan = id(Api.array(gent.get(PATH + "?municipality=44021")).getJsonObject(0));
        long assessment = Api.array(gent.get("api/checklist/municipalities/44021")).getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.containsKey("assessment")).findFirst()
                .map(entry -> id(entry.getJsonObject("assessment"))).orElseThrow();

        HttpResponse<String> linked = gent.post(PATH + "/" + plan + "/links", "{\"itemCode\":\"BD06AP01A02\","
                + "\"targetType\":\"ASSESSMENT\",\"targetId\":" + assessment + ",\"note\":\"bewijs voor lokaal 2\"}");
        assertEquals(201, linked.statusCode(), linked.body());
        try {
            assertTrue(Api.object(linked).getString("targetName").contains("Gent"), linked.body());
            HttpResponse<String> unknown = gent.post(PATH + "/" + plan + "/links", "{\"itemCode\":\"BD06AP01A02\","
                    + "\"targetType\":\"ASSESSMENT\",\"targetId\":987654321}");
            assertEquals(400, unknown.statusCode(), unknown.body());
            assertEquals("targetId", Api.object(unknown).getJsonArray("errors").getJsonObject(0).getString("field"));
        } finally {
            assertEquals(204, gent.delete(PATH + "/" + plan + "/links/" + id(Api.object(linked))).statusCode());
        }
    }
}
