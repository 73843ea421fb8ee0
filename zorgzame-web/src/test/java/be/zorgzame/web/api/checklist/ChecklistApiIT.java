package be.zorgzame.web.api.checklist;

import static be.zorgzame.web.api.Fixtures.id;
import static be.zorgzame.web.api.Fixtures.neighbourhoodIn;
import static be.zorgzame.web.api.Fixtures.neighbourhoodOfGent;
import static be.zorgzame.web.api.Fixtures.ownOrganisation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
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
 * The policy checklist over HTTP: the seeded catalogue, assessing with evidence, history, reviews,
 * versions of items, suggestions from the module's own data and who may do what. Gent (44021) is the
 * demo users' municipality; the suggestions are tested in Aalst (41002), where no other test keeps data.
 */
@ExtendWith(ArquillianExtension.class)
class ChecklistApiIT {

    private static final String PATH = "api/checklist";
    private static final LocalDate TODAY = LocalDate.now();
    private static final String RECOMMENDATIONS = "BELEIDSAANBEVELINGEN";
    private static final String PRIORITIES = "TOETSINGSKADER";
    private static final String BUILDING_BLOCKS = "BOUWSTENEN";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private Api as(String user) {
        return Api.as(base, user);
    }

    private Api staff() {
        return as("gemeente");
    }

