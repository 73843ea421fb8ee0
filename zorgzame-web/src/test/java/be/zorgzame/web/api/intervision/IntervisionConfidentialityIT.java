package be.zorgzame.web.api.intervision;

import static be.zorgzame.web.api.Fixtures.id;
import static be.zorgzame.web.api.intervision.IntervisionAccounts.ADMIN_ONLY;
import static be.zorgzame.web.api.intervision.IntervisionAccounts.NEWCOMER;
import static be.zorgzame.web.api.intervision.IntervisionAccounts.OTHER_REGIONAL;
import static be.zorgzame.web.api.intervision.IntervisionAccounts.OUTSIDER;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.PATH;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.confidant;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.created;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.group;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.member;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.note;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.now;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.ok;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.okBody;
import static be.zorgzame.web.api.intervision.IntervisionFixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Confidentiality of intervision over HTTP, role by role: the work of a group (sessions in detail, notes)
 * reaches exactly its facilitator and the members who accepted its agreement; municipal staff,
 * administrators, another regional worker, an invited member who has not accepted and a partner worker
 * outside the group get 403, and no note text reaches them or the audit trail. Then the purge. The
 * demo group (facilitated by regio, with partner and comite) carries the matrix.
 */
@ExtendWith(ArquillianExtension.class)
class IntervisionConfidentialityIT {

