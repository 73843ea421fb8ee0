package be.zorgzame.web.api.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import jakarta.json.JsonObject;
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

/** Merging two registry entries that are the same organisation. */
@ExtendWith(ArquillianExtension.class)
class OrganisationMergeApiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private Api staff() {
        return Api.as(base, "gemeente");
    }

    private JsonObject organisation(String json) {
        HttpResponse<String> created = staff().post("api/organisations", json);
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created);
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private long person(long organisation, String name) {
        HttpResponse<String> created = staff().post("api/organisations/" + organisation + "/persons",
                "{\"name\":\"" + name + "\",\"function\":\"buurtwerker\",\"source\":\"overleg\",\"legalBasis\":\"LEGITIMATE_INTEREST\"}");
        assertEquals(201, created.statusCode(), created.body());
        return id(Api.object(created));
    }

    private static String merge(long duplicate, int version, int duplicateVersion) {
        return "{\"duplicateId\":" + duplicate + ",\"version\":" + version + ",\"duplicateVersion\":" + duplicateVersion + "}";
    }

    @Test
    void theDuplicatesInvolvementsPeopleAndDetailsPassToTheSurvivor() {
        String name = "Wijkgezondheidscentrum " + UUID.randomUUID();
        JsonObject survivor = organisation("{\"name\":\"" + name + "\",\"kind\":\"CARE_WELFARE_PROVIDER\",\"sectors\":[\"HEALTH\"]}");
        JsonObject duplicate = organisation("{\"name\":\"WGC " + UUID.randomUUID() + "\",\"kind\":\"CARE_WELFARE_PROVIDER\","
                + "\"sectors\":[\"CARE\"],\"email\":\"info@wgc.example\",\"postcode\":\"9000\",\"municipalityNisCode\":\"44021\"}");
        HttpResponse<String> neighbourhood = staff().post("api/neighbourhoods", "{\"name\":\"Samenvoegbuurt " + UUID.randomUUID()
                + "\",\"municipalityNisCode\":\"44021\",\"status\":\"RUNNING\"}");
        long neighbourhoodId = id(Api.object(neighbourhood));
        HttpResponse<String> involved = staff().post("api/neighbourhoods/" + neighbourhoodId + "/involvements",
                "{\"organisationId\":" + id(duplicate) + ",\"role\":\"CORE_PARTNER\",\"collaborationLevel\":\"ORGANISING_TOGETHER\","
                        + "\"validFrom\":\"2024-01-01\"}");
        assertEquals(201, involved.statusCode(), involved.body());
        long onlyAtDuplicate = person(id(duplicate), "Lies Peeters");
        long atBoth = person(id(survivor), "Jan Claes");
        assertEquals(200, staff().post("api/persons/" + atBoth + "/affiliations",
                "{\"organisationId\":" + id(duplicate) + ",\"function\":\"arts\"}").statusCode());

        HttpResponse<String> merged = staff().post("api/organisations/" + id(survivor) + "/merge",
                merge(id(duplicate), survivor.getInt("version"), duplicate.getInt("version")));

        assertEquals(200, merged.statusCode(), merged.body());
        JsonObject result = Api.object(merged);
        assertEquals(name, result.getString("name"));
        assertEquals("info@wgc.example", result.getString("email"));
        assertEquals("44021", result.getString("municipalityNisCode"));
        assertEquals(List.of("\"CARE\"", "\"HEALTH\""), result.getJsonArray("sectors").stream().map(Object::toString).toList());
        assertEquals(404, staff().get("api/organisations/" + id(duplicate)).statusCode());
        JsonObject involvement = Api.object(staff().get("api/neighbourhoods/" + neighbourhoodId + "/involvements"))
                .getJsonArray("involvements").getJsonObject(0);
        assertEquals(id(survivor), involvement.getJsonNumber("organisationId").longValue());
        List<Long> people = Api.array(staff().get("api/organisations/" + id(survivor) + "/persons")).getValuesAs(JsonObject.class)
                .stream().map(OrganisationMergeApiIT::id).sorted().toList();
        assertEquals(List.of(onlyAtDuplicate, atBoth).stream().sorted().toList(), people);
        assertEquals(1, Api.object(staff().get("api/persons/" + atBoth)).getJsonArray("affiliations").size());
    }

    @Test
    void theSurvivorsHistoryIncludesTheMergedEntry() {
        JsonObject survivor = organisation("{\"name\":\"Buurthuis " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}");
        JsonObject duplicate = organisation("{\"name\":\"Buurthuis dubbel " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\","
                + "\"phone\":\"09 123 45 67\"}");
        assertEquals(200, staff().post("api/organisations/" + id(survivor) + "/merge",
                merge(id(duplicate), survivor.getInt("version"), duplicate.getInt("version"))).statusCode());

        List<JsonObject> history = Api.array(staff().get("api/organisations/" + id(survivor) + "/history"))
                .getValuesAs(JsonObject.class);

        List<String> events = history.stream().map(e -> event(e, survivor)).toList();
        assertEquals(List.of("survivor CREATED", "duplicate CREATED"), events.subList(0, 2), "creations first, in order");
        assertEquals(List.of("duplicate DELETED", "survivor UPDATED", "survivor UPDATED"),
                events.subList(2, events.size()).stream().sorted().toList(), "the merge, in one transaction");
        assertEquals("duplicate DELETED", event(containing(history, "mergedInto"), survivor));
        assertEquals("survivor UPDATED", event(containing(history, "mergedFrom"), survivor));
        assertTrue(history.stream().anyMatch(e -> event(e, survivor).equals("survivor UPDATED")
                && e.getString("changes").contains("09 123 45 67")), "the survivor took the duplicate's phone");
        assertEquals(403, Api.as(base, "partner").get("api/organisations/" + id(survivor) + "/history").statusCode());
    }

    private static String event(JsonObject entry, JsonObject survivor) {
        return (entry.getString("entityId").equals(String.valueOf(id(survivor))) ? "survivor " : "duplicate ")
                + entry.getString("action");
    }

    private static JsonObject containing(List<JsonObject> history, String text) {
        return history.stream().skip(2).filter(e -> e.getString("changes").contains(text)).findFirst().orElseThrow();
    }

    @Test
    void aMergeWithItselfAnUnknownOrAStaleEntryIsRefusedAndChangesNothing() {
        JsonObject survivor = organisation("{\"name\":\"Vzw Eén " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}");
        JsonObject duplicate = organisation("{\"name\":\"Vzw Twee " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}");
        String path = "api/organisations/" + id(survivor) + "/merge";

        HttpResponse<String> itself = staff().post(path, merge(id(survivor), survivor.getInt("version"), survivor.getInt("version")));
        assertEquals(400, itself.statusCode());
        assertEquals("duplicateId", Api.object(itself).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> unknown = staff().post(path, merge(Long.MAX_VALUE, survivor.getInt("version"), 0));
        assertEquals(400, unknown.statusCode());
        assertEquals("duplicateId", Api.object(unknown).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> missing = staff().post(path, "{\"duplicateId\":" + id(duplicate) + "}");
        assertEquals(400, missing.statusCode());
        assertEquals(409, staff().post(path, merge(id(duplicate), survivor.getInt("version"), duplicate.getInt("version") + 1))
                .statusCode());
        assertEquals(403, Api.as(base, "partner").post(path,
                merge(id(duplicate), survivor.getInt("version"), duplicate.getInt("version"))).statusCode());
        assertEquals(403, Api.as(base, "regio").post(path,
                merge(id(duplicate), survivor.getInt("version"), duplicate.getInt("version"))).statusCode());

        assertEquals(200, staff().get("api/organisations/" + id(duplicate)).statusCode());
        assertEquals(survivor.getInt("version"), Api.object(staff().get("api/organisations/" + id(survivor))).getInt("version"));
    }
}
