package be.zorgzame.web.api.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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

/** Organisations' involvement in neighbourhoods: roles, one regie actor at a time, as-of dates, access. */
@ExtendWith(ArquillianExtension.class)
class InvolvementApiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private Api staff() {
        return Api.as(base, "gemeente");
    }

    private long neighbourhood() {
        HttpResponse<String> created = staff().post("api/neighbourhoods", "{\"name\":\"Betrokkenheid " + UUID.randomUUID()
                + "\",\"municipalityNisCode\":\"44021\",\"status\":\"RUNNING\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created).getJsonNumber("id").longValue();
    }

    private long organisation(String kind) {
        HttpResponse<String> created = staff().post("api/organisations", "{\"name\":\"Betrokken " + UUID.randomUUID()
                + "\",\"kind\":\"" + kind + "\",\"sectors\":[\"HOUSING\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created).getJsonNumber("id").longValue();
    }

    private static String involvement(long organisation, String role, String from, String to, Integer version) {
        return "{\"organisationId\":" + organisation + ",\"role\":\"" + role + "\",\"collaborationLevel\":\"ORGANISING_TOGETHER\","
                + "\"contribution\":\"4 uur per week\",\"validFrom\":\"" + from + "\""
                + (to == null ? "" : ",\"validTo\":\"" + to + "\"")
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private HttpResponse<String> involve(long neighbourhood, long organisation, String role, String from, String to) {
        return staff().post("api/neighbourhoods/" + neighbourhood + "/involvements", involvement(organisation, role, from, to, null));
    }

    private JsonObject overview(Api api, long neighbourhood, String on) {
        HttpResponse<String> response = api.get("api/neighbourhoods/" + neighbourhood + "/involvements" + (on == null ? "" : "?on=" + on));
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }

    private static List<String> roles(JsonObject overview) {
        return overview.getJsonArray("involvements").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("role")).toList();
    }

    @Test
    void involvementsAreListedWithTheRegieActorFlag() {
        long neighbourhood = neighbourhood();
        assertTrue(overview(staff(), neighbourhood, null).getBoolean("regieActorMissing"), "no regie actor yet");

        HttpResponse<String> created = involve(neighbourhood, organisation("CARE_WELFARE_PROVIDER"), "REGIE_ACTOR", "2022-03-01", null);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().contains("/involvements/"));
        assertEquals(201, involve(neighbourhood, organisation("CITIZEN_INITIATIVE"), "PARTNER", "2022-03-01", null).statusCode());

        JsonObject overview = overview(staff(), neighbourhood, null);
        assertFalse(overview.getBoolean("regieActorMissing"));
        assertEquals(List.of("PARTNER", "REGIE_ACTOR"), roles(overview).stream().sorted().toList());
        assertEquals("INFORMAL", overview.getJsonArray("involvements").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("role").equals("PARTNER")).findFirst().orElseThrow().getString("organisationCategory"));
    }

    @Test
    void thereIsAtMostOneRegieActorAtATime() {
        long neighbourhood = neighbourhood();
        assertEquals(201, involve(neighbourhood, organisation("CARE_WELFARE_PROVIDER"), "REGIE_ACTOR", "2022-03-01", "2023-12-31").statusCode());

        HttpResponse<String> overlapping = involve(neighbourhood, organisation("LOCAL_GOVERNMENT_SERVICE"), "REGIE_ACTOR", "2023-06-01", null);
        assertEquals(400, overlapping.statusCode(), overlapping.body());
        assertEquals(List.of("role"), fields(overlapping));

        assertEquals(201, involve(neighbourhood, organisation("LOCAL_GOVERNMENT_SERVICE"), "REGIE_ACTOR", "2024-01-01", null).statusCode(),
                "a successor after the first one ended");
    }

    @Test
    void asOfADateShowsWhoWasInvolvedThen() {
        long neighbourhood = neighbourhood();
        involve(neighbourhood, organisation("CARE_WELFARE_PROVIDER"), "REGIE_ACTOR", "2022-03-01", "2023-12-31");
        involve(neighbourhood, organisation("ASSOCIATION"), "CORE_PARTNER", "2024-01-01", null);

        assertEquals(List.of("REGIE_ACTOR"), roles(overview(staff(), neighbourhood, "2023-06-01")));
        JsonObject later = overview(staff(), neighbourhood, "2024-06-01");
        assertEquals(List.of("CORE_PARTNER"), roles(later));
        assertTrue(later.getBoolean("regieActorMissing"));
        assertEquals(List.of(), roles(overview(staff(), neighbourhood, "2021-01-01")));
    }

    @Test
    void theNetworkOverviewCountsPartnersAndNamesTheGaps() {
        long neighbourhood = neighbourhood();
        JsonObject empty = network(neighbourhood, null);
        assertEquals(0, empty.getInt("organisations"));
        assertEquals(4, empty.getJsonArray("gaps").size());

        involve(neighbourhood, organisation("CARE_WELFARE_PROVIDER"), "REGIE_ACTOR", "2022-03-01", null);
        involve(neighbourhood, organisation("CITIZEN_INITIATIVE"), "CORE_PARTNER", "2022-03-01", "2023-12-31");
        JsonObject network = network(neighbourhood, "2023-06-01");

        assertEquals(2, network.getInt("organisations"));
        assertEquals(1, network.getJsonObject("byCategory").getInt("FORMAL"));
        assertEquals(1, network.getJsonObject("byCategory").getInt("INFORMAL"));
        assertEquals(2, network.getJsonObject("bySector").getInt("HOUSING"));
        assertEquals(2, network.getJsonObject("byCollaborationLevel").getInt("ORGANISING_TOGETHER"));
        assertEquals(List.of(), network.getJsonArray("gaps").getValuesAs(JsonString.class));
        assertEquals(List.of("NO_INFORMAL_PARTNERS", "HANGS_ON_ONE_ORGANISATION"),
                network(neighbourhood, "2024-06-01").getJsonArray("gaps").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList());
    }

    private JsonObject network(long neighbourhood, String on) {
        HttpResponse<String> response = staff().get("api/neighbourhoods/" + neighbourhood + "/network" + (on == null ? "" : "?on=" + on));
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }

    @Test
    void invalidInputNamesTheFields() {
        long neighbourhood = neighbourhood();
        String path = "api/neighbourhoods/" + neighbourhood + "/involvements";

        HttpResponse<String> empty = staff().post(path, "{}");
        assertEquals(List.of("collaborationLevel", "organisationId", "role", "validFrom"), fields(empty));
        assertEquals(List.of("validTo"), fields(involve(neighbourhood, organisation("ASSOCIATION"), "PARTNER", "2024-01-01", "2023-01-01")));
        assertEquals(List.of("organisationId"), fields(involve(neighbourhood, 987654321L, "PARTNER", "2024-01-01", null)));
        assertEquals(List.of("on"), fields(staff().get(path + "?on=gisteren")));
        assertEquals(0, overview(staff(), neighbourhood, null).getJsonArray("involvements").size());
    }

    @Test
    void partnerStaffReadOnlyNeighbourhoodsTheirOrganisationTakesPartIn() {
        long involved = neighbourhood();
        long other = neighbourhood();
        long rabotter = Api.object(Api.as(base, "partner").get("api/organisations")).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(201, involve(involved, rabotter, "PARTNER", "2024-01-01", null).statusCode());
        Api partner = Api.as(base, "partner");

        assertEquals(200, partner.get("api/neighbourhoods/" + involved + "/involvements").statusCode());
        assertEquals(403, partner.get("api/neighbourhoods/" + other + "/involvements").statusCode());
        assertEquals(403, partner.post("api/neighbourhoods/" + involved + "/involvements",
                involvement(rabotter, "REGIE_ACTOR", "2024-01-01", null, null)).statusCode());
        assertEquals(200, Api.as(base, "regio").get("api/neighbourhoods/" + other + "/involvements").statusCode());
    }

    @Test
    void municipalStaffChangeInvolvementsOnlyInTheirOwnMunicipality() {
        Api admin = Api.as(base, "admin");
        HttpResponse<String> created = admin.post("api/neighbourhoods", "{\"name\":\"Elders " + UUID.randomUUID()
                + "\",\"municipalityNisCode\":\"24062\",\"status\":\"RUNNING\"}");
        long leuven = Api.object(created).getJsonNumber("id").longValue();
        long organisation = organisation("ASSOCIATION");
        String path = "api/neighbourhoods/" + leuven + "/involvements";

        assertEquals(403, staff().post(path, involvement(organisation, "PARTNER", "2024-01-01", null, null)).statusCode());
        HttpResponse<String> byAdmin = admin.post(path, involvement(organisation, "PARTNER", "2024-01-01", null, null));
        assertEquals(201, byAdmin.statusCode(), byAdmin.body());
        long id = Api.object(byAdmin).getJsonNumber("id").longValue();
        assertEquals(403, staff().put(path + "/" + id, involvement(organisation, "CORE_PARTNER", "2024-01-01", null, 0))
                .statusCode());
        assertEquals(403, staff().delete(path + "/" + id).statusCode());

        assertEquals(List.of("PARTNER"), roles(overview(staff(), leuven, null)));
    }

    @Test
    void changesAreVersionedAuditedAndKeepReferencesIntact() {
        long neighbourhood = neighbourhood();
        long organisation = organisation("ASSOCIATION");
        JsonObject created = Api.object(involve(neighbourhood, organisation, "PARTNER", "2024-01-01", null));
        long id = created.getJsonNumber("id").longValue();
        String path = "api/neighbourhoods/" + neighbourhood + "/involvements/" + id;

        assertEquals(200, staff().put(path, involvement(organisation, "CORE_PARTNER", "2024-01-01", null, created.getInt("version"))).statusCode());
        assertEquals(409, staff().put(path, involvement(organisation, "EXTERNAL_PARTNER", "2024-01-01", null, created.getInt("version"))).statusCode());
        assertEquals(409, staff().delete("api/organisations/" + organisation).statusCode(), "an involved organisation stays");
        assertEquals(409, staff().delete("api/neighbourhoods/" + neighbourhood).statusCode(), "a neighbourhood with partners stays");
        assertEquals(204, staff().delete(path).statusCode());

        List<String> actions = Api.array(Api.as(base, "admin").get("api/audit?entityType=Involvement&entityId=" + id))
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("CREATED", "UPDATED", "DELETED"), actions);
        assertEquals(204, staff().delete("api/neighbourhoods/" + neighbourhood).statusCode());
    }

    private static List<String> fields(HttpResponse<String> problem) {
        assertEquals(400, problem.statusCode(), problem.body());
        return Api.object(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).sorted().toList();
    }
}
