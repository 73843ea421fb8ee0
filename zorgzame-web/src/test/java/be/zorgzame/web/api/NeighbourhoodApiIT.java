package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The neighbourhoods API against the shipped WAR on Payara Micro and a real database. */
@ExtendWith(ArquillianExtension.class)
class NeighbourhoodApiIT {

    private static final String PATH = "api/neighbourhoods";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private Api staff() {
        return Api.as(base, "gemeente");
    }

    private static String uniqueName() {
        return "Testbuurt " + UUID.randomUUID();
    }

    private static String body(String name, String nisCode, String status, Integer version) {
        return "{\"name\":\"" + name + "\",\"municipalityNisCode\":\"" + nisCode + "\",\"status\":\"" + status + "\""
                + ",\"startDate\":\"2024-03-01\",\"subsidyFrom\":\"2022-03-01\",\"subsidyTo\":\"2024-02-29\""
                + ",\"subsidyAmountPerYear\":42000.50,\"pillars\":[\"PARTICIPATION\",\"INTERSECTORAL_COLLABORATION\"]"
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private JsonObject create(String name) {
        HttpResponse<String> created = staff().post(PATH, body(name, "44021", "RUNNING", null));
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created);
    }

    @Test
    void createdNeighbourhoodCanBeReadBackAtItsLocation() {
        String name = uniqueName();
        HttpResponse<String> created = staff().post(PATH, body(name, "44021", "RUNNING", null));

        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Api.object(created).getJsonNumber("id").longValue();
        assertTrue(location.endsWith("/api/neighbourhoods/" + id), location);

        JsonObject read = Api.object(staff().get(PATH + "/" + id));
        assertEquals(name, read.getString("name"));
        assertEquals("44021", read.getString("municipalityNisCode"));
        assertEquals("Gent", read.getString("municipalityName"));
        assertEquals("RUNNING", read.getString("status"));
        assertEquals("2024-03-01", read.getString("startDate"));
        assertEquals(42000.50, read.getJsonNumber("subsidyAmountPerYear").doubleValue());
        assertEquals(List.of("PARTICIPATION", "INTERSECTORAL_COLLABORATION"),
                read.getJsonArray("pillars").getValuesAs(JsonValue::toString).stream()
                        .map(s -> s.replace("\"", "")).toList());
    }

    @Test
    void updateChangesTheNeighbourhoodAndBumpsTheVersion() {
        JsonObject created = create(uniqueName());
        long id = created.getJsonNumber("id").longValue();
        String renamed = uniqueName();

        HttpResponse<String> updated = Api.as(base, "admin").put(PATH + "/" + id,
                body(renamed, "11002", "SUSTAINED", created.getInt("version")));

        assertEquals(200, updated.statusCode(), updated.body());
        JsonObject read = Api.object(staff().get(PATH + "/" + id));
        assertEquals(renamed, read.getString("name"));
        assertEquals("Antwerpen", read.getString("municipalityName"));
        assertEquals("SUSTAINED", read.getString("status"));
        assertEquals(created.getInt("version") + 1, read.getInt("version"));
    }

    @Test
    void deleteRemovesTheNeighbourhood() {
        long id = create(uniqueName()).getJsonNumber("id").longValue();

        assertEquals(204, staff().delete(PATH + "/" + id).statusCode());
        assertEquals(404, staff().get(PATH + "/" + id).statusCode());
    }

