package be.zorgzame.web.api.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import jakarta.json.JsonArray;
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

/** Contact persons and their affiliations; a partner user never reads another organisation's people. */
@ExtendWith(ArquillianExtension.class)
class PersonApiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private Api staff() {
        return Api.as(base, "gemeente");
    }

    private long organisation(String name) {
        HttpResponse<String> created = staff().post("api/organisations", "{\"name\":\"" + name + "\",\"kind\":\"ASSOCIATION\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created).getJsonNumber("id").longValue();
    }

    private long rabotter() {
        return Api.object(Api.as(base, "partner").get("api/organisations")).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String person(String name, String function, Integer version) {
        return "{\"name\":\"" + name + "\",\"function\":\"" + function + "\",\"email\":\"an@example.org\","
                + "\"phone\":\"09 210 10 10\",\"source\":\"visitekaartje op overleg 3/2026\",\"legalBasis\":\"LEGITIMATE_INTEREST\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private JsonObject register(Api api, long organisationId, String name) {
        HttpResponse<String> created = api.post("api/organisations/" + organisationId + "/persons", person(name, "coördinator", null));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().contains("/api/persons/"));
        return Api.object(created);
    }

    @Test
    void aPersonIsRegisteredWithSourceLegalBasisAndFunction() {
        long organisation = organisation("Vzw Personen " + UUID.randomUUID());
        JsonObject person = register(staff(), organisation, "An Peeters");

        JsonObject read = Api.object(staff().get("api/persons/" + person.getJsonNumber("id").longValue()));
        assertEquals("An Peeters", read.getString("name"));
        assertEquals("LEGITIMATE_INTEREST", read.getString("legalBasis"));
        assertEquals("visitekaartje op overleg 3/2026", read.getString("source"));
        JsonObject affiliation = read.getJsonArray("affiliations").getJsonObject(0);
        assertEquals(organisation, affiliation.getJsonNumber("organisationId").longValue());
        assertEquals("coördinator", affiliation.getString("function"));
        assertEquals(1, Api.array(staff().get("api/organisations/" + organisation + "/persons")).size());
    }

    @Test
    void sourceAndLegalBasisAreRequired() {
        long organisation = organisation("Vzw Zonder Bron " + UUID.randomUUID());

        HttpResponse<String> refused = staff().post("api/organisations/" + organisation + "/persons",
                "{\"name\":\"Jan\",\"email\":\"geen-adres\"}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(List.of("email", "legalBasis", "source"), fields(refused));
        assertEquals(0, Api.array(staff().get("api/organisations/" + organisation + "/persons")).size());
    }

    @Test
    void onePersonWorksForSeveralOrganisationsAndPartnersSeeOnlyTheirOwnPart() {
        long other = organisation("Andere vzw " + UUID.randomUUID());
        JsonObject person = register(staff(), other, "Mieke Janssens");
        long id = person.getJsonNumber("id").longValue();
        HttpResponse<String> affiliated = staff().post("api/persons/" + id + "/affiliations",
                "{\"organisationId\":" + rabotter() + ",\"function\":\"vrijwilliger\"}");
        assertEquals(200, affiliated.statusCode(), affiliated.body());
        assertEquals(2, Api.object(affiliated).getJsonArray("affiliations").size());

        JsonArray seenByPartner = Api.object(Api.as(base, "partner").get("api/persons/" + id)).getJsonArray("affiliations");
        assertEquals(1, seenByPartner.size(), "the partner sees only the affiliation with their own organisation");
        assertEquals("vrijwilliger", seenByPartner.getJsonObject(0).getString("function"));
    }

    @Test
    void partnerUserCannotReadOrChangeAnotherOrganisationsContactPersons() {
        long other = organisation("Geheime vzw " + UUID.randomUUID());
        JsonObject stranger = register(staff(), other, "Karel Vreemd");
        long strangerId = stranger.getJsonNumber("id").longValue();
        Api partner = Api.as(base, "partner");

        assertEquals(403, partner.get("api/organisations/" + other + "/persons").statusCode());
        HttpResponse<String> read = partner.get("api/persons/" + strangerId);
        assertEquals(403, read.statusCode());
        assertFalse(read.body().contains("Karel"), "nothing of the person leaks");
        assertEquals(403, partner.put("api/persons/" + strangerId, person("Overgenomen", "x", stranger.getInt("version"))).statusCode());
        assertEquals(403, partner.post("api/organisations/" + other + "/persons", person("Indringer", "x", null)).statusCode());
        assertEquals(403, partner.post("api/persons/" + strangerId + "/affiliations",
                "{\"organisationId\":" + rabotter() + "}").statusCode());
        long affiliation = stranger.getJsonArray("affiliations").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(403, partner.delete("api/persons/" + strangerId + "/affiliations/" + affiliation).statusCode());
        assertEquals("Karel Vreemd", Api.object(staff().get("api/persons/" + strangerId)).getString("name"));
    }

    @Test
    void partnerUserKeepsTheirOwnOrganisationsPeople() {
        Api partner = Api.as(base, "partner");
        JsonObject colleague = register(partner, rabotter(), "Els Collega " + UUID.randomUUID());
        long id = colleague.getJsonNumber("id").longValue();

        HttpResponse<String> changed = partner.put("api/persons/" + id, person("Els Collega", "teamleider", colleague.getInt("version")));
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(Api.array(partner.get("api/organisations/" + rabotter() + "/persons")).getValuesAs(JsonObject.class)
                .stream().anyMatch(p -> p.getString("name").equals("Els Collega")));
    }

    @Test
    void removingTheLastAffiliationRemovesThePersonAndEverythingIsAudited() {
        long organisation = organisation("Tijdelijke vzw " + UUID.randomUUID());
        JsonObject person = register(staff(), organisation, "Tijdelijk Persoon");
        long id = person.getJsonNumber("id").longValue();
        long affiliation = person.getJsonArray("affiliations").getJsonObject(0).getJsonNumber("id").longValue();

        assertEquals(409, staff().delete("api/organisations/" + organisation).statusCode(), "organisation still has people");
        assertEquals(204, staff().delete("api/persons/" + id + "/affiliations/" + affiliation).statusCode());
        assertEquals(404, staff().get("api/persons/" + id).statusCode());
        assertEquals(204, staff().delete("api/organisations/" + organisation).statusCode());

        List<String> actions = Api.array(Api.as(base, "admin").get("api/audit?entityType=Person&entityId=" + id))
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("CREATED", "DELETED"), actions);
    }

    @Test
    void staleVersionIsAConflict() {
        JsonObject person = register(staff(), organisation("Versievzw " + UUID.randomUUID()), "Vera Versie");
        long id = person.getJsonNumber("id").longValue();
        int version = person.getInt("version");

        assertEquals(200, staff().put("api/persons/" + id, person("Vera Versie-Nieuw", "x", version)).statusCode());
        assertEquals(409, staff().put("api/persons/" + id, person("Vera Botsing", "x", version)).statusCode());
    }

    private static List<String> fields(HttpResponse<String> problem) {
        return Api.object(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).sorted().toList();
    }
}