    private JsonObject framework(String code) {
        return Api.array(staff().get(PATH + "/frameworks")).getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private List<JsonObject> items(String frameworkCode) {
        return Api.array(staff().get(PATH + "/frameworks/" + id(framework(frameworkCode)) + "/items")).getValuesAs(JsonObject.class);
    }

    private long item(String frameworkCode, String itemCode) {
        return id(items(frameworkCode).stream().filter(i -> i.getString("code").equals(itemCode)).findFirst().orElseThrow());
    }

    private static JsonObject created(Api api, String path, String json) {
        HttpResponse<String> created = api.post(path, json);
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }

    private static String field(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return Api.object(response).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    /** An assessment of an item for a municipality ({@code neighbourhood} null) or a neighbourhood. */
    private static String assessment(long item, String nisCode, Long neighbourhood, String status, String more, Integer version) {
        return "{\"itemId\":" + item + (nisCode == null ? "" : ",\"municipalityNisCode\":\"" + nisCode + "\"")
                + (neighbourhood == null ? "" : ",\"neighbourhoodId\":" + neighbourhood) + ",\"status\":\"" + status + "\""
                + (more.isEmpty() ? "" : "," + more) + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static String meetingPlace(String name, String nisCode, boolean multifunctional) {
        return "{\"name\":\"" + name + "\",\"street\":\"Rabotstraat\",\"houseNumber\":\"12\",\"postcode\":\"9000\","
                + "\"municipalityNisCode\":\"" + nisCode + "\",\"setting\":\"BOTH\",\"multifunctional\":" + multifunctional + ","
                + "\"accessibility\":\"Rolstoeltoegankelijk, drempelvrij\",\"availability\":\"Ma-vr 9-17, op afspraak 's avonds\"}";
    }

    @Test
    void theSeededCatalogueHoldsEveryRecommendationPriorityAndBuildingBlockInThreeLanguages() {
        JsonObject recommendations = framework(RECOMMENDATIONS);
        assertEquals("MUNICIPALITY", recommendations.getString("assessedPer"));
        assertEquals("NEIGHBOURHOOD", framework(PRIORITIES).getString("assessedPer"));
        assertEquals("NEIGHBOURHOOD", framework(BUILDING_BLOCKS).getString("assessedPer"));

        List<JsonObject> policy = items(RECOMMENDATIONS);
        assertEquals(List.of("VL-1", "VL-2", "VL-3", "VL-4", "VL-5", "VL-6", "VL-7", "VL-8", "LOK-1", "LOK-2", "LOK-3", "LOK-4",
                "AFS-FED", "AFS-GGC", "BOV-1", "BOV-2", "BOV-3"), codes(policy));
        assertEquals(Map.of("FLEMISH", 8L, "LOCAL", 4L, "ALIGNMENT", 2L, "SUPRA_LOCAL", 3L), levels(policy));
        assertEquals("Het inzetten van een professionele spilfiguur als noodzakelijke voorwaarde", title(policy, "LOK-4", "nl"));
        assertTrue(title(policy, "AFS-GGC", "nl").contains("Gemeenschappelijke Gemeenschapscommissie"));

        List<JsonObject> priorities = items(PRIORITIES);
        assertEquals(Map.of("GOAL", 5L, "PROCESS", 7L), levels(priorities));
        assertEquals(List.of("Kwaliteitsvol leven", "Sociale cohesie versterken", "Ontmoeting tussen burens",
                "Samenredzaamheid versterken", "Detecteren en signaleren", "Afgestemde samenwerking", "Toegewijd team",
                "Toegankelijkheid vergroten", "Adequate communicatie", "Draagvlak hebben", "Verduurzamen van zorgzame buurten",
                "Co-ontwikkeling"), titles(priorities));

        List<JsonObject> blocks = items(BUILDING_BLOCKS);
        assertEquals(List.of("Detectie", "Toeleiding", "Sociale netwerken", "Inclusie", "Buurt: analyse & plan",
                "Visie en organisatie", "Communicatie", "Partnerschappen"), titles(blocks));

        for (JsonObject item : concat(policy, priorities, blocks)) {
            for (String language : List.of("nl", "fr", "en")) {
                assertFalse(item.getJsonObject("title").getString(language).isBlank(), item.getString("code") + " " + language);
            }
            assertTrue(item.getBoolean("seeded"));
        }
        for (String code : List.of(RECOMMENDATIONS, PRIORITIES, BUILDING_BLOCKS)) {
            JsonObject name = framework(code).getJsonObject("name");
            assertFalse(name.getString("fr").isBlank() || name.getString("en").isBlank(), code);
        }
        assertEquals(200, as("regio").get(PATH + "/frameworks").statusCode(), "the catalogue is no personal data");
        assertEquals(200, as("partner").get(PATH + "/items/" + id(policy.get(0)) + "/editions").statusCode());
    }

    @SafeVarargs
    private static List<JsonObject> concat(List<JsonObject>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private static List<String> codes(List<JsonObject> items) {
        return items.stream().map(i -> i.getString("code")).toList();
    }

    private static List<String> titles(List<JsonObject> items) {
        return items.stream().map(i -> i.getJsonObject("title").getString("nl")).toList();
    }

    private static String title(List<JsonObject> items, String code, String language) {
        return items.stream().filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonObject("title").getString(language);
    }

    private static Map<String, Long> levels(List<JsonObject> items) {
        return items.stream().collect(Collectors.groupingBy(i -> i.getString("level"), Collectors.counting()));
    }

    @Test
    void anAssessmentWithEvidenceIsChangedFromTheVersionReadAndKeepsItsHistory() {
        long place = id(created(staff(), PATH + "/meeting-places", meetingPlace("Buurthuis Rabot " + UUID.randomUUID(), "44021", true)));
        long elsewhere = id(created(as("admin"), PATH + "/meeting-places", meetingPlace("Buurtpark Kiel", "11002", false)));
        long lok3 = item(RECOMMENDATIONS, "LOK-3");
        JsonObject multiYearPlan = Api.array(staff().get(PATH + "/suggestions?municipality=44021")).getValuesAs(JsonObject.class)
                .stream().filter(suggestion -> suggestion.getString("itemCode").equals("LOK-2")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo plan's action linked to Zorgzaam Rabot suggests local 2"));
        long planItem = multiYearPlan.getJsonArray("evidence").getJsonObject(0).getJsonNumber("targetId").longValue();
        String evidence = "\"owner\":\"Dienst Welzijn\",\"dueOn\":\"" + TODAY.plusMonths(6) + "\",\"nextReviewOn\":\""
                + TODAY.plusMonths(3) + "\",\"evidenceText\":\"Buurthuis met ontmoetingsruimte, keuken en tuin\","
                + "\"evidenceLinks\":[{\"targetType\":\"MEETING_PLACE\",\"targetId\":" + place + "},"
                + "{\"targetType\":\"PLAN_ITEM\",\"targetId\":" + planItem + ",\"note\":\"actie van het meerjarenplan\"}]";

        assertEquals("evidenceLinks", field(staff().post(PATH + "/assessments",
                assessment(lok3, "44021", null, "IN_PROGRESS", evidence.replace("\"targetId\":" + place, "\"targetId\":999999"), null))));
        assertEquals("evidenceLinks", field(staff().post(PATH + "/assessments",
                assessment(lok3, "44021", null, "IN_PROGRESS", evidence.replace("\"targetId\":" + planItem, "\"targetId\":424242"), null))),
                "an unknown plan item is no evidence");
        assertEquals("evidenceLinks", field(staff().post(PATH + "/assessments",
                assessment(lok3, "44021", null, "IN_PROGRESS", evidence.replace("\"targetId\":" + place, "\"targetId\":" + elsewhere), null))),
                "a meeting place of another municipality proves nothing here");
        HttpResponse<String> response = staff().post(PATH + "/assessments", assessment(lok3, "44021", null, "IN_PROGRESS", evidence, null));
        assertEquals(201, response.statusCode(), response.body());
        JsonObject first = Api.object(response);
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/api/checklist/assessments/" + id(first)));
        assertEquals(2, first.getJsonArray("evidenceLinks").size());
        assertEquals("PLAN_ITEM", first.getJsonArray("evidenceLinks").getJsonObject(1).getString("targetType"));
        assertEquals(1, first.getInt("assessedEdition"));
        assertEquals(409, staff().post(PATH + "/assessments", assessment(lok3, "44021", null, "PLANNED", "", null)).statusCode(),
                "one assessment per item and municipality");

        String path = PATH + "/assessments/" + id(first);
        JsonObject realised = ok(staff().put(path, assessment(lok3, "44021", null, "REALISED", evidence, first.getInt("version"))));
        assertEquals("REALISED", realised.getString("status"));
        HttpResponse<String> stale = as("admin").put(path, assessment(lok3, "44021", null, "PLANNED", evidence, first.getInt("version")));
        assertEquals(409, stale.statusCode());
        assertEquals("urn:zorgzame:problem:conflict", Api.object(stale).getString("type"));
        assertEquals("itemId", field(staff().put(path, assessment(item(RECOMMENDATIONS, "LOK-2"), "44021", null, "REALISED", evidence,
                realised.getInt("version")))));

        List<JsonObject> history = Api.array(staff().get(path + "/history")).getValuesAs(JsonObject.class);
        assertEquals(List.of("CREATED", "UPDATED"), history.stream().map(e -> e.getString("action")).toList());
        assertTrue(history.get(1).getString("changes").contains("\"status\":{\"from\":\"IN_PROGRESS\",\"to\":\"REALISED\"}"),
                history.get(1).getString("changes"));
        assertEquals("gemeente", history.get(1).getString("actor"));

        JsonObject line = Api.array(staff().get(PATH + "/municipalities/44021?framework=" + id(framework(RECOMMENDATIONS))))
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("item").getString("code").equals("LOK-3")).findFirst().orElseThrow();
        assertEquals("REALISED", line.getJsonObject("assessment").getString("status"));

        HttpResponse<String> report = staff().get(PATH + "/municipalities/44021/report.csv", "text/csv");
        assertEquals(200, report.statusCode(), report.body());
        assertTrue(report.body().startsWith("\uFEFFframework,level,item,title,"), report.body());
        assertTrue(report.body().lines().anyMatch(l -> l.contains(",LOK-3,") && l.contains(",REALISED,Dienst Welzijn,")), report.body());
        assertEquals(403, as("partner").get(PATH + "/municipalities/44021/report.csv", "text/csv").statusCode());
        List<String> inWorkbook = municipalityRowOfFrenchReportXlsx("LOK-3");
        assertEquals("Recommandations politiques", inWorkbook.get(0), "titles in the language asked for");
        assertEquals(List.of("REALISED", "Dienst Welzijn"), inWorkbook.subList(6, 8));
        assertEquals("MEETING_PLACE " + place + "|PLAN_ITEM " + planItem, inWorkbook.get(12));
        assertEquals(403, as("partner").getBytes(PATH + "/municipalities/44021/report.xlsx", XLSX).statusCode());
        assertEquals(403, as("regio").getBytes(PATH + "/municipalities/44021/report.xlsx", XLSX).statusCode());

        assertEquals(409, staff().delete(PATH + "/meeting-places/" + place).statusCode(), "named as evidence");
        assertEquals(204, as("admin").delete(PATH + "/meeting-places/" + elsewhere).statusCode());
    }

    /** Gent's report downloaded as a workbook in French: the cells of the one row of the item for the municipality itself. */
    private List<String> municipalityRowOfFrenchReportXlsx(String itemCode) {
        HttpResponse<byte[]> xlsx = staff().getBytes(PATH + "/municipalities/44021/report.xlsx?lang=fr", XLSX);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("Beleidschecklist");
            DataFormatter cells = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                rows.add(IntStream.range(0, 14).mapToObj(i -> cells.formatCellValue(row.getCell(i))).toList());
            }
            assertEquals(List.of("framework", "level", "item", "title"), rows.get(0).subList(0, 4));
            List<List<String>> found = rows.stream().filter(r -> r.get(2).equals(itemCode) && r.get(5).isEmpty()).toList();
            assertEquals(1, found.size(), "one row for the municipality's own assessment");
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void notApplicableNeedsAReasonAndTheSubjectMustFitTheFramework() {
        long ggc = item(RECOMMENDATIONS, "AFS-GGC");
        long neighbourhood = neighbourhoodOfGent(staff(), "Toepasbuurt", Map.of());

        assertEquals("notApplicableReason", field(staff().post(PATH + "/assessments", assessment(ggc, "44021", null, "NOT_APPLICABLE", "", null))));
        assertEquals("notApplicableReason", field(staff().post(PATH + "/assessments",
                assessment(ggc, "44021", null, "PLANNED", "\"notApplicableReason\":\"Geen reden\"", null))));
        assertEquals("neighbourhoodId", field(staff().post(PATH + "/assessments", assessment(ggc, "44021", neighbourhood, "PLANNED", "", null))),
                "recommendations are assessed per municipality");
        assertEquals("neighbourhoodId", field(staff().post(PATH + "/assessments",
                assessment(item(PRIORITIES, "DOEL-1"), "44021", null, "PLANNED", "", null))), "priorities per neighbourhood");
        JsonObject notApplicable = created(staff(), PATH + "/assessments", assessment(ggc, "44021", null, "NOT_APPLICABLE",
                "\"notApplicableReason\":\"De GGC is bevoegd in Brussel; Gent ligt in Vlaanderen\"", null));
        assertEquals("NOT_APPLICABLE", notApplicable.getString("status"));
    }

    @Test
    void aReviewRecordsTheStatusSoTheDashboardShowsWhatChangedAndWhichReviewsAreDue() {
        long ldc = ownOrganisation(as("partner"));
        long neighbourhood = neighbourhoodOfGent(staff(), "Reviewbuurt", Map.of(ldc, "REGIE_ACTOR"));
        long quality = item(PRIORITIES, "DOEL-1");
        JsonObject planned = created(staff(), PATH + "/assessments", assessment(quality, null, neighbourhood, "PLANNED",
                "\"nextReviewOn\":\"" + TODAY.plusDays(10) + "\"", null));
        String path = PATH + "/assessments/" + id(planned);

        assertTrue(dueReviews(staff(), 30).contains(id(planned)));
        assertFalse(dueReviews(staff(), 5).contains(id(planned)));
        JsonObject reviewed = ok(staff().post(path + "/review", "{\"version\":" + planned.getInt("version") + ",\"nextReviewOn\":\""
                + TODAY.minusDays(1) + "\"}"));
        assertEquals("PLANNED", reviewed.getString("statusAtReview"));
        assertFalse(reviewed.getBoolean("changedSinceReview"));
        assertTrue(Api.array(staff().get(PATH + "/reviews?within=0")).getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> id(planned) == r.getJsonNumber("assessmentId").longValue() && r.getBoolean("overdue")));
        ok(staff().put(path, assessment(quality, "44021", neighbourhood, "REALISED", "\"nextReviewOn\":\"" + TODAY.minusDays(1) + "\"",
                reviewed.getInt("version"))));

        JsonObject progress = ok(staff().get(PATH + "/progress?neighbourhood=" + neighbourhood));
        JsonObject priorities = progress.getJsonArray("frameworks").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("frameworkCode").equals(PRIORITIES)).findFirst().orElseThrow();
        assertEquals(12, priorities.getInt("total"));
        assertEquals(1, priorities.getJsonObject("counts").getInt("REALISED"));
        assertEquals(11, priorities.getJsonObject("counts").getInt("NOT_STARTED"));
        assertEquals(List.of("GOAL", "PROCESS"), priorities.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("level")).toList());
        JsonObject changed = progress.getJsonArray("changedSinceReview").getJsonObject(0);
        assertEquals("PLANNED", changed.getString("statusAtReview"));
        assertEquals("REALISED", changed.getString("status"));
        assertEquals(1, progress.getJsonArray("changedSinceReview").size());

        assertTrue(dueReviews(as("partner"), 0).contains(id(planned)), "the regie actor follows its neighbourhood's reviews");
        assertFalse(dueReviews(as("comite"), 0).contains(id(planned)));
        assertEquals("within", field(staff().get(PATH + "/reviews?within=abc")));
        assertEquals(200, staff().get(PATH + "/progress?municipality=44021").statusCode());
    }

    private static List<Long> dueReviews(Api api, int within) {
        return Api.array(api.get(PATH + "/reviews?within=" + within)).getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("assessmentId").longValue()).toList();
    }

