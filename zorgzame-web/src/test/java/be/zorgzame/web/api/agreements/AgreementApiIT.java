package be.zorgzame.web.api.agreements;

import static be.zorgzame.web.api.Fixtures.id;
import static be.zorgzame.web.api.Fixtures.neighbourhoodOfGent;
import static be.zorgzame.web.api.Fixtures.ownOrganisation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import be.zorgzame.web.api.Fixtures;
import be.zorgzame.web.api.Mailboxes;
import be.zorgzame.web.api.Pdfs;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Agreements between two parties of a neighbourhood (LDC De Rabotter, signed by demo user
 * {@code partner}, and the neighbourhood committee, signed by {@code comite}), through their life.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementApiIT {

    private static final String PATH = "api/agreements";

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

    private Api staff() {
        return Api.as(base, "gemeente");
    }

    /** A fresh neighbourhood of Gent in which both parties take part. */
    @BeforeEach
    void neighbourhoodWithTwoPartners() {
        ldc = ownOrganisation(Api.as(base, "partner"));
        committee = ownOrganisation(Api.as(base, "comite"));
        neighbourhood = neighbourhoodOfGent(staff(), "Afsprakenbuurt", Map.of(ldc, "REGIE_ACTOR", committee, "CORE_PARTNER"));
    }

    private String agreement(String title, Integer version) {
        return "{\"neighbourhoodId\":" + neighbourhood + ",\"title\":\"" + title + "\",\"purpose\":\"Wie doet wat\","
                + "\"validFrom\":\"2026-01-01\",\"reviewDate\":\"2027-01-01\","
                + "\"decisionAreas\":[\"Budget\",\"Activiteiten\"],"
                + "\"parties\":[{\"organisationId\":" + ldc + ",\"roles\":[\"REGIE\"],\"tasks\":\"Coördinatie\","
                + "\"decisionRights\":{\"Budget\":\"AFTER_CONSULTATION\"},\"hoursPerWeek\":8},"
                + "{\"organisationId\":" + committee + ",\"roles\":[\"EXECUTING\"],"
                + "\"decisionRights\":{\"Activiteiten\":\"DECIDES_ALONE\"},\"space\":\"Buurtlokaal\"}],"
                + "\"bodies\":[{\"name\":\"Kernteam\",\"kind\":\"CORE_TEAM\",\"cadence\":\"maandelijks\","
                + "\"memberOrganisationIds\":[" + ldc + "," + committee + "]}]"
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private JsonObject draft(String title) {
        HttpResponse<String> created = staff().post(PATH, agreement(title, null));
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created);
    }

    private static String step(JsonObject version) {
        return "{\"version\":" + version.getInt("version") + "}";
    }

    private JsonObject submitted(JsonObject draft) {
        HttpResponse<String> submitted = staff().post(versionPath(draft) + "/submit", step(draft));
        assertEquals(200, submitted.statusCode(), submitted.body());
        return Api.object(submitted);
    }

    private static String versionPath(JsonObject version) {
        return PATH + "/" + version.getJsonNumber("agreementId").longValue() + "/versions/" + version.getInt("number");
    }

    private HttpResponse<String> answer(String user, JsonObject version, String decision, String reason) {
        return Api.as(base, user).post(versionPath(version) + "/sign-offs", "{\"decision\":\"" + decision + "\","
                + (reason == null ? "" : "\"reason\":\"" + reason + "\",") + "\"version\":" + version.getInt("version") + "}");
    }

    private JsonObject activated(JsonObject draft) {
        return acceptedByBoth(submitted(draft));
    }

    private JsonObject acceptedByBoth(JsonObject submitted) {
        assertEquals(200, answer("partner", submitted, "ACCEPTED", null).statusCode());
        HttpResponse<String> last = answer("comite", submitted, "ACCEPTED", null);
        assertEquals(200, last.statusCode(), last.body());
        return Api.object(last);
    }

    @Test
    void aDraftSignedByBothPartiesBecomesActiveWithWhoSignedAndWhen() {
        JsonObject draft = draft("Samenwerking " + UUID.randomUUID());
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(1, draft.getInt("number"));

        JsonObject submitted = submitted(draft);
        assertEquals("SUBMITTED", submitted.getString("status"));
        JsonObject halfway = Api.object(answer("partner", submitted, "ACCEPTED", null));
        assertEquals("SUBMITTED", halfway.getString("status"), "one party is not all parties");
        JsonObject active = Api.object(answer("comite", submitted, "ACCEPTED", null));

        assertEquals("ACTIVE", active.getString("status"));
        List<String> signers = active.getJsonArray("signOffs").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("signedBy") + ":" + s.getString("decision")).sorted().toList();
        assertEquals(List.of("comite:ACCEPTED", "partner:ACCEPTED"), signers);
        assertTrue(active.getJsonArray("signOffs").getJsonObject(0).containsKey("signedAt"));
    }

    @Test
    void forbiddenTransitionsAreRefusedAndChangeNothing() {
        JsonObject draft = draft("Overgangen " + UUID.randomUUID());
        long id = draft.getJsonNumber("agreementId").longValue();

        HttpResponse<String> signDraft = answer("partner", draft, "ACCEPTED", null);
        assertEquals(409, signDraft.statusCode());
        assertEquals("urn:zorgzame:problem:wrong-state", Api.object(signDraft).getString("type"));
        assertEquals(409, staff().post(PATH + "/" + id + "/amendments", step(draft)).statusCode(), "nothing active to amend");
        assertEquals(409, staff().post(PATH + "/" + id + "/termination", "{\"version\":" + draft.getInt("version")
                + ",\"reason\":\"stop\"}").statusCode(), "nothing active to terminate");

        JsonObject submitted = submitted(draft);
        assertEquals(409, staff().put(versionPath(submitted), agreement("Gewijzigd", submitted.getInt("version"))).statusCode(),
                "a submitted version cannot be edited");
        assertEquals(409, staff().post(versionPath(submitted) + "/submit", step(submitted)).statusCode());

        JsonObject active = acceptedByBoth(submitted);
        assertEquals(409, staff().put(versionPath(active), agreement("Gewijzigd", active.getInt("version"))).statusCode(),
                "an active version is immutable");
        assertEquals("ACTIVE", Api.object(staff().get(PATH + "/" + id)).getString("status"));
    }

    @Test
    void aVersionWithOnePartyCannotBeSubmitted() {
        String single = agreement("Alleen " + UUID.randomUUID(), null)
                .replaceFirst(",\\{\"organisationId\":" + committee + ".*?\"Buurtlokaal\"}", "")
                .replace("\"memberOrganisationIds\":[" + ldc + "," + committee + "]", "\"memberOrganisationIds\":[]");
        JsonObject draft = Api.object(staff().post(PATH, single));
        assertEquals(1, draft.getJsonArray("parties").size());

        HttpResponse<String> refused = staff().post(versionPath(draft) + "/submit", step(draft));

        assertEquals(400, refused.statusCode());
        assertEquals("parties", Api.object(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void declineNeedsAReasonAndSendsTheVersionBackToDraft() {
        JsonObject submitted = submitted(draft("Afwijzing " + UUID.randomUUID()));

        HttpResponse<String> withoutReason = answer("comite", submitted, "DECLINED", null);
        assertEquals(400, withoutReason.statusCode());
        assertEquals("reason", Api.object(withoutReason).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(200, answer("partner", submitted, "ACCEPTED", null).statusCode());
        HttpResponse<String> declined = answer("comite", submitted, "DECLINED", "Te weinig uren voorzien");

        assertEquals(200, declined.statusCode(), declined.body());
        JsonObject back = Api.object(declined);
        assertEquals("DRAFT", back.getString("status"));
        assertEquals(0, back.getJsonArray("signOffs").size(), "a new round starts when it is submitted again");
        assertEquals(409, answer("partner", submitted, "ACCEPTED", null).statusCode(),
                "a sign-off on a version that changed meanwhile is refused");
    }

    @Test
    void eachPartySignsOnlyForItselfAndOthersCannotSign() {
        JsonObject submitted = submitted(draft("Handtekening " + UUID.randomUUID()));

        assertEquals(200, answer("partner", submitted, "ACCEPTED", null).statusCode());
        HttpResponse<String> twice = answer("partner", submitted, "ACCEPTED", null);
        assertEquals(400, twice.statusCode(), "the same organisation cannot answer twice");
        assertEquals(403, answer("regio", submitted, "ACCEPTED", null).statusCode(), "not a party: may not even see it");
        HttpResponse<String> staffSigns = answer("gemeente", submitted, "ACCEPTED", null);
        assertEquals(403, staffSigns.statusCode(), "municipal staff without an organisation sign for nobody");

        assertEquals("SUBMITTED", Api.object(staff().get(versionPath(submitted))).getString("status"));
    }

    @Test
    void twoPeopleEditingTheSameDraftCannotOverwriteEachOther() {
        JsonObject draft = draft("Gelijktijdig " + UUID.randomUUID());
        int read = draft.getInt("version");

        HttpResponse<String> first = staff().put(versionPath(draft), agreement("Eerste wijziging", read));
        HttpResponse<String> second = Api.as(base, "admin").put(versionPath(draft), agreement("Tweede wijziging", read));

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(409, second.statusCode());
        assertEquals("Eerste wijziging", Api.object(staff().get(versionPath(draft))).getString("title"));
    }

    @Test
    void anAmendmentIsANewDraftWhileTheActiveVersionStaysInForceUntilAccepted() {
        JsonObject active = activated(draft("Wijziging " + UUID.randomUUID()));
        long id = active.getJsonNumber("agreementId").longValue();

        HttpResponse<String> amended = staff().post(PATH + "/" + id + "/amendments", step(active));
        assertEquals(201, amended.statusCode(), amended.body());
        JsonObject amendment = Api.object(amended);
        assertEquals(2, amendment.getInt("number"));
        assertEquals("DRAFT", amendment.getString("status"));
        assertEquals(active.getJsonArray("parties"), amendment.getJsonArray("parties"), "the amendment starts as a copy");
        assertEquals(409, staff().post(PATH + "/" + id + "/amendments", step(active)).statusCode(), "one amendment at a time");
        assertEquals("ACTIVE", Api.object(staff().get(PATH + "/" + id + "/versions/1")).getString("status"));

        HttpResponse<String> edited = staff().put(versionPath(amendment),
                agreement("Wijziging met meer uren", amendment.getInt("version")).replace("\"hoursPerWeek\":8", "\"hoursPerWeek\":12"));
        assertEquals(200, edited.statusCode(), edited.body());
        JsonObject accepted = activated(Api.object(edited));

        assertEquals("ACTIVE", accepted.getString("status"));
        assertEquals("SUPERSEDED", Api.object(staff().get(PATH + "/" + id + "/versions/1")).getString("status"));
        assertEquals(2, Api.array(staff().get(PATH + "/" + id + "/versions")).size());
    }

    @Test
    void terminationNeedsAReasonAndEndsTheActiveVersion() {
        JsonObject active = activated(draft("Beëindiging " + UUID.randomUUID()));
        String path = PATH + "/" + active.getJsonNumber("agreementId").longValue() + "/termination";

        assertEquals(400, staff().post(path, step(active)).statusCode());
        HttpResponse<String> terminated = staff().post(path, "{\"version\":" + active.getInt("version")
                + ",\"reason\":\"Subsidie stopgezet\"}");

        assertEquals(200, terminated.statusCode(), terminated.body());
        assertEquals("TERMINATED", Api.object(terminated).getString("status"));
        assertEquals("Subsidie stopgezet", Api.object(terminated).getString("endReason"));
    }

    @Test
    void partnersSeeOnlyAgreementsTheirOrganisationIsPartyToAndRegionalSupportNone() {
        JsonObject withBoth = draft("Zichtbaar " + UUID.randomUUID());
        String withoutLdc = agreement("Onzichtbaar " + UUID.randomUUID(), null)
                .replace("{\"organisationId\":" + ldc + ",\"roles\":[\"REGIE\"],\"tasks\":\"Coördinatie\","
                        + "\"decisionRights\":{\"Budget\":\"AFTER_CONSULTATION\"},\"hoursPerWeek\":8},", "")
                .replace("[" + ldc + "," + committee + "]", "[" + committee + "]");
        JsonObject hidden = Api.object(staff().post(PATH, withoutLdc));
        long hiddenId = hidden.getJsonNumber("agreementId").longValue();

        List<Long> seenByPartner = Api.array(Api.as(base, "partner").get(PATH + "?neighbourhood=" + neighbourhood))
                .getValuesAs(JsonObject.class).stream().map(Fixtures::id).toList();
        assertEquals(List.of(withBoth.getJsonNumber("agreementId").longValue()), seenByPartner);
        assertEquals(403, Api.as(base, "partner").get(PATH + "/" + hiddenId).statusCode());
        assertEquals(403, Api.as(base, "partner").put(versionPath(hidden), agreement("Overgenomen", hidden.getInt("version")))
                .statusCode());
        assertEquals(0, Api.array(Api.as(base, "regio").get(PATH + "?neighbourhood=" + neighbourhood)).size());
        assertEquals(200, Api.as(base, "comite").get(PATH + "/" + hiddenId).statusCode());
        assertEquals(2, Api.array(staff().get(PATH + "?neighbourhood=" + neighbourhood)).size());
    }

    @Test
    void theRegieActorsStaffMayDraftOtherPartnersMayNot() {
        String title = "Door regie " + UUID.randomUUID();
        HttpResponse<String> byRegie = Api.as(base, "partner").post(PATH, agreement(title, null));
        assertEquals(201, byRegie.statusCode(), byRegie.body());

        assertEquals(403, Api.as(base, "comite").post(PATH, agreement("Door partner", null)).statusCode());
        assertEquals(403, Api.as(base, "regio").post(PATH, agreement("Door regio", null)).statusCode());
    }

    @Test
    void checksAreShownAsWarnings() {
        String gaps = agreement("Met gaten " + UUID.randomUUID(), null)
                .replace("\"reviewDate\":\"2027-01-01\",", "")
                .replace("\"roles\":[\"REGIE\"]", "\"roles\":[\"SUPPORTING\"]")
                .replace("\"Budget\",\"Activiteiten\"", "\"Budget\",\"Activiteiten\",\"Communicatie\"")
                .replace("\"decisionRights\":{\"Budget\":\"AFTER_CONSULTATION\"},", "");

        JsonObject draft = Api.object(staff().post(PATH, gaps));

        List<String> warnings = draft.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .map(w -> w.getString("code") + (w.containsKey("subject") ? ":" + w.getString("subject") : "")).toList();
        assertTrue(warnings.contains("NO_REGIE_PARTY"), warnings.toString());
        assertTrue(warnings.contains("NO_REVIEW_DATE"), warnings.toString());
        assertTrue(warnings.contains("AREA_WITHOUT_OWNER:Communicatie"), warnings.toString());
        assertTrue(warnings.contains("AREA_WITHOUT_OWNER:Budget"), warnings.toString());
        assertTrue(warnings.contains("TASKS_WITHOUT_DECISION_RIGHTS:LDC De Rabotter"), warnings.toString());
        assertTrue(warnings.contains("TASKS_WITHOUT_CONTACT:LDC De Rabotter"), warnings.toString());
        assertFalse(warnings.stream().anyMatch(w -> w.startsWith("PARTY_NOT_INVOLVED")), warnings.toString());
    }

    @Test
    void invalidDraftsNameTheOffendingFieldAndStoreNothing() {
        int before = Api.array(staff().get(PATH + "?neighbourhood=" + neighbourhood)).size();
        String unknownArea = agreement("Fout", null).replace("{\"Budget\":\"AFTER_CONSULTATION\"}", "{\"Huisvesting\":\"DECIDES_ALONE\"}");
        String memberNotParty = agreement("Fout", null).replace("[" + ldc + "," + committee + "]", "[" + ldc + ",-5]");
        String noTitle = agreement("", null);

        assertEquals("parties[0].decisionRights", field(staff().post(PATH, unknownArea)));
        assertEquals("bodies[0].memberOrganisationIds", field(staff().post(PATH, memberNotParty)));
        assertEquals("title", field(staff().post(PATH, noTitle)));
        assertEquals(before, Api.array(staff().get(PATH + "?neighbourhood=" + neighbourhood)).size());
    }

    @Test
    void theTemplateProposesTheToolboxStructureWithTheNeighbourhoodsPartners() {
        JsonObject template = Api.object(staff().get(PATH + "/template?neighbourhood=" + neighbourhood));

        assertTrue(template.getString("title").startsWith("Organisatiestructuur"));
        assertEquals(6, template.getJsonArray("decisionAreas").size());
        assertEquals(List.of("Stuurgroep", "Kernteam", "Buurtoverleg"), template.getJsonArray("bodies")
                .getValuesAs(JsonObject.class).stream().map(b -> b.getString("name")).toList());
        assertEquals(2, template.getJsonArray("parties").size());
        HttpResponse<String> created = staff().post(PATH, template.toString());
        assertEquals(201, created.statusCode(), created.body());
    }

    @Test
    void everyChangeAndSignOffIsInTheAuditTrail() {
        String title = "Audit " + UUID.randomUUID();
        activated(draft(title));

        List<JsonObject> entries = Api.array(Api.as(base, "admin").get("api/audit?first=0&size=30")).getValuesAs(JsonObject.class);
        JsonObject created = entries.stream().filter(e -> e.getString("entityType").equals("AgreementVersion")
                && e.getString("action").equals("CREATED") && e.getString("changes").contains(title)).findFirst().orElseThrow();
        String versionId = created.getString("entityId");
        String statusChanges = entries.stream().filter(e -> e.getString("entityType").equals("AgreementVersion")
                && e.getString("entityId").equals(versionId) && e.getString("action").equals("UPDATED"))
                .map(e -> e.getString("changes")).reduce("", String::concat);
        assertTrue(statusChanges.contains("\"to\":\"SUBMITTED\"") && statusChanges.contains("\"to\":\"ACTIVE\""), statusChanges);
        String signOff = "\"agreementVersion\":{\"from\":null,\"to\":\"" + versionId + "\"}";
        assertEquals(2, entries.stream().filter(e -> e.getString("entityType").equals("SignOff")
                && e.getString("changes").contains(signOff)).count());
    }

    @Test
    void aVersionPrintsAsAPdfWhoseTextCanBeReadInTheChosenLanguage() throws Exception {
        String title = "Afdruk " + UUID.randomUUID();
        JsonObject active = activated(draft(title));

        HttpResponse<byte[]> dutch = Api.as(base, "comite").getBytes(versionPath(active) + "/pdf?lang=nl", "application/pdf");
        assertEquals(200, dutch.statusCode());
        assertEquals("application/pdf", dutch.headers().firstValue("Content-Type").orElseThrow());
        String text = Pdfs.text(dutch.body());
        assertTrue(text.contains(title), text);
        assertTrue(text.contains("Beslissingsrechten") && text.contains("Beslist na overleg"), text);
        assertTrue(text.contains("Buurtcomité Rabot-Blaisantvest") && text.contains("Aanvaard"), text);

        String french = Pdfs.text(staff().getBytes(versionPath(active) + "/pdf?lang=fr", "application/pdf").body());
        assertTrue(french.contains("Droits de décision") && french.contains("Décide après concertation"), french);
        assertEquals(403, Api.as(base, "regio").getBytes(versionPath(active) + "/pdf", "application/pdf").statusCode());
    }

    @Test
    void theDifferenceBetweenTwoVersionsNamesWhatChangedPerParty() {
        JsonObject active = activated(draft("Verschil " + UUID.randomUUID()));
        long id = active.getJsonNumber("agreementId").longValue();
        JsonObject amendment = Api.object(staff().post(PATH + "/" + id + "/amendments", step(active)));
        staff().put(versionPath(amendment), agreement("Verschil", amendment.getInt("version"))
                .replace("\"hoursPerWeek\":8", "\"hoursPerWeek\":12")
                .replace("\"Budget\":\"AFTER_CONSULTATION\"", "\"Budget\":\"DECIDES_ALONE\""));

        List<JsonObject> differences = Api.array(staff().get(PATH + "/" + id + "/differences?from=1&to=2"))
                .getValuesAs(JsonObject.class);

        List<String> seen = differences.stream().map(d -> d.getString("aspect") + ":" + d.getString("party", "")
                + ":" + d.getString("detail", "")).toList();
        assertEquals(List.of("TITLE::", "DECISION_RIGHT:LDC De Rabotter:Budget", "HOURS_PER_WEEK:LDC De Rabotter:"), seen);
        JsonObject right = differences.get(1);
        assertEquals("AFTER_CONSULTATION", right.getString("before"));
        assertEquals("DECIDES_ALONE", right.getString("after"));
        assertEquals("to", field(staff().get(PATH + "/" + id + "/differences?from=1")));
    }

    @Test
    void theHistoryShowsEveryStepAndSignOffToTheParties() {
        JsonObject active = activated(draft("Geschiedenis " + UUID.randomUUID()));
        long id = active.getJsonNumber("agreementId").longValue();

        List<JsonObject> history = Api.array(Api.as(base, "comite").get(PATH + "/" + id + "/history"))
                .getValuesAs(JsonObject.class);

        assertEquals(List.of("AgreementVersion:CREATED", "AgreementVersion:UPDATED", "SignOff:CREATED", "SignOff:CREATED",
                "AgreementVersion:UPDATED"), history.stream().map(e -> e.getString("entityType") + ":" + e.getString("action")).toList());
        assertEquals(403, Api.as(base, "regio").get(PATH + "/" + id + "/history").statusCode());
    }

    @Test
    void remindersShowToThePartiesAndAreMailedOnceToTheirContactPersons() throws Exception {
        String address = "contact-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> person = Api.as(base, "comite").post("api/organisations/" + committee + "/persons",
                "{\"name\":\"Chris Contact\",\"email\":\"" + address + "\",\"source\":\"Buurtcomité\","
                        + "\"legalBasis\":\"PUBLIC_TASK\"}");
        assertEquals(201, person.statusCode(), person.body());
        String title = "Herinnering " + UUID.randomUUID();
        String reviewSoon = agreement(title, null)
                .replace("\"reviewDate\":\"2027-01-01\"", "\"reviewDate\":\"" + LocalDate.now().plusDays(10) + "\"")
                .replace("{\"organisationId\":" + committee + ",", "{\"organisationId\":" + committee
                        + ",\"contactPersonId\":" + id(Api.object(person)) + ",");
        HttpResponse<String> created = staff().post(PATH, reviewSoon);
        assertEquals(201, created.statusCode(), created.body());
        long agreementId = activated(Api.object(created)).getJsonNumber("agreementId").longValue();

        assertTrue(reminderKinds("comite", agreementId).contains("REVIEW_DUE"));
        assertEquals(List.of(), reminderKinds("regio", agreementId), "regional support is no party");

        assertEquals(403, staff().post(PATH + "/reminders/mail", "{}").statusCode());
        HttpResponse<String> mailed = Api.as(base, "admin").post(PATH + "/reminders/mail", "{}");
        assertEquals(200, mailed.statusCode(), mailed.body());
        Api.as(base, "admin").post(PATH + "/reminders/mail", "{}");

        List<MimeMessage> received = Arrays.stream(MAIL.getReceivedMessages())
                .filter(message -> recipients(message).contains(address)).toList();
        assertEquals(1, received.size(), "mailed once, however often the mailing runs");
        assertTrue(received.get(0).getSubject().contains(title), received.get(0).getSubject());
        assertTrue(GreenMailUtil.getBody(received.get(0)).contains("Afsprakenbuurt"));
    }

    private List<String> reminderKinds(String user, long agreementId) {
        HttpResponse<String> reminders = Api.as(base, user).get(PATH + "/reminders");
        assertEquals(200, reminders.statusCode(), reminders.body());
        return Api.array(reminders).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("agreementId").longValue() == agreementId)
                .map(r -> r.getString("kind")).toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void mergingAPartyIntoAnotherEntryPassesItsPlaceOnUnlessBothAreParties() {
        long duplicate = organisationNamed("Dubbel " + UUID.randomUUID());
        long survivor = organisationNamed("Overblijver " + UUID.randomUUID());
        JsonObject draft = Api.object(staff().post(PATH, agreement("Samenvoegen " + UUID.randomUUID(), null)
                .replace("\"organisationId\":" + committee + ",", "\"organisationId\":" + duplicate + ",")
                .replace("[" + ldc + "," + committee + "]", "[" + ldc + "," + duplicate + "]")));

        assertEquals(200, staff().post("api/organisations/" + survivor + "/merge", merge(duplicate, survivor)).statusCode());

        JsonObject after = Api.object(staff().get(versionPath(draft)));
        assertEquals(survivor, after.getJsonArray("parties").getJsonObject(1).getJsonNumber("organisationId").longValue());
        assertTrue(after.getJsonArray("bodies").getJsonObject(0).getJsonArray("memberOrganisationIds").toString()
                .contains(String.valueOf(survivor)));

        long other = organisationNamed("Tweede " + UUID.randomUUID());
        Api.object(staff().post(PATH, agreement("Beide partij " + UUID.randomUUID(), null)
                .replace("\"organisationId\":" + ldc + ",", "\"organisationId\":" + other + ",")
                .replace("\"organisationId\":" + committee + ",", "\"organisationId\":" + survivor + ",")
                .replace("[" + ldc + "," + committee + "]", "[]")));
        assertEquals("duplicateId", field(staff().post("api/organisations/" + survivor + "/merge", merge(other, survivor))));
        assertEquals(200, staff().get("api/organisations/" + other).statusCode(), "the refused merge removed nothing");
    }

    private long organisationNamed(String name) {
        HttpResponse<String> created = staff().post("api/organisations", "{\"name\":\"" + name + "\",\"kind\":\"ASSOCIATION\"}");
        assertEquals(201, created.statusCode(), created.body());
        return id(Api.object(created));
    }

    private String merge(long duplicate, long survivor) {
        int survivorVersion = Api.object(staff().get("api/organisations/" + survivor)).getInt("version");
        int duplicateVersion = Api.object(staff().get("api/organisations/" + duplicate)).getInt("version");
        return "{\"duplicateId\":" + duplicate + ",\"version\":" + survivorVersion + ",\"duplicateVersion\":" + duplicateVersion + "}";
    }

    private static String field(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return Api.object(response).getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