    @Test
    void concurrentUpdateWithAStaleVersionIsAConflictAndKeepsTheFirstChange() {
        JsonObject created = create(uniqueName());
        long id = created.getJsonNumber("id").longValue();
        int readVersion = created.getInt("version");
        String first = uniqueName();

        assertEquals(200, staff().put(PATH + "/" + id, body(first, "44021", "RUNNING", readVersion)).statusCode());
        HttpResponse<String> second = Api.as(base, "admin").put(PATH + "/" + id,
                body(uniqueName(), "44021", "STOPPED", readVersion));

        assertEquals(409, second.statusCode(), second.body());
        assertEquals("application/problem+json", second.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("urn:zorgzame:problem:conflict", Api.object(second).getString("type"));
        assertEquals(first, Api.object(staff().get(PATH + "/" + id)).getString("name"));
    }

    @Test
    void invalidInputIsAProblemNamingEachFieldAndStoresNothing() {
        long before = Api.object(staff().get(PATH)).getJsonNumber("total").longValue();

        HttpResponse<String> refused = staff().post(PATH,
                "{\"name\":\" \",\"municipalityNisCode\":\"123\",\"subsidyAmountPerYear\":-5}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem = Api.object(refused);
        assertEquals(400, problem.getInt("status"));
        assertEquals(List.of("municipalityNisCode", "name", "status", "subsidyAmountPerYear"), fields(problem));
        assertEquals("is verplicht", message(problem, "name"));
        assertEquals(before, Api.object(staff().get(PATH)).getJsonNumber("total").longValue());
    }

    @Test
    void unknownMunicipalityAndReversedSubsidyPeriodNameTheirField() {
        HttpResponse<String> unknown = staff().post(PATH, body(uniqueName(), "99999", "RUNNING", null));
        assertEquals(400, unknown.statusCode());
        assertEquals(List.of("municipalityNisCode"), fields(Api.object(unknown)));

        HttpResponse<String> reversed = staff().post(PATH, "{\"name\":\"" + uniqueName() + "\",\"municipalityNisCode\":\"44021\","
                + "\"status\":\"RUNNING\",\"subsidyFrom\":\"2024-01-01\",\"subsidyTo\":\"2023-01-01\"}");
        assertEquals(400, reversed.statusCode());
        assertEquals(List.of("subsidyTo"), fields(Api.object(reversed)));
    }

    @Test
    void malformedJsonAndWrongTypesAreBadRequestsNotServerErrors() {
        HttpResponse<String> broken = staff().post(PATH, "{\"name\":");
        assertEquals(400, broken.statusCode(), broken.body());
        assertEquals("urn:zorgzame:problem:malformed-request", Api.object(broken).getString("type"));

        HttpResponse<String> wrongType = staff().post(PATH, "{\"name\":\"x\",\"startDate\":\"gisteren\"}");
        assertEquals(400, wrongType.statusCode(), wrongType.body());
        assertEquals(List.of("startDate"), fields(Api.object(wrongType)));
    }

    @Test
    void updateWithoutVersionIsRefused() {
        long id = create(uniqueName()).getJsonNumber("id").longValue();

        HttpResponse<String> refused = staff().put(PATH + "/" + id, body(uniqueName(), "44021", "RUNNING", null));

        assertEquals(400, refused.statusCode());
        assertEquals(List.of("version"), fields(Api.object(refused)));
    }

    @Test
    void unknownIdIsANotFoundProblem() {
        HttpResponse<String> missing = staff().get(PATH + "/987654321");

        assertEquals(404, missing.statusCode());
        assertEquals("urn:zorgzame:problem:not-found", Api.object(missing).getString("type"));
    }

    @Test
    void listFiltersByMunicipalityStatusAndNameAndPages() {
        String marker = "Filtertest " + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertEquals(201, Api.as(base, "admin").post(PATH, body(marker + " " + i, "24062", "STARTING", null)).statusCode());
        }
        assertEquals(201, staff().post(PATH, body(marker + " other", "44021", "STARTING", null)).statusCode());

        JsonObject page = Api.object(staff().get(PATH + "?municipality=24062&status=starting&q="
                + marker.replace(" ", "%20") + "&first=1&size=1"));

        assertEquals(3, page.getJsonNumber("total").longValue());
        JsonArray items = page.getJsonArray("items");
        assertEquals(1, items.size());
        assertEquals(marker + " 1", items.getJsonObject(0).getString("name"));
    }

    @Test
    void pageSizeAboveTheLimitAndUnknownStatusAreRefused() {
        HttpResponse<String> tooLarge = staff().get(PATH + "?size=1000");
        assertEquals(400, tooLarge.statusCode());
        assertEquals(List.of("size"), fields(Api.object(tooLarge)));

        HttpResponse<String> unknownStatus = staff().get(PATH + "?status=FOO");
        assertEquals(400, unknownStatus.statusCode());
        assertEquals(List.of("status"), fields(Api.object(unknownStatus)));
    }

    @Test
    void anonymousCallerGetsUnauthorized() {
        HttpResponse<String> response = Api.anonymous(base).get(PATH);

        assertEquals(401, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.headers().firstValue("WWW-Authenticate").isPresent());
    }

    @Test
    void wrongPasswordGetsUnauthorized() {
        HttpResponse<String> response = Api.as(base, "gemeente-typo").get(PATH);

        assertEquals(401, response.statusCode());
    }

    @Test
    void regionalSupportReadsButDoesNotChangeNeighbourhoods() {
        long id = create(uniqueName()).getJsonNumber("id").longValue();
        Api regio = Api.as(base, "regio");

        assertEquals(200, regio.get(PATH + "/" + id).statusCode());
        assertEquals(403, regio.post(PATH, body(uniqueName(), "44021", "RUNNING", null)).statusCode());
        assertEquals(403, regio.put(PATH + "/" + id, body(uniqueName(), "44021", "RUNNING", 1)).statusCode());
        assertEquals(403, regio.delete(PATH + "/" + id).statusCode());
        assertEquals(200, staff().get(PATH + "/" + id).statusCode());
    }

    @Test
    void partnerStaffSeeOnlyTheNeighbourhoodsTheirOrganisationTakesPartInAndChangeNone() {
        String name = uniqueName();
        long other = create(name).getJsonNumber("id").longValue();
        Api partner = Api.as(base, "partner");

        JsonObject listed = Api.object(partner.get(PATH + "?size=100"));
        List<String> names = listed.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("name")).toList();
        assertTrue(names.contains("Zorgzaam Rabot"), names.toString());
        assertFalse(names.contains(name), names.toString());
        assertFalse(names.contains("Buurtzorg Kiel"), names.toString());
        assertEquals(names.size(), listed.getJsonNumber("total").intValue());
        assertEquals(403, partner.get(PATH + "/" + other).statusCode());

        long rabot = Api.object(staff().get(PATH + "?q=Zorgzaam%20Rabot")).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject read = Api.object(partner.get(PATH + "/" + rabot));
        assertEquals("Zorgzaam Rabot", read.getString("name"));
        assertEquals(403, partner.put(PATH + "/" + rabot, body(uniqueName(), "44021", "RUNNING", read.getInt("version")))
                .statusCode());
        assertEquals(403, partner.post(PATH, body(uniqueName(), "44021", "RUNNING", null)).statusCode());
        assertEquals(403, partner.delete(PATH + "/" + other).statusCode());
        assertEquals("Zorgzaam Rabot", Api.object(staff().get(PATH + "/" + rabot)).getString("name"));
    }