    private static final String DEMO_CASE = "Een buurvrouw komt niet meer naar de buurtbabbels";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return IntervisionFixtures.deployment();
    }

    private Api as(String user) {
        return Api.as(base, user);
    }

    private long demoGroup() {
        return id(Api.array(as("regio").get(PATH + "/groups")).getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("name").equals(IntervisionFixtures.DEMO_GROUP)).findFirst().orElseThrow());
    }

    /** The demo session held two months ago, with a case and an action point. */
    private long heldSession(long group) {
        return id(Api.array(as("regio").get(PATH + "/groups/" + group + "/sessions")).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("theme").startsWith("Vereenzaming")).findFirst().orElseThrow());
    }

    @Test
    void onlyTheFacilitatorAndMembersWhoAcceptedReachTheWorkOfAGroup() {
        long group = demoGroup();
        long session = heldSession(group);
        member(as("regio"), group, NEWCOMER, null);
        String notes = PATH + "/sessions/" + session + "/notes";

        for (String confidant : List.of("regio", "partner", "comite")) {
            Api api = as(confidant);
            String secret = "Casus van " + confidant + " over een buur die vereenzaamt";
            assertTrue(ok(api.get(PATH + "/sessions/" + session)).getJsonArray("registrations").size() >= 2, confidant);
            JsonObject written = created(api.post(notes, note("NOTE", secret)));
            assertEquals(confidant, written.getString("writtenBy"));
            String list = api.get(notes).body();
            assertTrue(list.contains(DEMO_CASE) && list.contains(secret), confidant + ": " + list);
        }

        for (String other : List.of("admin", ADMIN_ONLY, "gemeente", OTHER_REGIONAL, NEWCOMER, OUTSIDER)) {
            for (HttpResponse<String> refused : List.of(as(other).get(notes), as(other).get(PATH + "/sessions/" + session),
                    as(other).get(PATH + "/groups/" + group + "/sessions"),
                    as(other).post(notes, note("CASE_DESCRIPTION", "Mag niet bewaard worden")))) {
                assertEquals(403, refused.statusCode(), other + " " + refused.request().uri() + ": " + refused.body());
                assertFalse(refused.body().contains(DEMO_CASE) || refused.body().contains("Casus van"), refused.body());
            }
            assertFalse(as(other).get(PATH + "/sessions?from=2000-01-01").body().contains("Vereenzaming"), other);
        }
        assertEquals(404, as("partner").get(PATH + "/sessions/987654/notes").statusCode(), "not found is not hidden as 403");

        JsonObject invited = ok(as(NEWCOMER).get(PATH + "/groups/" + group));
        assertEquals("INVITED", invited.getString("myPart"));
        assertEquals(0, invited.getJsonArray("members").size(), "an invited member sees the agreement, nobody in it");
        assertEquals(403, as(OUTSIDER).get(PATH + "/groups/" + group).statusCode());
        assertEquals(403, as("gemeente").get(PATH + "/groups/" + group).statusCode());

        ok(as(NEWCOMER).post(PATH + "/groups/" + group + "/acceptance", ""));
        assertTrue(ok(as(NEWCOMER).get(PATH + "/sessions/" + session)).getInt("capacity") > 0, "accepting opens the group's work");
        assertTrue(as(NEWCOMER).get(notes).body().contains(DEMO_CASE));
        assertFalse(as("admin").get(PATH + "/groups").body().contains(IntervisionFixtures.DEMO_GROUP));
        assertNoNoteTextInTheAuditTrail();
    }

    private void assertNoNoteTextInTheAuditTrail() {
        String trail = okBody(as("admin").get("api/audit?size=500"));
        assertTrue(trail.contains("\"entityType\":\"SessionNote\""), "writing a note is audited");
        assertFalse(trail.contains("Casus van") || trail.contains("vereenzaamt") || trail.contains("Mag niet bewaard"), trail);
    }

    @Test
    void aNoteIsChangedOnlyByItsWriterOrTheFacilitatorAndTheTrailKeepsNoText() {
        long group = group(as("regio"), 5);
        confidant(as("regio"), group, as("partner"), "partner", null);
        confidant(as("regio"), group, as("comite"), "comite", null);
        long session = id(plan(as("regio"), group, now().plusDays(7), 5));
        String notes = PATH + "/sessions/" + session + "/notes";
        JsonObject written = created(as("partner").post(notes, note("CASE_DESCRIPTION", "Buurman weigert elke hulp")));
        String path = notes + "/" + id(written);
        String rewrite = "{\"kind\":\"CASE_DESCRIPTION\",\"body\":\"Buurman weigert hulp van vreemden\",\"version\":"
                + written.getInt("version") + "}";

        assertEquals(403, as("comite").put(path, rewrite).statusCode(), "a member changes only their own notes");
        assertEquals(403, as("admin").put(path, rewrite).statusCode());
        assertEquals(403, as("admin").delete(path).statusCode());
        JsonObject rewritten = ok(as("partner").put(path, rewrite));
        assertEquals("Buurman weigert hulp van vreemden", rewritten.getString("body"));
        assertEquals(409, as("regio").put(path, rewrite).statusCode(), "the version read is stale");
        assertEquals(204, as("regio").delete(path).statusCode(), "the facilitator removes any note");
        assertEquals(0, Api.array(as("comite").get(notes)).size());

        String history = okBody(as("admin").get("api/audit?entityType=SessionNote&entityId=" + id(written)));
        assertTrue(history.contains("CREATED") && history.contains("UPDATED") && history.contains("DELETED"), history);
        assertFalse(history.contains("Buurman"), history);
    }

    @Test
    void thePurgeRemovesTheTextsOfSessionsPastTheRetentionAndLogsOnlyCounts() {
        long group = group(as("regio"), 5);
        confidant(as("regio"), group, as("partner"), "partner", null);
        long expired = id(plan(as("regio"), group, now().minusMonths(13), 5));
        long kept = id(plan(as("regio"), group, now().minusMonths(11), 5));
        created(as("partner").post(PATH + "/sessions/" + expired + "/notes", note("CASE_DESCRIPTION", "Oude casus over de dochter")));
        created(as("regio").post(PATH + "/sessions/" + expired + "/notes", note("ACTION_POINT", "Oud actiepunt voor de wijkagent")));
        created(as("partner").post(PATH + "/sessions/" + kept + "/notes", note("NOTE", "Recente notitie over de buurtbabbel")));

        assertEquals(403, as("regio").post(PATH + "/notes/purge", "").statusCode());
        JsonObject purged = ok(as("admin").post(PATH + "/notes/purge", ""));
        assertTrue(purged.getInt("purged") >= 2, purged.toString());

        assertEquals(0, Api.array(as("partner").get(PATH + "/sessions/" + expired + "/notes")).size());
        assertTrue(as("partner").get(PATH + "/sessions/" + kept + "/notes").body().contains("Recente notitie"));
        assertTrue(as("partner").get(PATH + "/sessions/" + heldSession(demoGroup()) + "/notes").body().contains(DEMO_CASE),
                "the demo case of two months ago stays");
        JsonObject entry = Api.array(as("admin").get("api/audit?entityType=SessionNote&entityId=session-" + expired))
                .getJsonObject(0);
        assertEquals("DELETED", entry.getString("action"));
        assertEquals("admin", entry.getString("actor"));
        assertTrue(entry.getString("changes").contains("\"notes\""), entry.toString());
        assertFalse(entry.getString("changes").contains("dochter") || entry.getString("changes").contains("wijkagent"));
        assertEquals(0, ok(as("admin").post(PATH + "/notes/purge", "")).getInt("purged"), "nothing is left to purge");
    }
}