    @Test
    void anItemIsRewordedAsANewEditionOrRetiredNeverOverwritten() {
        Api admin = as("admin");
        String code = "GENT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> response = admin.post(PATH + "/frameworks", "{\"code\":\"" + code + "\",\"nameNl\":\"Eigen doelen Gent\","
                + "\"nameFr\":\"Objectifs propres de Gand\",\"nameEn\":\"Ghent's own goals\",\"assessedPer\":\"MUNICIPALITY\","
                + "\"municipalityNisCode\":\"44021\"}");
        assertEquals(201, response.statusCode(), response.body());
        long own = id(Api.object(response));
        assertEquals(403, staff().post(PATH + "/frameworks/" + own + "/items", item("G-1")).statusCode(), "administrators keep the catalogue");
        JsonObject item = created(admin, PATH + "/frameworks/" + own + "/items", item("G-1"));
        assertEquals("code", field(admin.post(PATH + "/frameworks/" + own + "/items", item("G-1"))));
        assertEquals("itemId", field(admin.post(PATH + "/assessments", assessment(id(item), "11002", null, "PLANNED", "", null))),
                "Gent's own goals are not Antwerp's");
        JsonObject assessed = created(staff(), PATH + "/assessments", assessment(id(item), "44021", null, "IN_PROGRESS", "", null));

        String itemPath = PATH + "/items/" + id(item);
        String reworded = "{\"titleNl\":\"Elke wijk een ontmoetingsplek tegen 2028\",\"titleFr\":\"Un lieu de rencontre par quartier d'ici 2028\","
                + "\"titleEn\":\"A meeting place in every district by 2028\",\"changeReason\":\"Bijgestuurd door de gemeenteraad\",\"version\":";
        assertEquals(409, admin.put(itemPath, reworded + (item.getInt("version") + 1) + "}").statusCode());
        assertEquals(403, staff().put(itemPath, reworded + item.getInt("version") + "}").statusCode());
        JsonObject second = ok(admin.put(itemPath, reworded + item.getInt("version") + "}"));
        assertEquals(2, second.getInt("edition"));
        List<JsonObject> editions = Api.array(staff().get(itemPath + "/editions")).getValuesAs(JsonObject.class);
        assertEquals(List.of("Elke wijk een ontmoetingsplek", "Elke wijk een ontmoetingsplek tegen 2028"),
                editions.stream().map(e -> e.getJsonObject("title").getString("nl")).toList(), "the first wording is kept");
        assertEquals("Bijgestuurd door de gemeenteraad", editions.get(1).getString("changeReason"));
        JsonObject assessment = ok(staff().get(PATH + "/assessments/" + id(assessed)));
        assertEquals(2, assessment.getInt("itemEdition"));
        assertEquals(1, assessment.getInt("assessedEdition"), "assessed against the first wording");

        JsonObject retired = ok(admin.post(itemPath + "/retire", "{\"version\":" + second.getInt("version") + "}"));
        assertEquals(TODAY.toString(), retired.getString("retiredOn"));
        assertEquals(409, admin.post(itemPath + "/retire", "{\"version\":" + retired.getInt("version") + "}").statusCode());
        assertEquals(200, staff().get(PATH + "/assessments/" + id(assessed)).statusCode(), "its assessment stays");

        long seeded = item(RECOMMENDATIONS, "VL-1");
        JsonObject vl1 = ok(staff().get(PATH + "/items/" + seeded));
        assertEquals("changeReason", field(admin.put(PATH + "/items/" + seeded, reworded.replace("\"changeReason\":\"Bijgestuurd door de gemeenteraad\",", "")
                + vl1.getInt("version") + "}")), "a seeded item changes only as a new edition that says why");
        assertEquals(1, ok(staff().get(PATH + "/items/" + seeded)).getInt("edition"));
    }

