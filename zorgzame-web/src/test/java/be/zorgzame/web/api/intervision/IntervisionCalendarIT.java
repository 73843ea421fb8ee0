package be.zorgzame.web.api.intervision;

import static be.zorgzame.web.api.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import be.zorgzame.web.api.Mailboxes;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invitations, personal feeds and reminder mail of intervision. Each test builds its own group led by the
 * regional support user {@code regio}, with the partner users {@code partner} and {@code comite} as members
 * who accepted the agreement; {@code gemeente} stays outside.
 */
@ExtendWith(ArquillianExtension.class)
class IntervisionCalendarIT {

    private static final String FIXTURE = "api/it/intervision";
    private static final LocalDate TODAY = LocalDate.now();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The SMTP server the module under test mails to (see it.mail.port in the POM). */
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailboxes.smtpServer();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar().addClass(IntervisionFixtureResource.class);
    }

    private Api as(String user) {
        return Api.as(base, user);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }

    private long group(Integer preparationDays, Integer caseDays, boolean eve) {
        return id(ok(as("regio").post(FIXTURE + "/groups", "{\"name\":\"Kalendergroep " + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"maxMembers\":10,\"confidentialityText\":\"Wat hier gezegd wordt, blijft hier.\",\"preparationDays\":"
                + preparationDays + ",\"caseDays\":" + caseDays + ",\"eveReminder\":" + eve + "}")));
    }

    /** Adds the user with an address and lets them accept the agreement; answers the member id. */
    private long member(long group, String username, String email) {
        long member = id(ok(as("regio").post(FIXTURE + "/groups/" + group + "/members",
                "{\"username\":\"" + username + "\",\"email\":\"" + email + "\"}")));
        ok(as(username).post(FIXTURE + "/groups/" + group + "/acceptance", "{}"));
        return member;
    }

    private static String session(LocalDateTime start, Long caseBringer, Integer version) {
        return "{\"kind\":\"INTERVISION\",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusMinutes(90)
                + "\",\"place\":\"Buurthuis De Rabotter\",\"onlineLink\":\"https://meet.example/kalender\","
                + "\"theme\":\"Samenwerken met de school\",\"capacity\":10"
                + (caseBringer == null ? "" : ",\"caseBringerId\":" + caseBringer)
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private JsonObject plan(long group, LocalDateTime start, Long caseBringer) {
        return ok(as("regio").post(FIXTURE + "/groups/" + group + "/sessions", session(start, caseBringer, null)));
    }

    private HttpResponse<String> invitation(String user, long session) {
        return as(user).get("api/intervision/sessions/" + session + "/calendar.ics", "text/calendar");
    }

    private static Calendar parsed(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        ValidationResult validation = calendar.validate();
        assertFalse(validation.hasErrors(), validation.toString());
        return calendar;
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid)).findFirst().orElseThrow();
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    private static Instant start(VEvent event) {
        DateProperty<Temporal> start = event.<DateProperty<Temporal>>getProperty(Property.DTSTART).orElseThrow();
        assertEquals("Europe/Brussels", start.getParameter("TZID").orElseThrow().getValue());
        return Instant.from(start.getDate());
    }

    /** Creates a feed for the user; answers its address below the API base. */
    private String feed(String user) {
        HttpResponse<String> created = as(user).post("api/intervision/feeds", "{}");
        assertEquals(201, created.statusCode(), created.body());
        String url = Api.object(created).getString("url");
        assertEquals(url, created.headers().firstValue("Location").orElseThrow());
        assertTrue(Api.object(created).getString("webcalUrl").startsWith("webcal://"));
        return URI.create(base.toString()).relativize(URI.create(url)).toString();
    }

    @Test
    void anInvitationPutsTheSessionAtTheRightInstantAcrossDaylightSavingAndLeavesTheNotesOut() throws Exception {
        long group = group(null, null, false);
        member(group, "partner", "kalender-" + UUID.randomUUID() + "@example.org");
        long beforeSpring = id(plan(group, LocalDateTime.of(2027, 3, 27, 10, 0), null));
        long afterSpring = id(plan(group, LocalDateTime.of(2027, 3, 28, 10, 0), null));
        long beforeAutumn = id(plan(group, LocalDateTime.of(2027, 10, 30, 10, 0), null));
        long afterAutumn = id(plan(group, LocalDateTime.of(2027, 10, 31, 10, 0), null));
        String note = "Vertrouwelijke casus " + UUID.randomUUID();
        ok(as("regio").post(FIXTURE + "/sessions/" + afterSpring + "/notes", "{\"kind\":\"CASE_DESCRIPTION\",\"body\":\"" + note + "\"}"));

        assertEquals(Instant.parse("2027-03-27T09:00:00Z"), start(onlyEvent(parsed(invitation("partner", beforeSpring)))));
        HttpResponse<String> withNote = invitation("partner", afterSpring);
        VEvent event = onlyEvent(parsed(withNote));
        assertEquals(Instant.parse("2027-03-28T08:00:00Z"), start(event));
        assertEquals(Instant.parse("2027-10-30T08:00:00Z"), start(onlyEvent(parsed(invitation("regio", beforeAutumn)))));
        assertEquals(Instant.parse("2027-10-31T09:00:00Z"), start(onlyEvent(parsed(invitation("partner", afterAutumn)))));
        assertFalse(withNote.body().contains(note), "no note in the invitation");
        assertTrue(property(event, Property.SUMMARY).contains("Samenwerken met de school"));
        assertEquals("Buurthuis De Rabotter", property(event, Property.LOCATION));
        assertEquals("https://meet.example/kalender", property(event, Property.URL));
        assertEquals("CONFIRMED", property(event, Property.STATUS));
        assertTrue(withNote.body().contains("BEGIN:VTIMEZONE") && withNote.body().contains("METHOD:PUBLISH"));

        assertEquals(403, invitation("comite", afterSpring).statusCode(), "not a member of this group");
        assertEquals(403, invitation("gemeente", afterSpring).statusCode());
        assertEquals(401, Api.anonymous(base).get("api/intervision/sessions/" + afterSpring + "/calendar.ics", "text/calendar").statusCode());
        assertEquals(404, invitation("partner", Long.MAX_VALUE).statusCode());
    }

    @Test
    void aChangedSessionKeepsItsUidWithAHigherSequenceAndACancelledOneIsCancelledInTheFileAndTheFeed() throws Exception {
        long group = group(null, null, false);
        member(group, "comite", "kalender-" + UUID.randomUUID() + "@example.org");
        JsonObject planned = plan(group, LocalDateTime.of(2027, 2, 4, 14, 0), null);
        long session = id(planned);
        VEvent first = onlyEvent(parsed(invitation("comite", session)));
        String uid = property(first, Property.UID);
        int sequence = Integer.parseInt(property(first, Property.SEQUENCE));

        JsonObject changed = ok(as("regio").put(FIXTURE + "/sessions/" + session,
                session(LocalDateTime.of(2027, 2, 4, 15, 0), null, planned.getInt("version"))));
        VEvent moved = onlyEvent(parsed(invitation("comite", session)));
        assertEquals(uid, property(moved, Property.UID));
        assertTrue(Integer.parseInt(property(moved, Property.SEQUENCE)) > sequence);
        assertEquals(Instant.parse("2027-02-04T14:00:00Z"), start(moved));

        ok(as("regio").post(FIXTURE + "/sessions/" + session + "/cancel?version=" + changed.getInt("version"), "{}"));
        VEvent cancelled = onlyEvent(parsed(invitation("comite", session)));
        assertEquals(uid, property(cancelled, Property.UID));
        assertEquals("CANCELLED", property(cancelled, Property.STATUS));
        assertTrue(Integer.parseInt(property(cancelled, Property.SEQUENCE)) > Integer.parseInt(property(moved, Property.SEQUENCE)));

        Calendar feed = parsed(Api.anonymous(base).get(feed("comite"), "text/calendar"));
        assertEquals("CANCELLED", property(event(feed, uid), Property.STATUS));
    }

    @Test
    void aFeedWorksWithoutLoginUntilItIsRevokedOrReplaced() throws Exception {
        long group = group(null, null, false);
        member(group, "partner", "kalender-" + UUID.randomUUID() + "@example.org");
        String uid = property(onlyEvent(parsed(invitation("partner", id(plan(group, TODAY.plusDays(40).atTime(9, 30), null))))),
                Property.UID);
        String note = "Notitie " + UUID.randomUUID();
        long past = id(plan(group, TODAY.minusMonths(2).atTime(9, 30), null));
        ok(as("regio").post(FIXTURE + "/sessions/" + past + "/notes", "{\"kind\":\"CASE_DESCRIPTION\",\"body\":\"" + note + "\"}"));
        long longAgo = id(plan(group, TODAY.minusMonths(4).atTime(9, 30), null));
        String longAgoUid = property(onlyEvent(parsed(invitation("partner", longAgo))), Property.UID);

        String first = feed("partner");
        HttpResponse<String> polled = Api.anonymous(base).get(first, "text/calendar");
        Calendar calendar = parsed(polled);
        assertEquals("CONFIRMED", property(event(calendar, uid), Property.STATUS));
        assertTrue(calendar.<VEvent>getComponents("VEVENT").stream()
                .noneMatch(e -> property(e, Property.UID).equals(longAgoUid)), "older than three months");
        assertFalse(polled.body().contains(note));
        assertTrue(ok(as("partner").get("api/intervision/feeds")).getBoolean("active"));
        assertFalse(ok(as("gemeente").get("api/intervision/feeds")).getBoolean("active"));
        String second = feed("partner");

        HttpResponse<String> replaced = Api.anonymous(base).get(first, "text/calendar");
        assertEquals(404, replaced.statusCode());
        assertTrue(replaced.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals(200, Api.anonymous(base).get(second, "text/calendar").statusCode());
        assertEquals(204, as("partner").delete("api/intervision/feeds").statusCode());
        assertEquals(404, Api.anonymous(base).get(second, "text/calendar").statusCode());
        assertFalse(ok(as("partner").get("api/intervision/feeds")).getBoolean("active"));
        assertEquals(404, as("partner").delete("api/intervision/feeds").statusCode());
        assertEquals(404, Api.anonymous(base).get("api/intervision/feed/not-a-secret.ics", "text/calendar").statusCode());
    }

    private static List<String> subjectsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(message -> recipients(message).contains(address))
                .map(IntervisionCalendarIT::subject)
                .sorted()
                .toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int mailing() {
        return ok(as("admin").post("api/intervision/reminders/mail", "{}")).getInt("mailed");
    }

    @Test
    void remindersGoOutOnTheirDayToTheRightMembersOnce() {
        long group = group(10, 5, true);
        String bringer = "bringer-" + UUID.randomUUID() + "@example.org";
        String other = "other-" + UUID.randomUUID() + "@example.org";
        String outsider = "outsider-" + UUID.randomUUID() + "@example.org";
        long partner = member(group, "partner", bringer);
        member(group, "comite", other);
        ok(as("regio").post(FIXTURE + "/groups/" + group + "/members", "{\"username\":\"gemeente\",\"email\":\"" + outsider + "\"}"));
        plan(group, TODAY.plusDays(10).atTime(10, 0), null);
        plan(group, TODAY.plusDays(5).atTime(10, 0), partner);
        long eve = id(plan(group, TODAY.plusDays(1).atTime(10, 0), null));
        ok(as("partner").post(FIXTURE + "/sessions/" + eve + "/registration", "{}"));
        plan(group, TODAY.plusDays(11).atTime(10, 0), partner);
        plan(group, TODAY.plusDays(6).atTime(10, 0), partner);

        assertEquals(403, as("regio").post("api/intervision/reminders/mail", "{}").statusCode());
        assertTrue(mailing() >= 5);
        assertEquals(0, mailing(), "nothing twice");

        String day = "op " + TODAY.plusDays(5).format(DAY);
        List<String> toBringer = subjectsTo(bringer);
        assertEquals(3, toBringer.size(), toBringer.toString());
        assertTrue(toBringer.stream().anyMatch(s -> s.contains(day) && s.contains("jij brengt de casus in")), toBringer.toString());
        assertTrue(toBringer.stream().anyMatch(s -> s.contains("tijd om voor te bereiden")), toBringer.toString());
        assertTrue(toBringer.stream().anyMatch(s -> s.startsWith("Morgen:")), toBringer.toString());
        List<String> toOther = subjectsTo(other);
        assertEquals(2, toOther.size(), toOther.toString());
        assertTrue(toOther.stream().anyMatch(s -> s.contains(day) && s.contains("er komt een casus")), toOther.toString());
        assertTrue(toOther.stream().noneMatch(s -> s.startsWith("Morgen:")), "not registered");
        assertEquals(List.of(), subjectsTo(outsider), "has not accepted the agreement");
    }

    @Test
    void registeredMembersAreMailedOnceForEachChangeAndForTheCancellation() throws Exception {
        long group = group(null, null, false);
        String registered = "registered-" + UUID.randomUUID() + "@example.org";
        String notRegistered = "absent-" + UUID.randomUUID() + "@example.org";
        member(group, "partner", registered);
        member(group, "comite", notRegistered);
        JsonObject planned = plan(group, TODAY.plusDays(20).atTime(10, 0), null);
        long session = id(planned);
        JsonObject withRegistration = ok(as("partner").post(FIXTURE + "/sessions/" + session + "/registration", "{}"));

        JsonObject changed = ok(as("regio").put(FIXTURE + "/sessions/" + session,
                session(TODAY.plusDays(21).atTime(10, 0), null, withRegistration.getInt("version"))));
        mailing();
        ok(as("regio").post(FIXTURE + "/sessions/" + session + "/cancel?version=" + changed.getInt("version"), "{}"));
        mailing();

        List<String> subjects = subjectsTo(registered);
        assertEquals(2, subjects.size(), subjects.toString());
        assertTrue(subjects.get(0).startsWith("Afgelast:") && subjects.get(1).startsWith("Gewijzigd:"), subjects.toString());
        assertTrue(subjects.get(1).contains(TODAY.plusDays(21).format(DAY)));
        assertEquals(List.of(), subjectsTo(notRegistered));
        MimeMessage change = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipients(m).contains(registered) && subject(m).startsWith("Gewijzigd:")).findFirst().orElseThrow();
        assertTrue(GreenMailUtil.getBody(change).contains("Buurthuis De Rabotter"));
    }
}