    @Test
    void municipalStaffChangeOnlyTheNeighbourhoodsOfTheirOwnMunicipality() {
        Api admin = Api.as(base, "admin");
        HttpResponse<String> leuven = admin.post(PATH, body(uniqueName(), "24062", "RUNNING", null));
        assertEquals(201, leuven.statusCode(), leuven.body());
        JsonObject elsewhere = Api.object(leuven);
        long elsewhereId = elsewhere.getJsonNumber("id").longValue();
        JsonObject own = create(uniqueName());
        long ownId = own.getJsonNumber("id").longValue();

        assertEquals(403, staff().post(PATH, body(uniqueName(), "24062", "RUNNING", null)).statusCode());
        assertEquals(200, staff().get(PATH + "/" + elsewhereId).statusCode());
        assertEquals(403, staff().put(PATH + "/" + elsewhereId,
                body(uniqueName(), "24062", "RUNNING", elsewhere.getInt("version"))).statusCode());
        assertEquals(403, staff().delete(PATH + "/" + elsewhereId).statusCode());
        assertEquals(403, staff().put(PATH + "/" + ownId, body(uniqueName(), "24062", "RUNNING", own.getInt("version")))
                .statusCode());

        assertEquals(elsewhere.getString("name"), Api.object(admin.get(PATH + "/" + elsewhereId)).getString("name"));
        assertEquals("44021", Api.object(staff().get(PATH + "/" + ownId)).getString("municipalityNisCode"));
    }

    @Test
    void everyChangeIsInTheAuditTrailWithItsFieldsAndAuthor() {
        JsonObject created = create(uniqueName());
        long id = created.getJsonNumber("id").longValue();
        String renamed = uniqueName();
        assertEquals(200, staff().put(PATH + "/" + id, body(renamed, "44021", "RUNNING", created.getInt("version"))).statusCode());
        assertEquals(204, staff().delete(PATH + "/" + id).statusCode());

        JsonArray trail = Api.array(Api.as(base, "admin").get("api/audit?entityType=Neighbourhood&entityId=" + id));

        assertEquals(List.of("CREATED", "UPDATED", "DELETED"),
                trail.getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList());
        trail.getValuesAs(JsonObject.class).forEach(e -> assertEquals("gemeente", e.getString("actor")));
        String update = trail.getJsonObject(1).getString("changes");
        assertTrue(update.contains("\"name\"") && update.contains(renamed), update);
        assertFalse(update.contains("\"status\""), "unchanged fields are not recorded: " + update);
    }

    @Test
    void onlyAdministratorsReadTheAuditTrail() {
        assertEquals(403, staff().get("api/audit").statusCode());
        assertEquals(200, Api.as(base, "admin").get("api/audit").statusCode());
    }

    @Test
    void municipalitiesListHoldsAllThreeHundredAndFourAfterTheMergers() {
        JsonArray all = Api.array(Api.as(base, "partner").get("api/municipalities"));

        assertEquals(304, all.size());
        JsonObject merged = Api.object(staff().get("api/municipalities/44086"));
        assertEquals("Nazareth-De Pinte", merged.getString("nameNl"));
        JsonObject brussels = Api.object(staff().get("api/municipalities/21004"));
        assertEquals("Bruxelles", brussels.getString("nameFr"));
        assertEquals(404, staff().get("api/municipalities/44048").statusCode());
    }

    @Test
    void mergedAwayMunicipalitiesMapToTheirNewCode() {
        JsonArray mergers = Api.array(staff().get("api/municipalities/mergers"));

        assertEquals(28, mergers.size());
        JsonObject borsbeek = mergers.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("oldNisCode").equals("11007")).findFirst().orElseThrow();
        assertEquals("Borsbeek", borsbeek.getString("oldNameNl"));
        assertEquals("11002", borsbeek.getString("newNisCode"));
        assertEquals("2025-01-01", borsbeek.getString("mergedOn"));
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .toList();
    }

    private static String message(JsonObject problem, String field) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(error -> error.getString("field").equals(field))
                .map(error -> error.getString("message"))
                .findFirst()
                .orElseThrow();
    }
}
