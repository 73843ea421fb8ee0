package be.zorgzame.web.api.intervision;

import static be.zorgzame.web.api.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Groups, members and sessions made through the API, as a facilitator and members would. */
final class IntervisionFixtures {

    static final String PATH = "api/intervision";
    static final String DEMO_GROUP = "Intervisie buurtwerkers Gent";

    private IntervisionFixtures() {
    }

    /** The shipped WAR with the extra accounts of {@link IntervisionAccounts}. */
    static WebArchive deployment() {
        return Deployments.shippedWar().addClass(IntervisionAccounts.class);
    }

    /** Now on the Belgian wall clock that session times use, to the minute. */
    static LocalDateTime now() {
        return LocalDateTime.now(ZoneId.of("Europe/Brussels")).truncatedTo(ChronoUnit.MINUTES);
    }

    static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }

    /** The body of a 200 answer, to look for what it must or must not contain. */
    static String okBody(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Api.object(response);
    }

    /** The field a 400 problem names first. */
    static String field(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return Api.object(response).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    /** A 409 answered as a problem document. */
    static void conflict(HttpResponse<String> response) {
        assertEquals(409, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals(409, Api.object(response).getInt("status"));
    }

    static long group(Api facilitator, int maxMembers) {
        return id(created(facilitator.post(PATH + "/groups", "{\"name\":\"Intervisie " + UUID.randomUUID() + "\","
                + "\"maxMembers\":" + maxMembers + ",\"confidentialityText\":\"Wat hier gedeeld wordt, blijft hier.\","
                + "\"eveReminder\":false}")));
    }

    /** Adds a member (in a neighbourhood, or none) and answers the member's id. */
    static long member(Api facilitator, long group, String username, Long neighbourhood) {
        return id(created(facilitator.post(PATH + "/groups/" + group + "/members", "{\"username\":\"" + username + "\""
                + (neighbourhood == null ? "" : ",\"neighbourhoodId\":" + neighbourhood) + "}")));
    }

    /** Adds a member who then accepts the agreement. */
    static long confidant(Api facilitator, long group, Api user, String username, Long neighbourhood) {
        long member = member(facilitator, group, username, neighbourhood);
        ok(user.post(PATH + "/groups/" + group + "/acceptance", ""));
        return member;
    }

    static String session(LocalDateTime startsAt, int capacity, Long caseBringer, Integer version) {
        return session(startsAt, startsAt.plusMinutes(90), "Buurthuis, Kerkstraat 1", null, capacity, caseBringer, version);
    }

    static String session(LocalDateTime startsAt, LocalDateTime endsAt, String place, String link, int capacity,
                          Long caseBringer, Integer version) {
        return "{\"kind\":\"INTERVISION\",\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + endsAt + "\""
                + (place == null ? "" : ",\"place\":\"" + place + "\"")
                + (link == null ? "" : ",\"onlineLink\":\"" + link + "\"")
                + ",\"theme\":\"Samenwerken met de huisarts\",\"methodCode\":\"INCIDENT\",\"capacity\":" + capacity
                + (caseBringer == null ? "" : ",\"caseBringerId\":" + caseBringer)
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    static JsonObject plan(Api facilitator, long group, LocalDateTime startsAt, int capacity) {
        return created(facilitator.post(PATH + "/groups/" + group + "/sessions", session(startsAt, capacity, null, null)));
    }

    static String note(String kind, String body) {
        return "{\"kind\":\"" + kind + "\",\"body\":\"" + body + "\"}";
    }
}