    private static String item(String code) {
        return "{\"code\":\"" + code + "\",\"level\":\"OWN\",\"titleNl\":\"Elke wijk een ontmoetingsplek\","
                + "\"titleFr\":\"Un lieu de rencontre par quartier\",\"titleEn\":\"A meeting place in every district\"}";
    }

    @Test
    void eachSuggestionAppearsExactlyWhenItsDataExists() {
        Api admin = as("admin");
        long ldc = ownOrganisation(as("partner"));
        long committee = ownOrganisation(as("comite"));
        long neighbourhood = neighbourhoodIn("41002", admin, "Zorgzaam Aalst", Map.of(ldc, "REGIE_ACTOR", committee, "CORE_PARTNER"));
        long holder = id(created(admin, "api/organisations/" + ldc + "/persons", "{\"name\":\"Jan Spilfiguur\",\"function\":\"buurtwerker\","
                + "\"source\":\"personeelsdienst\",\"legalBasis\":\"CONTRACT\"}"));
        assertEquals(Map.of(), suggested(admin));

        JsonObject coordinator = activated(admin, created(admin, "api/mandates", mandate(holder, ldc, neighbourhood, "COORDINATOR", "[]")));
        Map<String, JsonObject> afterCoordinator = suggested(admin);
        assertEquals(Set.of("LOK-4"), afterCoordinator.keySet(), "a linchpin, but no degrees of freedom yet");
        JsonObject linchpin = afterCoordinator.get("LOK-4");
        assertTrue(linchpin.getString("reason").contains("Zorgzaam Aalst"), linchpin.getString("reason"));
        assertEquals(id(coordinator), linchpin.getJsonArray("evidence").getJsonObject(0).getJsonNumber("targetId").longValue());

        activated(admin, created(admin, "api/mandates", mandate(holder, ldc, neighbourhood, "NEIGHBOURHOOD_WORKER",
                "[{\"area\":\"Activiteiten\",\"level\":\"AUTONOMOUS\"}]")));
        assertEquals(Set.of("LOK-4", "VL-5"), suggested(admin).keySet());

        JsonObject draft = created(admin, "api/agreements", "{\"neighbourhoodId\":" + neighbourhood + ",\"title\":\"Afspraken Aalst\","
                + "\"validFrom\":\"" + TODAY.minusDays(1) + "\",\"decisionAreas\":[\"Budget\"],"
                + "\"parties\":[{\"organisationId\":" + ldc + ",\"roles\":[\"REGIE\"],\"decisionRights\":{\"Budget\":\"DECIDES_ALONE\"}},"
                + "{\"organisationId\":" + committee + ",\"roles\":[\"EXECUTING\"]}]}");
        String versionPath = "api/agreements/" + draft.getJsonNumber("agreementId").longValue() + "/versions/" + draft.getInt("number");
        JsonObject submitted = ok(admin.post(versionPath + "/submit", "{\"version\":" + draft.getInt("version") + "}"));
        assertFalse(suggested(admin).containsKey("VL-2"), "a submitted agreement is not in force");
        ok(as("partner").post(versionPath + "/sign-offs", "{\"decision\":\"ACCEPTED\",\"version\":" + submitted.getInt("version") + "}"));
        JsonObject active = ok(as("comite").post(versionPath + "/sign-offs", "{\"decision\":\"ACCEPTED\",\"version\":"
                + submitted.getInt("version") + "}"));
        assertEquals("ACTIVE", active.getString("status"));
        assertEquals(Set.of("LOK-4", "VL-5", "VL-2"), suggested(admin).keySet());

        created(admin, PATH + "/meeting-places", meetingPlace("Speelplein Aalst", "41002", false));
        assertEquals(Set.of("LOK-4", "VL-5", "VL-2", "VL-6"), suggested(admin).keySet());
        created(admin, PATH + "/meeting-places", meetingPlace("Buurtcentrum Aalst", "41002", true));
        assertEquals(Set.of("LOK-4", "VL-5", "VL-2", "VL-6", "LOK-3"), suggested(admin).keySet());

        ok(admin.post("api/mandates/" + id(coordinator) + "/end", "{\"version\":" + coordinator.getInt("version") + "}"));
        assertEquals(Set.of("VL-5", "VL-2", "VL-6", "LOK-3"), suggested(admin).keySet(), "no linchpin once the mandate ended");

        JsonObject vl5 = Api.array(staff().get(PATH + "/municipalities/41002")).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("item").getString("code").equals("VL-5")).findFirst().orElseThrow();
        assertEquals(1, vl5.getJsonArray("suggestions").size());
        assertFalse(vl5.containsKey("assessment"), "a suggestion never sets a status");
        assertEquals(403, as("partner").get(PATH + "/suggestions?municipality=41002").statusCode());
        assertEquals("municipality", field(staff().get(PATH + "/suggestions")));
    }

    private Map<String, JsonObject> suggested(Api api) {
        return Api.array(api.get(PATH + "/suggestions?municipality=41002")).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("itemCode"), s -> s));
    }

    private static String mandate(long holder, long organisation, long neighbourhood, String function, String freedoms) {
        return "{\"holderId\":" + holder + ",\"employerId\":" + organisation + ",\"function\":\"" + function + "\","
                + "\"neighbourhoodIds\":[" + neighbourhood + "],\"grantingOrganisationId\":" + organisation + ","
                + "\"grantingBody\":\"Raad van bestuur\",\"decisionDate\":\"" + TODAY.minusMonths(1) + "\","
                + "\"decisionReference\":\"RvB " + UUID.randomUUID() + "\",\"degreesOfFreedom\":" + freedoms + ","
                + "\"validFrom\":\"" + TODAY.minusMonths(1) + "\"}";
    }

    private static JsonObject activated(Api api, JsonObject draft) {
        return ok(api.post("api/mandates/" + id(draft) + "/activate", "{\"version\":" + draft.getInt("version") + "}"));
    }

    @Test
    void partnersSeeAndCommentOnTheirNeighbourhoodsAndRegionalSupportReadsOnlyAggregates() {
        long ldc = ownOrganisation(as("partner"));
        long neighbourhood = neighbourhoodOfGent(staff(), "Toegangsbuurt", Map.of(ldc, "PARTNER"));
        long cohesion = item(PRIORITIES, "DOEL-2");
        JsonObject assessed = created(staff(), PATH + "/assessments", assessment(cohesion, null, neighbourhood, "IN_PROGRESS",
                "\"owner\":\"Buurtregisseur\",\"evidenceText\":\"Buurtbabbels elke maand\"", null));
        String path = PATH + "/assessments/" + id(assessed);

        assertEquals(200, as("partner").get(path).statusCode());
        assertEquals(1, Api.array(as("partner").get(PATH + "/neighbourhoods/" + neighbourhood)).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.containsKey("assessment")).count());
        JsonObject comment = created(as("partner"), path + "/comments", "{\"text\":\"Ook het buurtfeest telt mee\"}");
        assertEquals("partner", comment.getString("writtenBy"));
        assertEquals(assessed.getInt("version"), ok(staff().get(path)).getInt("version"), "a comment leaves the assessment as it is");
        assertEquals(List.of("Ook het buurtfeest telt mee"), Api.array(staff().get(path + "/comments")).getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("text")).toList());
        assertEquals(403, as("partner").put(path, assessment(cohesion, null, neighbourhood, "REALISED", "", assessed.getInt("version"))).statusCode());
        assertEquals(403, as("partner").post(PATH + "/assessments", assessment(item(PRIORITIES, "DOEL-3"), null, neighbourhood, "PLANNED", "", null))
                .statusCode(), "partners comment, staff assess");
        assertEquals(403, as("partner").get(PATH + "/municipalities/44021").statusCode());
        assertEquals(403, as("partner").get(PATH + "/progress?municipality=44021").statusCode());
        assertEquals(200, as("partner").get(PATH + "/progress?neighbourhood=" + neighbourhood).statusCode());

        assertEquals(403, as("comite").get(path).statusCode(), "the committee takes no part in this neighbourhood");
        assertEquals(403, as("comite").post(path + "/comments", "{\"text\":\"Mag ik?\"}").statusCode());
        assertEquals(403, as("comite").get(PATH + "/neighbourhoods/" + neighbourhood).statusCode());

        assertEquals(403, staff().post(PATH + "/assessments", assessment(item(RECOMMENDATIONS, "VL-4"), "11002", null, "PLANNED", "", null))
                .statusCode(), "Gent's staff do not assess Antwerp");
        assertEquals(403, staff().post(PATH + "/meeting-places", meetingPlace("Plein Antwerpen", "11002", false)).statusCode());

        for (String regionalRefused : List.of(path, path + "/comments", path + "/history", PATH + "/neighbourhoods/" + neighbourhood,
                PATH + "/municipalities/44021", PATH + "/progress?neighbourhood=" + neighbourhood, PATH + "/reviews",
                PATH + "/meeting-places?municipality=44021", PATH + "/suggestions?municipality=44021")) {
            assertEquals(403, as("regio").get(regionalRefused).statusCode(), regionalRefused);
        }
        HttpResponse<String> regional = as("regio").get(PATH + "/regional?municipality=44021");
        JsonObject gent = Api.array(regional).getJsonObject(0);
        assertEquals(Set.of("municipalityNisCode", "municipalityName", "runningNeighbourhoods", "neighbourhoodsAssessed", "frameworks"),
                gent.keySet());
        assertTrue(gent.getJsonNumber("neighbourhoodsAssessed").longValue() >= 1);
        assertEquals(ok(staff().get(PATH + "/progress?municipality=44021")).getJsonArray("frameworks"), gent.getJsonArray("frameworks"),
                "the regional counts, grouped by the database, equal the municipality's progress counted per subject");
        for (String personal : List.of("Buurtregisseur", "Buurtbabbels", "gemeente", "buurtfeest", "Toegangsbuurt")) {
            assertFalse(regional.body().contains(personal), personal);
        }
        assertEquals(200, as("regio").get(PATH + "/regional").statusCode(), "every municipality with assessments");
    }
}
