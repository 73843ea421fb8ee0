package be.zorgzame.web.api.partners;

import static be.zorgzame.web.api.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import be.zorgzame.web.api.Fixtures;
import be.zorgzame.web.api.Pdfs;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A contact person's rights as a data subject: the access report as JSON and PDF, erasure by anonymisation
 * and the access log, for administrators only. Each test makes its own organisation, neighbourhood and
 * person (the database may be shared with other test classes), so nobody else's data are erased.
 */
@ExtendWith(ArquillianExtension.class)
class DataSubjectRightsIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private String name;
    private String email;
    private String phone;
    private long person;
    private long agreement;
    private long mandate;

    private Api admin() {
        return Api.as(base, "admin");
    }

    private Api staff() {
        return Api.as(base, "gemeente");
    }

    /** A person who is the contact of an agreement party, holds a mandate with feedback, and was read by municipal staff. */
    @BeforeEach
    void personWithAnAgreementAndAMandate() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        name = "Wanda Wisbaar " + unique;
        email = "wanda-" + unique + "@example.org";
        phone = "09 " + (1_000_000 + Math.floorMod(unique.hashCode(), 9_000_000));
        HttpResponse<String> created = staff().post("api/organisations",
                "{\"name\":\"Vzw Persoonsgegevens " + unique + "\",\"kind\":\"ASSOCIATION\"}");
        assertEquals(201, created.statusCode(), created.body());
        long organisation = id(Api.object(created));
        long neighbourhood = Fixtures.neighbourhoodOfGent(staff(), "AVG-buurt", Map.of(organisation, "REGIE_ACTOR"));
        HttpResponse<String> registered = staff().post("api/organisations/" + organisation + "/persons", "{\"name\":\"" + name
                + "\",\"function\":\"coördinator\",\"email\":\"" + email + "\",\"phone\":\"" + phone
                + "\",\"source\":\"visitekaartje\",\"legalBasis\":\"PUBLIC_TASK\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        person = id(Api.object(registered));
        HttpResponse<String> drafted = staff().post("api/agreements", "{\"neighbourhoodId\":" + neighbourhood
                + ",\"title\":\"Afspraken AVG " + unique + "\",\"validFrom\":\"2026-01-01\",\"parties\":[{\"organisationId\":"
                + organisation + ",\"roles\":[\"REGIE\"],\"contactPersonId\":" + person + "}]}");
        assertEquals(201, drafted.statusCode(), drafted.body());
        agreement = Api.object(drafted).getJsonNumber("agreementId").longValue();
        mandate = Fixtures.activeCoordinatorMandate(staff(), person, organisation, neighbourhood);
        HttpResponse<String> feedback = staff().post("api/mandates/" + mandate + "/feedback",
                "{\"heldOn\":\"" + LocalDate.now() + "\",\"note\":\"Teamoverleg over de buurt\"}");
        assertEquals(201, feedback.statusCode(), feedback.body());
        assertEquals(200, staff().get("api/persons/" + person).statusCode());
    }

    private String report() {
        return "api/persons/" + person + "/data-subject-report";
    }

    private String erasure() {
        return "api/persons/" + person + "/erasure";
    }

    @Test
    void theReportHoldsEverythingAboutThePersonAsJsonAndAsPdf() throws Exception {
        HttpResponse<String> answered = admin().get(report());
        assertEquals(200, answered.statusCode(), answered.body());
        JsonObject report = Api.object(answered);

        assertEquals(name, report.getJsonObject("person").getString("name"));
        assertEquals(email, report.getJsonObject("person").getString("email"));
        assertEquals(phone, report.getJsonObject("person").getString("phone"));
        assertEquals("coördinator", report.getJsonObject("person").getJsonArray("affiliations").getJsonObject(0).getString("function"));
        assertEquals(agreement, report.getJsonArray("agreementContacts").getJsonObject(0).getJsonNumber("agreementId").longValue());
        assertEquals(mandate, report.getJsonArray("mandates").getJsonObject(0).getJsonNumber("mandateId").longValue());
        assertEquals("Teamoverleg over de buurt", report.getJsonArray("feedback").getJsonObject(0).getString("note"));
        assertTrue(report.getJsonArray("auditTrail").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("entityType").equals("Person") && e.getString("changes").contains(email)));
        assertTrue(report.getJsonArray("auditTrail").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("entityType").equals("Affiliation")), "the affiliation's trail belongs to it");

        HttpResponse<byte[]> pdf = admin().getBytes(report() + ".pdf?lang=nl", "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        String text = Pdfs.text(pdf.body());
        assertTrue(text.contains(name), text);
        assertTrue(text.contains("Overzicht van persoonsgegevens"), text);
    }

    @Test
    void onlyAdministratorsExerciseTheRights() {
        for (String user : List.of("gemeente", "partner", "regio")) {
            Api api = Api.as(base, user);
            assertEquals(403, api.get(report()).statusCode(), user);
            assertEquals(403, api.getBytes(report() + ".pdf", "application/pdf").statusCode(), user);
            assertEquals(403, api.post(erasure(), "{\"reason\":\"Verzoek van de betrokkene\"}").statusCode(), user);
            assertEquals(403, api.get("api/admin/person-access-log?personId=" + person).statusCode(), user);
            assertEquals(403, api.post("api/admin/retention/purge", "{}").statusCode(), user);
        }
        assertEquals(401, Api.anonymous(base).get(report()).statusCode());
        assertEquals(name, Api.object(admin().get("api/persons/" + person)).getString("name"), "nothing was erased");
    }

    @Test
    void erasureLeavesAPlaceholderEverywhereWhileAgreementsAndMandatesStillRead() {
        String agreementHistory = "api/agreements/" + agreement + "/history";
        assertTrue(staff().get(agreementHistory).body().contains(name), "the agreement's trail names its contact");
        assertEquals("reason", refusedField(admin().post(erasure(), "{\"reason\":\"Op vraag van " + name.toUpperCase() + "\"}")));
        assertEquals("reason", refusedField(admin().post(erasure(), "{\"reason\":\" \"}")));

        HttpResponse<String> erased = admin().post(erasure(), "{\"reason\":\"Verzoek van de betrokkene per brief\"}");
        assertEquals(200, erased.statusCode(), erased.body());
        String placeholder = "Gewiste persoon #" + person;
        assertEquals(placeholder, Api.object(erased).getString("placeholder"));

        JsonObject read = Api.object(admin().get("api/persons/" + person));
        assertEquals(placeholder, read.getString("name"));
        assertTrue(!read.containsKey("email") || read.isNull("email"));
        assertTrue(!read.containsKey("phone") || read.isNull("phone"));
        HttpResponse<String> agreementRead = staff().get("api/agreements/" + agreement);
        assertEquals(200, agreementRead.statusCode(), agreementRead.body());
        assertEquals(placeholder, Api.object(agreementRead).getJsonArray("parties").getJsonObject(0).getString("contactPersonName"));
        HttpResponse<String> mandateRead = staff().get("api/mandates/" + mandate);
        assertEquals(200, mandateRead.statusCode(), mandateRead.body());
        assertEquals(placeholder, Api.object(mandateRead).getString("holderName"));
        assertEquals(200, staff().getBytes("api/mandates/" + mandate + "/letter.pdf", "application/pdf").statusCode());

        String trail = admin().get("api/audit?entityType=Person&entityId=" + person).body();
        HttpResponse<String> history = staff().get(agreementHistory);
        assertEquals(200, history.statusCode(), history.body());
        assertTrue(history.body().contains(placeholder), history.body());
        for (String erasedValue : List.of(name, email, phone)) {
            assertFalse(trail.contains(erasedValue), erasedValue + " left in " + trail);
            assertFalse(history.body().contains(erasedValue), erasedValue + " left in " + history.body());
            assertFalse(admin().get(report()).body().contains(erasedValue), erasedValue + " left in the report");
        }
        JsonObject last = Api.array(admin().get("api/audit?entityType=Person&entityId=" + person))
                .getValuesAs(JsonObject.class).stream().reduce((first, second) -> second).orElseThrow();
        assertEquals("ERASED", last.getString("action"));
        assertEquals("admin", last.getString("actor"));
        assertTrue(last.getString("changes").contains("Verzoek van de betrokkene per brief"), last.toString());
        assertEquals("Verzoek van de betrokkene per brief",
                Api.object(admin().get(report())).getJsonObject("erasure").getString("reason"));

        HttpResponse<String> again = admin().post(erasure(), "{\"reason\":\"Nog eens\"}");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("urn:zorgzame:problem:person-erased", Api.object(again).getString("type"));
        assertEquals(404, admin().post("api/persons/987654321/erasure", "{\"reason\":\"Verzoek\"}").statusCode());
    }

    @Test
    void anErasedPersonStaysErased() {
        assertEquals(200, admin().post(erasure(), "{\"reason\":\"Verzoek van de betrokkene\"}").statusCode());
        JsonObject read = Api.object(admin().get("api/persons/" + person));
        long organisation = read.getJsonArray("affiliations").getJsonObject(0).getJsonNumber("organisationId").longValue();

        for (String user : List.of("admin", "gemeente")) {
            HttpResponse<String> retyped = Api.as(base, user).put("api/persons/" + person, "{\"name\":\"" + name
                    + "\",\"email\":\"" + email + "\",\"source\":\"visitekaartje\",\"legalBasis\":\"PUBLIC_TASK\",\"version\":"
                    + read.getInt("version") + "}");
            assertEquals(409, retyped.statusCode(), user + ": " + retyped.body());
            assertEquals("urn:zorgzame:problem:person-erased", Api.object(retyped).getString("type"));
        }
        HttpResponse<String> affiliated = admin().post("api/persons/" + person + "/affiliations",
                "{\"organisationId\":" + organisation + ",\"function\":\"" + name + "\"}");
        assertEquals(409, affiliated.statusCode(), affiliated.body());
        HttpResponse<String> removed = admin().delete("api/persons/" + person + "/affiliations/"
                + read.getJsonArray("affiliations").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(409, removed.statusCode(), removed.body());

        String after = admin().get("api/persons/" + person).body();
        assertTrue(after.contains("Gewiste persoon #" + person), after);
        assertFalse(after.contains(email), after);
        assertEquals(read.getInt("version"), Api.object(admin().get("api/persons/" + person)).getInt("version"));
    }

    @Test
    void theAccessLogRecordsWhoReadThePersonAndWhenButNotTheData() {
        assertEquals(200, admin().get(report()).statusCode());

        HttpResponse<String> answered = admin().get("api/admin/person-access-log?personId=" + person);
        assertEquals(200, answered.statusCode(), answered.body());
        List<JsonObject> reads = Api.array(answered).getValuesAs(JsonObject.class);
        assertTrue(reads.stream().anyMatch(r -> r.getString("accessedBy").equals("gemeente") && r.getString("kind").equals("DETAIL")),
                answered.body());
        assertTrue(reads.stream().anyMatch(r -> r.getString("accessedBy").equals("admin") && r.getString("kind").equals("REPORT")),
                answered.body());
        assertTrue(reads.stream().allMatch(r -> r.getJsonNumber("personId").longValue() == person && r.containsKey("accessedAt")));
        assertFalse(answered.body().contains(name));
        assertEquals("personId", refusedField(admin().get("api/admin/person-access-log?personId=abc")));

        HttpResponse<String> purged = admin().post("api/admin/retention/purge", "{}");
        assertEquals(200, purged.statusCode(), purged.body());
        assertEquals(reads.size(), Api.array(admin().get("api/admin/person-access-log?personId=" + person)).size(),
                "today's reads are within the retention");
    }

    @Test
    void aListOfPeopleIsLoggedOnceForEachPersonItShowed() {
        long organisation = Api.object(admin().get("api/persons/" + person)).getJsonArray("affiliations").getJsonObject(0)
                .getJsonNumber("organisationId").longValue();
        HttpResponse<String> colleague = staff().post("api/organisations/" + organisation + "/persons",
                "{\"name\":\"Collega " + name + "\",\"source\":\"website\",\"legalBasis\":\"PUBLIC_TASK\"}");
        assertEquals(201, colleague.statusCode(), colleague.body());
        long other = id(Api.object(colleague));

        HttpResponse<String> listed = Api.as(base, "regio").get("api/organisations/" + organisation + "/persons");
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(2, Api.array(listed).size());

        for (long shown : List.of(person, other)) {
            List<JsonObject> reads = Api.array(admin().get("api/admin/person-access-log?personId=" + shown))
                    .getValuesAs(JsonObject.class);
            assertEquals(1, reads.stream().filter(r -> r.getString("kind").equals("LIST")).count(), reads.toString());
            assertTrue(reads.stream().anyMatch(r -> r.getString("kind").equals("LIST") && r.getString("accessedBy").equals("regio")
                    && r.getJsonNumber("personId").longValue() == shown), reads.toString());
        }
    }

    private static String refusedField(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return Api.object(response).getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
