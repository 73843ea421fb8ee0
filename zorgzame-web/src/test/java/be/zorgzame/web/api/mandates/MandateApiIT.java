package be.zorgzame.web.api.mandates;

import static be.zorgzame.web.api.Fixtures.id;
import static be.zorgzame.web.api.Fixtures.neighbourhoodOfGent;
import static be.zorgzame.web.api.Fixtures.ownOrganisation;
import static be.zorgzame.web.api.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import be.zorgzame.web.api.Fixtures;
import be.zorgzame.web.api.Mailboxes;
import be.zorgzame.web.api.Pdfs;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mandates in a fresh neighbourhood of Gent where LDC De Rabotter (demo user {@code partner}) is the regie
 * actor and the neighbourhood committee ({@code comite}) a core partner; the holder works for the LDC.
 */
@ExtendWith(ArquillianExtension.class)
class MandateApiIT {

    private static final String PATH = "api/mandates";
    private static final LocalDate TODAY = LocalDate.now();

    /** The SMTP server the module under test mails to (see it.mail.port in the POM). */
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailboxes.smtpServer();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private long neighbourhood;
    private long ldc;
    private long committee;
    private long holder;

    private Api staff() {
        return Api.as(base, "gemeente");
    }

    @BeforeEach
    void neighbourhoodWithAHolder() {
        ldc = ownOrganisation(Api.as(base, "partner"));
        committee = ownOrganisation(Api.as(base, "comite"));
        neighbourhood = neighbourhoodOfGent(staff(), "Mandaatbuurt", Map.of(ldc, "REGIE_ACTOR", committee, "CORE_PARTNER"));
        holder = person(staff(), ldc, "Nele Buurtwerker");
    }

    /** A coordinator mandate of the holder, granted by the LDC's board, with a decision recorded. */
    private String mandate(Integer version) {
        return "{\"holderId\":" + holder + ",\"employerId\":" + ldc + ",\"function\":\"COORDINATOR\","
                + "\"neighbourhoodIds\":[" + neighbourhood + "],\"grantingOrganisationId\":" + ldc + ","
                + "\"grantingBody\":\"Raad van bestuur\",\"decisionDate\":\"" + TODAY.minusMonths(1) + "\","
                + "\"decisionReference\":\"RvB 2026/12\",\"decisionLink\":\"https://ldc.example/besluiten/12\","
                + "\"scope\":\"Regie van de buurt\","
                + "\"degreesOfFreedom\":[{\"area\":\"Activiteiten\",\"level\":\"AUTONOMOUS\"},"
                + "{\"area\":\"Budget\",\"level\":\"AFTER_CONSULTATION\",\"budgetLimit\":2500}],"
                + "\"hoursPerWeek\":19,\"daysPerMonth\":5,\"feedbackTo\":\"Directeur\",\"feedbackCadence\":\"QUARTERLY\","
                + "\"feedbackForm\":\"Verslag op het teamoverleg\",\"validFrom\":\"" + TODAY.minusMonths(1) + "\","
                + "\"validTo\":\"" + TODAY.plusYears(1) + "\"" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private JsonObject created(Api api, String json) {
        return created(api, PATH, json);
    }

    private static JsonObject created(Api api, String path, String json) {
        HttpResponse<String> created = api.post(path, json);
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created);
    }

    private static String step(JsonObject mandate) {
        return "{\"version\":" + mandate.getInt("version") + "}";
    }

    private JsonObject activated(JsonObject draft) {
        HttpResponse<String> activated = staff().post(PATH + "/" + id(draft) + "/activate", step(draft));
        assertEquals(200, activated.statusCode(), activated.body());
        return Api.object(activated);
    }

    private JsonObject warnings(Api api) {
        HttpResponse<String> warnings = api.get(PATH + "/warnings/neighbourhoods/" + neighbourhood);
        assertEquals(200, warnings.statusCode(), warnings.body());
        return Api.object(warnings);
    }

    private static List<String> codes(JsonObject warnings) {
        return warnings.getJsonArray("warnings").getValuesAs(JsonObject.class).stream().map(w -> w.getString("code")).toList();
    }

