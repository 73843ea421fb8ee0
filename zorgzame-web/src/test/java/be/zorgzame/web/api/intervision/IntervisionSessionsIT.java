package be.zorgzame.web.api.intervision;

import static be.zorgzame.web.api.Fixtures.id;
import static be.zorgzame.web.api.Fixtures.neighbourhoodIn;
import static be.zorgzame.web.api.intervision.IntervisionAccounts.ADMIN_ONLY;
import static be.zorgzame.web.api.intervision.IntervisionAccounts.NEWCOMER;
import static be.zorgzame.web.api.intervision.IntervisionAccounts.OUTSIDER;
import static be.zorgzame.web.api.intervision.IntervisionAccounts.OUTSIDER_NAME;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.PATH;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.confidant;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.conflict;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.created;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.field;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.group;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.member;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.now;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.ok;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.okBody;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.plan;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Groups and sessions over HTTP: capacity and registration, validation naming the field, the case
 * bringer's rotation, edit conflicts, attendance and evaluation, and what the counts-only overview and
 * the policy checklist learn from sessions held. Each test makes its own group; the overview and the
 * checklist are read for Brugge (31005) and Kortrijk (34022), where no other data is kept.
 */
@ExtendWith(ArquillianExtension.class)
class IntervisionSessionsIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return IntervisionFixtures.deployment();
    }

    private Api as(String user) {
        return Api.as(base, user);
    }

    private Api regio() {
        return as("regio");
    }

    /** A group facilitated by regio with partner, comite and the outsider account as members who accepted. */
    private long groupOfThree(Long neighbourhood) {
        long group = group(regio(), 5);
        confidant(regio(), group, as("partner"), "partner", neighbourhood);
        confidant(regio(), group, as("comite"), "comite", neighbourhood);
        confidant(regio(), group, as(OUTSIDER), OUTSIDER, neighbourhood);
        return group;
    }

    @Test
    void aFacilitatorFindsActiveAccountsThatCanTakePartByName() {
        String found = okBody(regio().get(PATH + "/groups/candidates?q=comit"));
        assertTrue(found.contains("\"username\":\"comite\""), found);
        assertFalse(found.contains("\"username\":\"partner\""), found);
        assertFalse(okBody(regio().get(PATH + "/groups/candidates?q=beheer")).contains("\"username\":\"" + ADMIN_ONLY + "\""),
                "an administrator-only account cannot take part");
        assertEquals(403, as("partner").get(PATH + "/groups/candidates?q=comit").statusCode());
    }

    @Test
    void theLastSeatGoesOnceAndACancellationFreesIt() {
        long group = groupOfThree(null);
        String registration = PATH + "/sessions/" + id(plan(regio(), group, now().plusDays(14), 2)) + "/registration";

        ok(as("partner").post(registration, ""));
        JsonObject full = ok(as("comite").post(registration, ""));
        assertEquals(2, full.getInt("activeRegistrations"));
        conflict(as(OUTSIDER).post(registration, ""));
        conflict(as("partner").post(registration, ""));

        assertEquals(1, ok(as("comite").delete(registration)).getInt("activeRegistrations"));
        ok(as(OUTSIDER).post(registration, ""));
        conflict(as("comite").post(registration, ""));
        ok(as("partner").delete(registration));
        JsonObject again = ok(as("comite").post(registration, ""));
        assertEquals(2, again.getInt("activeRegistrations"), "registering again after cancelling reuses the registration");
        assertFalse(again.getJsonObject("myRegistration").containsKey("cancelledAt")
                && !again.getJsonObject("myRegistration").isNull("cancelledAt"));
        assertEquals(404, as("partner").delete(registration).statusCode(), "no registration left to cancel");
    }

    @Test
    void noRegistrationForACancelledOrStartedSession() {
        long group = groupOfThree(null);
        JsonObject cancelled = plan(regio(), group, now().plusDays(3), 5);
        JsonObject cancel = ok(regio().post(PATH + "/sessions/" + id(cancelled) + "/cancel",
                "{\"version\":" + cancelled.getInt("version") + "}"));
        assertEquals("CANCELLED", cancel.getString("status"));
        conflict(as("partner").post(PATH + "/sessions/" + id(cancelled) + "/registration", ""));
        conflict(regio().post(PATH + "/sessions/" + id(cancelled) + "/cancel", "{\"version\":" + cancel.getInt("version") + "}"));

        long started = id(plan(regio(), group, now().minusMinutes(30), 5));
        conflict(as("partner").post(PATH + "/sessions/" + started + "/registration", ""));
        assertEquals(403, as("gemeente").post(PATH + "/sessions/" + started + "/registration", "").statusCode());
    }

    @Test
    void capacityCannotGoBelowTheRegistrations() {
        long group = groupOfThree(null);
        JsonObject planned = plan(regio(), group, now().plusDays(10), 3);
        String path = PATH + "/sessions/" + id(planned);
        ok(as("partner").post(path + "/registration", ""));
        JsonObject current = ok(as("comite").post(path + "/registration", ""));

        assertEquals("capacity", field(regio().put(path, session(now().plusDays(10), 1, null, current.getInt("version")))));
        assertEquals(2, ok(regio().put(path, session(now().plusDays(10), 2, null, current.getInt("version")))).getInt("capacity"));
        conflict(as(OUTSIDER).post(path + "/registration", ""));
    }

    @Test
    void aGroupTakesNoMoreMembersThanItsMaximum() {
        long group = group(regio(), 3);
        member(regio(), group, "partner", null);
        member(regio(), group, "comite", null);
        assertEquals("username", field(regio().post(PATH + "/groups/" + group + "/members", "{\"username\":\"comite\"}")));
        member(regio(), group, OUTSIDER, null);

        assertEquals("username", field(regio().post(PATH + "/groups/" + group + "/members", "{\"username\":\"" + NEWCOMER + "\"}")));
        assertEquals(403, as("partner").post(PATH + "/groups/" + group + "/members", "{\"username\":\"" + NEWCOMER + "\"}").statusCode());
        JsonObject read = ok(regio().get(PATH + "/groups/" + group));
        assertEquals("maxMembers", field(regio().put(PATH + "/groups/" + group, "{\"name\":\"" + read.getString("name")
                + "\",\"maxMembers\":2,\"confidentialityText\":\"Wat hier gedeeld wordt, blijft hier.\",\"version\":"
                + read.getInt("version") + "}")));
        assertEquals(403, as("partner").post(PATH + "/groups", "{\"name\":\"Eigen groep\",\"maxMembers\":5,"
                + "\"confidentialityText\":\"Vertrouwelijk\"}").statusCode(), "only regional support creates groups");
    }

    @Test
    void invalidSessionsAreRefusedNamingTheField() {
        long group = group(regio(), 5);
        String sessions = PATH + "/groups/" + group + "/sessions";
        LocalDateTime start = now().plusDays(5);

        assertEquals("endsAt", field(regio().post(sessions, session(start, start.minusHours(1), "Buurthuis", null, 5, null, null))));
        assertEquals("place", field(regio().post(sessions, session(start, start.plusHours(1), null, null, 5, null, null))));
        assertEquals("place", field(regio().post(sessions, session(start, start.plusHours(1), " ", null, 5, null, null))), "blank");
        assertEquals("onlineLink", field(regio().post(sessions, session(start, start.plusHours(1), null, "meet.example.org/x", 5, null, null))));
        assertEquals("capacity", field(regio().post(sessions, session(start, start.plusHours(1), "Buurthuis", null, 0, null, null))));
        JsonObject online = created(regio().post(sessions, session(start, start.plusHours(1), null, "https://meet.example.org/x", 5, null, null)));
        assertEquals("https://meet.example.org/x", online.getString("onlineLink"));
        assertEquals("Incidentmethode", online.getJsonObject("method").getString("name"));
    }

    @Test
    void theSuggestedCaseBringerFollowsTheRotation() {
        long group = group(regio(), 5);
        long pieter = confidant(regio(), group, as("partner"), "partner", null);
        long chris = confidant(regio(), group, as("comite"), "comite", null);
        long bart = confidant(regio(), group, as(OUTSIDER), OUTSIDER, null);
        String suggestion = PATH + "/groups/" + group + "/case-bringer";

        assertEquals(OUTSIDER_NAME, ok(regio().get(suggestion)).getString("displayName"), "equals in time: by name");
        created(regio().post(PATH + "/groups/" + group + "/sessions", session(now().plusDays(7), 5, bart, null)));
        assertEquals("comite", ok(regio().get(suggestion)).getString("username"));
        created(regio().post(PATH + "/groups/" + group + "/sessions", session(now().plusDays(14), 5, chris, null)));
        assertEquals("partner", ok(regio().get(suggestion)).getString("username"));
        created(regio().post(PATH + "/groups/" + group + "/sessions", session(now().plusDays(21), 5, pieter, null)));
        assertEquals(OUTSIDER, ok(regio().get(suggestion)).getString("username"), "whose case is longest ago");
        assertEquals(403, as("partner").get(suggestion).statusCode());
        assertEquals(204, regio().get(PATH + "/groups/" + group(regio(), 5) + "/case-bringer").statusCode(), "nobody to suggest");
    }

    @Test
    void aSessionChangedMeanwhileIsAConflict() {
        long group = group(regio(), 5);
        JsonObject read = plan(regio(), group, now().plusDays(8), 5);
        String path = PATH + "/sessions/" + id(read);

        JsonObject changed = ok(regio().put(path, session(now().plusDays(9), 6, null, read.getInt("version"))));
        assertEquals(6, changed.getInt("capacity"));
        assertTrue(changed.getInt("sequence") > read.getInt("sequence"), "calendars learn of the change");
        conflict(regio().put(path, session(now().plusDays(9), 7, null, read.getInt("version"))));
        assertEquals("version", field(regio().put(path, session(now().plusDays(9), 7, null, null))));
    }

    @Test
    void theMethodCatalogueSpeaksTheCallersLanguageToEveryoneLoggedIn() {
        assertTrue(okBody(as("gemeente").get(PATH + "/methods")).contains("Incidentmethode"), "Dutch by default");
        JsonObject incident = Api.array(as(ADMIN_ONLY).speaking("en").get(PATH + "/methods")).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("code").equals("INCIDENT")).findFirst().orElseThrow();
        assertEquals("Incident method", incident.getString("name"));
        assertFalse(incident.getJsonArray("steps").isEmpty());
        assertTrue(okBody(as("partner").speaking("fr").get(PATH + "/methods")).contains("Méthode de l'incident"));
        assertEquals(401, Api.anonymous(base).get(PATH + "/methods").statusCode());
    }

    @Test
    void attendanceOfASessionHeldFeedsTheOverviewAndTheChecklistWithCountsOnly() {
        Api admin = as("admin");
        long brugge = neighbourhoodIn("31005", admin, "Zorgzaam Brugge", Map.of());
        assertFalse(suggestions(admin).containsKey("BOV-1"));
        Map<String, Integer> quartersBefore = quarters(ok(regio().get(PATH + "/overview")));
        long group = group(regio(), 5);
        long pieter = confidant(regio(), group, as("partner"), "partner", brugge);
        long chris = confidant(regio(), group, as("comite"), "comite", brugge);

        long longAgo = id(plan(regio(), group, now().minusMonths(13), 5));
        ok(regio().put(PATH + "/sessions/" + longAgo + "/attendance", "[{\"memberId\":" + pieter + ",\"attended\":true}]"));
        assertFalse(suggestions(admin).containsKey("BOV-1"), "older than twelve months");

        JsonObject held = plan(regio(), group, now().minusMonths(1), 5);
        String path = PATH + "/sessions/" + id(held);
        conflict(regio().put(PATH + "/sessions/" + id(plan(regio(), group, now().plusDays(2), 5)) + "/attendance",
                "[{\"memberId\":" + pieter + ",\"attended\":true}]"));
        assertEquals(403, as("partner").put(path + "/attendance", "[{\"memberId\":" + pieter + ",\"attended\":true}]").statusCode());
        assertEquals("attendance[0].memberId", field(regio().put(path + "/attendance", "[{\"memberId\":987654,\"attended\":true}]")));
        JsonObject recorded = ok(regio().put(path + "/attendance", "[{\"memberId\":" + pieter + ",\"attended\":true},"
                + "{\"memberId\":" + chris + ",\"attended\":false}]"));
        assertEquals(2, recorded.getJsonArray("registrations").size());
        assertEquals(4, ok(as("partner").put(path + "/evaluation", "{\"score\":4,\"comment\":\"Leerrijk\"}"))
                .getJsonObject("myRegistration").getInt("evaluationScore"));
        assertEquals("score", field(as("comite").put(path + "/evaluation", "{\"score\":5}")), "recorded absent");

        JsonObject bov1 = suggestions(admin).get("BOV-1");
        assertEquals(id(held), bov1.getJsonArray("evidence").getJsonObject(0).getJsonNumber("targetId").longValue());

        HttpResponse<String> overview = regio().get(PATH + "/overview");
        JsonObject counts = ok(overview);
        JsonObject neighbourhood = participation(counts, "neighbourhoods", String.valueOf(brugge));
        assertEquals(1, neighbourhood.getInt("participants"));
        assertEquals(1, neighbourhood.getInt("attendances"));
        JsonObject municipality = participation(counts, "municipalities", "31005");
        assertEquals("Brugge", municipality.getString("name"));
        assertEquals(1, municipality.getInt("participants"));
        String quarter = quarterKey(LocalDateTime.parse(held.getString("startsAt")));
        assertEquals(quartersBefore.getOrDefault(quarter, 0) + 1, quarters(counts).get(quarter));
        for (String name : new String[] {"Pieter", "Chris", "partner", "comite", "Leerrijk"}) {
            assertFalse(overview.body().contains(name), name + " in " + overview.body());
        }
        assertEquals(200, as("gemeente").get(PATH + "/overview").statusCode());
        assertEquals(403, as("partner").get(PATH + "/overview").statusCode());
        assertEquals("to", field(regio().get(PATH + "/overview?from=2025-06-01&to=2025-01-01")));
    }

    @Test
    void aSessionOfAnotherMunicipalityIsNoEvidenceForIt() {
        Api admin = as("admin");
        long kortrijk = neighbourhoodIn("34022", admin, "Zorgzaam Kortrijk", Map.of());
        long aalst = neighbourhoodIn("41002", admin, "Zorgzaam Aalst", Map.of());
        long group = group(regio(), 5);
        long pieter = confidant(regio(), group, as("partner"), "partner", aalst);
        long elsewhere = id(plan(regio(), group, now().minusMonths(2), 5));
        ok(regio().put(PATH + "/sessions/" + elsewhere + "/attendance", "[{\"memberId\":" + pieter + ",\"attended\":true}]"));
        long ownGroup = group(regio(), 5);
        long chris = confidant(regio(), ownGroup, as("comite"), "comite", kortrijk);
        long own = id(plan(regio(), ownGroup, now().minusMonths(2), 5));
        ok(regio().put(PATH + "/sessions/" + own + "/attendance", "[{\"memberId\":" + chris + ",\"attended\":true}]"));
        long bov1 = bov1(admin);

        assertEquals("evidenceLinks", field(admin.post("api/checklist/assessments", assessment(bov1, elsewhere))));
        JsonObject assessed = created(admin.post("api/checklist/assessments", assessment(bov1, own)));
        assertEquals("INTERVISION_SESSION", assessed.getJsonArray("evidenceLinks").getJsonObject(0).getString("targetType"));
    }

    private static String assessment(long item, long session) {
        return "{\"itemId\":" + item + ",\"municipalityNisCode\":\"34022\",\"status\":\"IN_PROGRESS\","
                + "\"evidenceLinks\":[{\"targetType\":\"INTERVISION_SESSION\",\"targetId\":" + session + "}]}";
    }

    private long bov1(Api api) {
        long framework = id(Api.array(api.get("api/checklist/frameworks")).getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("code").equals("BELEIDSAANBEVELINGEN")).findFirst().orElseThrow());
        return id(Api.array(api.get("api/checklist/frameworks/" + framework + "/items")).getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals("BOV-1")).findFirst().orElseThrow());
    }

    private Map<String, JsonObject> suggestions(Api api) {
        return Api.array(api.get("api/checklist/suggestions?municipality=31005")).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("itemCode"), s -> s));
    }

    private static JsonObject participation(JsonObject overview, String list, String code) {
        return overview.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(p -> code.equals(p.getString("code", null))).findFirst().orElseThrow();
    }

    /** Intervision sessions held per quarter, by "year-quarter". */
    private static Map<String, Integer> quarters(JsonObject overview) {
        return overview.getJsonArray("quarters").getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("kind").equals("INTERVISION"))
                .collect(Collectors.toMap(q -> q.getInt("year") + "-" + q.getInt("quarter"), q -> q.getJsonNumber("sessions").intValue()));
    }

    private static String quarterKey(LocalDateTime moment) {
        return moment.getYear() + "-" + ((moment.getMonthValue() + 2) / 3);
    }
}