    private static String field(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return Api.object(response).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void aMandateIsCreatedReadAndChangedFromTheVersionRead() {
        HttpResponse<String> response = staff().post(PATH, mandate(null));
        assertEquals(201, response.statusCode(), response.body());
        JsonObject draft = Api.object(response);
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/api/mandates/" + id(draft)));

        JsonObject read = Api.object(staff().get(PATH + "/" + id(draft)));
        assertEquals("DRAFT", read.getString("status"));
        assertEquals(1, read.getInt("edition"));
        assertEquals("Nele Buurtwerker", read.getString("holderName"));
        assertEquals("LDC De Rabotter", read.getString("employerName"));
        assertEquals(2, read.getJsonArray("degreesOfFreedom").size());
        assertEquals("2500.00", read.getJsonArray("degreesOfFreedom").getJsonObject(1).getJsonNumber("budgetLimit").toString());
        assertEquals(neighbourhood, read.getJsonArray("neighbourhoods").getJsonObject(0).getJsonNumber("id").longValue());

        HttpResponse<String> changed = staff().put(PATH + "/" + id(draft), mandate(read.getInt("version"))
                .replace("\"hoursPerWeek\":19", "\"fteShare\":0.5").replace("\"daysPerMonth\":5", "\"daysPerMonth\":4"));
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject after = Api.object(changed);
        assertEquals("0.500", after.getJsonNumber("fteShare").toString());
        assertFalse(after.containsKey("hoursPerWeek"), "hours per week or an FTE share, the one replaces the other");

        HttpResponse<String> stale = Api.as(base, "admin").put(PATH + "/" + id(draft), mandate(read.getInt("version")));
        assertEquals(409, stale.statusCode());
        assertEquals("urn:zorgzame:problem:conflict", Api.object(stale).getString("type"));
        HttpResponse<String> again = staff().put(PATH + "/" + id(draft), mandate(after.getInt("version")));
        assertEquals(200, again.statusCode(), "the version returned by a change is the one to send next: " + again.body());
    }

    @Test
    void invalidInputNamesTheOffendingFieldAndStoresNothing() {
        int before = Api.array(staff().get(PATH + "?neighbourhood=" + neighbourhood)).size();
        long stranger = person(staff(), committee, "Iemand Anders");

        assertEquals("neighbourhoodIds", refusedField("[" + neighbourhood + "]", "[]"));
        assertEquals("decisionLink", refusedField("https://ldc", "ftp://ldc"));
        assertEquals("holderId", refusedField("\"holderId\":" + holder, "\"holderId\":" + stranger));
        assertEquals("fteShare", refusedField("\"hoursPerWeek\":19", "\"hoursPerWeek\":19,\"fteShare\":0.5"));
        assertEquals("validTo", refusedField("\"validTo\":\"" + TODAY.plusYears(1), "\"validTo\":\"" + TODAY.minusYears(1)));
        assertTrue(refusedField("\"budgetLimit\":2500", "\"budgetLimit\":-1").startsWith("degreesOfFreedom"));
        assertEquals("grantingBody", refusedField("\"grantingBody\":\"Raad van bestuur\",", ""));
        assertEquals(before, Api.array(staff().get(PATH + "?neighbourhood=" + neighbourhood)).size());
    }

    /** The field named when the mandate, with this text replaced, is created. */
    private String refusedField(String text, String replacement) {
        return field(staff().post(PATH, mandate(null).replace(text, replacement)));
    }

    @Test
    void partnersSeeTheirOwnOrganisationsMandatesAndManageOnlyThoseTheyGranted() {
        JsonObject granted = created(Api.as(base, "partner"), mandate(null));
        long stad = id(created(staff(), "api/organisations", "{\"name\":\"Stad Gent " + UUID.randomUUID()
                + "\",\"kind\":\"LOCAL_GOVERNMENT_SERVICE\"}"));
        JsonObject byCity = created(staff(), mandate(null)
                .replace("\"grantingOrganisationId\":" + ldc, "\"grantingOrganisationId\":" + stad));
        String cityPath = PATH + "/" + id(byCity);

        assertEquals(200, Api.as(base, "partner").get(cityPath).statusCode(), "the employer's staff see it");
        assertEquals(403, Api.as(base, "partner").put(cityPath, mandate(byCity.getInt("version"))).statusCode(),
                "but only the granting organisation and the municipality change it");
        assertEquals(403, Api.as(base, "comite").get(cityPath).statusCode());
        assertEquals(403, Api.as(base, "comite").put(PATH + "/" + id(granted), mandate(granted.getInt("version"))).statusCode());
        assertEquals(403, Api.as(base, "comite").post(PATH + "/" + id(granted) + "/end", step(granted)).statusCode());
        assertEquals(403, Api.as(base, "comite").post(PATH, mandate(null)).statusCode(), "the committee grants nothing for the LDC");
        assertEquals(0, Api.array(Api.as(base, "comite").get(PATH + "?neighbourhood=" + neighbourhood)).size());
        assertEquals(2, Api.array(Api.as(base, "partner").get(PATH + "?neighbourhood=" + neighbourhood)).size());
        assertEquals(200, Api.as(base, "partner").put(PATH + "/" + id(granted), mandate(granted.getInt("version"))).statusCode());
    }

    @Test
    void regionalSupportSeesOnlyWhetherTheNeighbourhoodHasALinchpin() {
        String linchpin = PATH + "/linchpins?neighbourhood=" + neighbourhood;
        JsonObject before = Api.array(Api.as(base, "regio").get(linchpin)).getJsonObject(0);
        assertFalse(before.getBoolean("activeLinchpin"));

        JsonObject active = activated(created(staff(), mandate(null)));

        JsonObject after = Api.array(Api.as(base, "regio").get(linchpin)).getJsonObject(0);
        assertTrue(after.getBoolean("activeLinchpin"));
        assertEquals(Set.of("neighbourhoodId", "neighbourhoodName", "municipalityNisCode", "activeLinchpin"), after.keySet());
        assertTrue(Api.array(Api.as(base, "regio").get(PATH + "/linchpins?municipality=44021")).getValuesAs(JsonObject.class)
                .stream().anyMatch(s -> s.getJsonNumber("neighbourhoodId").longValue() == neighbourhood && s.getBoolean("activeLinchpin")));
        assertEquals(403, Api.as(base, "regio").get(PATH + "?neighbourhood=" + neighbourhood).statusCode());
        assertEquals(403, Api.as(base, "regio").get(PATH + "/" + id(active)).statusCode());
        assertEquals(403, Api.as(base, "regio").get(PATH + "/" + id(active) + "/feedback").statusCode());
        assertEquals(403, Api.as(base, "regio").get(PATH + "/warnings/neighbourhoods/" + neighbourhood).statusCode());
        assertEquals("municipality", field(Api.as(base, "regio").get(PATH + "/linchpins")));
    }

    @Test
    void aRenewalIsANewEditionActivatedFromItsFirstDayThatEndsThePreviousOne() {
        JsonObject first = activated(created(staff(), mandate(null)));
        String renewals = PATH + "/" + id(first) + "/renewals";
        String period = "\"validFrom\":\"" + TODAY.plusYears(1).plusDays(1) + "\",\"validTo\":\"" + TODAY.plusYears(3) + "\"";

        HttpResponse<String> response = staff().post(renewals, "{\"version\":" + first.getInt("version") + "," + period + "}");
        assertEquals(201, response.statusCode(), response.body());
        JsonObject renewal = Api.object(response);
        assertEquals(2, renewal.getInt("edition"));
        assertEquals(id(first), renewal.getJsonNumber("previousId").longValue());
        assertEquals("DRAFT", renewal.getString("status"));
        assertFalse(renewal.containsKey("decisionDate"), "a renewal is decided anew");
        assertEquals(first.getJsonArray("degreesOfFreedom"), renewal.getJsonArray("degreesOfFreedom"));
        JsonObject firstNow = Api.object(staff().get(PATH + "/" + id(first)));
        assertEquals(id(renewal), firstNow.getJsonNumber("nextId").longValue());
        HttpResponse<String> twice = staff().post(renewals, "{\"version\":" + firstNow.getInt("version") + "," + period + "}");
        assertEquals(409, twice.statusCode());
        assertEquals("urn:zorgzame:problem:wrong-state", Api.object(twice).getString("type"));

        assertEquals("decisionDate", field(staff().post(PATH + "/" + id(renewal) + "/activate", step(renewal))));
        HttpResponse<String> decided = staff().put(PATH + "/" + id(renewal), mandate(renewal.getInt("version"))
                .replace("\"validFrom\":\"" + TODAY.minusMonths(1) + "\",\"validTo\":\"" + TODAY.plusYears(1) + "\"", period)
                .replace("RvB 2026/12", "RvB 2027/3"));
        assertEquals(200, decided.statusCode(), decided.body());
        JsonObject early = Api.object(decided);
        assertEquals("validFrom", field(staff().post(PATH + "/" + id(early) + "/activate", step(early))));
        assertEquals("ACTIVE", Api.object(staff().get(PATH + "/" + id(first))).getString("status"),
                "the edition in force stays in force until the renewal starts");
        HttpResponse<String> startsToday = staff().put(PATH + "/" + id(renewal), mandate(early.getInt("version"))
                .replace("RvB 2026/12", "RvB 2027/3").replace("\"validFrom\":\"" + TODAY.minusMonths(1), "\"validFrom\":\"" + TODAY));
        assertEquals(200, startsToday.statusCode(), startsToday.body());
        JsonObject second = activated(Api.object(startsToday));

        assertEquals("ACTIVE", second.getString("status"));
        assertEquals("ENDED", Api.object(staff().get(PATH + "/" + id(first))).getString("status"));
        List<Long> editions = Api.array(staff().get(PATH + "/" + id(second) + "/editions")).getValuesAs(JsonObject.class)
                .stream().map(Fixtures::id).toList();
        assertEquals(List.of(id(first), id(second)), editions);
        String history = Api.array(Api.as(base, "admin").get("api/audit?entityType=Mandate&entityId=" + id(first))).toString();
        assertTrue(history.contains("ACTIVE") && history.contains("renewedBy") && history.contains("ENDED"), history);
    }

    @Test
    void anEndedMandateCannotBeChangedEndedOrActivatedAgain() {
        JsonObject active = activated(created(staff(), mandate(null)));

        HttpResponse<String> ended = staff().post(PATH + "/" + id(active) + "/end",
                "{\"version\":" + active.getInt("version") + ",\"reason\":\"Andere job\"}");

        assertEquals(200, ended.statusCode(), ended.body());
        JsonObject end = Api.object(ended);
        assertEquals("ENDED", end.getString("status"));
        assertEquals("Andere job", end.getString("endReason"));
        assertEquals(409, staff().put(PATH + "/" + id(end), mandate(end.getInt("version"))).statusCode());
        assertEquals(409, staff().post(PATH + "/" + id(end) + "/end", step(end)).statusCode());
        assertEquals(409, staff().post(PATH + "/" + id(end) + "/activate", step(end)).statusCode());
        assertEquals(409, staff().post(PATH + "/" + id(end) + "/activate", "{\"version\":" + active.getInt("version") + "}")
                .statusCode(), "a stale version is refused too");
    }

    @Test
    void theHoldersEmployerLogsFeedbackAndOverdueFeedbackDisappears() {
        JsonObject draft = created(staff(), mandate(null).replace("\"QUARTERLY\"", "\"MONTHLY\"")
                .replace("\"validFrom\":\"" + TODAY.minusMonths(1), "\"validFrom\":\"" + TODAY.minusMonths(2)));
        String feedback = PATH + "/" + id(draft) + "/feedback";
        assertEquals(409, Api.as(base, "partner").post(feedback, "{\"heldOn\":\"" + TODAY + "\"}").statusCode(),
                "a draft owes no feedback");
        JsonObject active = activated(draft);
        assertTrue(codes(warnings(staff())).contains("FEEDBACK_OVERDUE"));
        assertEquals(TODAY.minusMonths(2).plusMonths(1).toString(), active.getString("feedbackDueOn"));

        assertEquals("heldOn", field(Api.as(base, "partner").post(feedback, "{\"heldOn\":\"" + TODAY.plusDays(1) + "\"}")));
        HttpResponse<String> logged = Api.as(base, "partner").post(feedback, "{\"heldOn\":\"" + TODAY + "\",\"note\":\"Stand van zaken\"}");
        assertEquals(201, logged.statusCode(), logged.body());
        assertEquals(403, Api.as(base, "comite").post(feedback, "{\"heldOn\":\"" + TODAY + "\"}").statusCode());

        List<JsonObject> log = Api.array(staff().get(feedback)).getValuesAs(JsonObject.class);
        assertEquals(1, log.size());
        assertEquals("partner", log.get(0).getString("loggedBy"));
        assertEquals("Stand van zaken", log.get(0).getString("note"));
        assertFalse(codes(warnings(staff())).contains("FEEDBACK_OVERDUE"));
        assertEquals(TODAY.plusMonths(1).toString(), Api.object(staff().get(PATH + "/" + id(active))).getString("feedbackDueOn"));
    }

    @Test
    void warningsAppearAndDisappearWithTheMandatesOfTheNeighbourhood() {
        assertEquals(List.of("NO_LINCHPIN"), codes(warnings(staff())));

        JsonObject thin = activated(created(staff(), mandate(null).replace(",\"daysPerMonth\":5", "")
                .replaceAll("\"degreesOfFreedom\":\\[[^\\]]*\\],", "")
                .replace("\"validTo\":\"" + TODAY.plusYears(1), "\"validTo\":\"" + TODAY.plusDays(30))));
        JsonObject withOne = warnings(staff());
        assertTrue(withOne.getBoolean("activeLinchpin"));
        assertEquals(Set.of("SINGLE_HOLDER", "NO_DEGREES_OF_FREEDOM", "NO_TIME_IN_NEIGHBOURHOOD", "EXPIRING"),
                Set.copyOf(codes(withOne)));
        assertEquals(Set.of("SINGLE_HOLDER"), Set.copyOf(codes(warnings(Api.as(base, "comite")))),
                "the committee does not see the warnings about the LDC's mandate");

        JsonObject deputy = created(staff(), mandate(null).replace("\"holderId\":" + holder,
                "\"holderId\":" + person(staff(), ldc, "Tom Tweede")).replace("COORDINATOR", "TEAM_MEMBER"));
        assertTrue(codes(warnings(staff())).contains("SINGLE_HOLDER"), "a deputy in draft is no deputy yet");
        activated(deputy);
        assertFalse(codes(warnings(staff())).contains("SINGLE_HOLDER"));

        HttpResponse<String> ended = staff().post(PATH + "/" + id(thin) + "/end",
                "{\"version\":" + Api.object(staff().get(PATH + "/" + id(thin))).getInt("version") + "}");
        assertEquals(200, ended.statusCode(), ended.body());
        JsonObject afterEnd = warnings(staff());
        assertFalse(afterEnd.getBoolean("activeLinchpin"));
        assertEquals(Set.of("NO_LINCHPIN", "SINGLE_HOLDER"), Set.copyOf(codes(afterEnd)));

        List<JsonObject> municipality = Api.array(staff().get(PATH + "/warnings/municipalities/44021")).getValuesAs(JsonObject.class);
        assertTrue(municipality.stream().anyMatch(n -> n.getJsonNumber("neighbourhoodId").longValue() == neighbourhood
                && !n.getBoolean("activeLinchpin")));
        assertEquals(403, Api.as(base, "partner").get(PATH + "/warnings/municipalities/44021").statusCode());
    }

    @Test
    void mergingTheEmployerIntoAnotherEntryPassesItsMandatesOn() {
        long duplicate = organisationNamed("Dubbel LDC");
        long survivor = organisationNamed("Overblijvend LDC");
        holder = person(staff(), duplicate, "Wim Werknemer");
        JsonObject mandate = created(staff(), mandate(null).replace("\"employerId\":" + ldc, "\"employerId\":" + duplicate)
                .replace("\"grantingOrganisationId\":" + ldc, "\"grantingOrganisationId\":" + duplicate));

        HttpResponse<String> merged = staff().post("api/organisations/" + survivor + "/merge", "{\"duplicateId\":" + duplicate
                + ",\"version\":" + version("api/organisations/" + survivor) + ",\"duplicateVersion\":"
                + version("api/organisations/" + duplicate) + "}");

        assertEquals(200, merged.statusCode(), merged.body());
        JsonObject after = Api.object(staff().get(PATH + "/" + id(mandate)));
        assertEquals(survivor, after.getJsonNumber("employerId").longValue());
        assertEquals(survivor, after.getJsonNumber("grantingOrganisationId").longValue());
    }

    private long organisationNamed(String name) {
        return id(created(staff(), "api/organisations", "{\"name\":\"" + name + " " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}"));
    }

    private int version(String path) {
        return Api.object(staff().get(path)).getInt("version");
    }

    @Test
    void theDemoNeighbourhoodHasAnActiveLinchpin() {
        List<JsonObject> gent = Api.array(Api.as(base, "regio").get(PATH + "/linchpins?municipality=44021")).getValuesAs(JsonObject.class);
        JsonObject rabot = gent.stream().filter(n -> n.getString("neighbourhoodName").equals("Zorgzaam Rabot")).findFirst().orElseThrow();

        assertTrue(rabot.getBoolean("activeLinchpin"));
        assertNull(rabot.get("holderName"));
    }

    @Test
    void theHolderIsMailedOnceWhenTheMandateIsAboutToEnd() throws Exception {
        String address = "houder-" + UUID.randomUUID() + "@example.org";
        long mailedHolder = id(created(staff(), "api/organisations/" + ldc + "/persons", "{\"name\":\"Mia Mandaat\","
                + "\"email\":\"" + address + "\",\"source\":\"personeelsdienst\",\"legalBasis\":\"CONTRACT\"}"));
        activated(created(staff(), mandate(null).replace("\"holderId\":" + holder, "\"holderId\":" + mailedHolder)
                .replace("\"validTo\":\"" + TODAY.plusYears(1) + "\"", "\"validTo\":\"" + TODAY.plusDays(30) + "\"")));

        assertEquals(403, staff().post(PATH + "/reminders/mail", "{}").statusCode());
        assertEquals(200, Api.as(base, "admin").post(PATH + "/reminders/mail", "{}").statusCode());
        assertEquals(200, Api.as(base, "admin").post(PATH + "/reminders/mail", "{}").statusCode());

        List<MimeMessage> received = Arrays.stream(MAIL.getReceivedMessages())
                .filter(message -> GreenMailUtil.getAddressList(recipients(message)).contains(address)).toList();
        assertEquals(1, received.size(), "mailed once, however often the mailing runs");
        assertTrue(received.get(0).getSubject().contains("loopt af op"), received.get(0).getSubject());
        assertTrue(GreenMailUtil.getBody(received.get(0)).contains("Mandaatbuurt"));
    }

    private static Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theMandateLetterPrintsAsAPdfForTheGrantingBodyInTheChosenLanguage() throws IOException {
        String letter = PATH + "/" + id(activated(created(staff(), mandate(null)))) + "/letter.pdf";

        HttpResponse<byte[]> dutch = Api.as(base, "partner").getBytes(letter + "?lang=nl", "application/pdf");
        assertEquals(200, dutch.statusCode());
        assertEquals("application/pdf", dutch.headers().firstValue("Content-Type").orElseThrow());
        String text = Pdfs.text(dutch.body());
        assertTrue(text.contains("Mandaatbrief") && text.contains("Nele Buurtwerker") && text.contains("LDC De Rabotter"), text);
        assertTrue(text.contains("Vrijheidsgraden") && text.contains("Beslist na overleg") && text.contains("RvB 2026/12"), text);
        assertTrue(text.contains("Ondertekening"), text);

        String french = Pdfs.text(staff().getBytes(letter + "?lang=fr", "application/pdf").body());
        assertTrue(french.contains("Lettre de mandat") && french.contains("Degrés de liberté"), french);
        assertEquals(403, Api.as(base, "comite").getBytes(letter, "application/pdf").statusCode(), "another organisation's partner");
        assertEquals(403, Api.as(base, "regio").getBytes(letter, "application/pdf").statusCode());
    }
}
