package be.zorgzame.intervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.intervision.entity.SessionKind;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

class SessionCalendarTest {

    private static SessionOutline at(String uid, LocalDateTime start, boolean cancelled) {
        return new SessionOutline(uid, 2, LocalDateTime.of(2027, 1, 5, 9, 0), SessionKind.INTERVISION, "Buurtwerkers Gent",
                "Samenwerken met de school", start, start.plusMinutes(90), "Buurthuis, Rabotstraat 1",
                "https://meet.example/abc", cancelled);
    }

    private static Calendar parsed(List<SessionOutline> sessions) throws Exception {
        return new CalendarBuilder().build(new StringReader(SessionCalendar.ics(sessions, "zorgzame@gent.example", Locale.forLanguageTag("nl"))));
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid)).findFirst().orElseThrow();
    }

    private static Instant instant(VEvent event, String property) {
        DateProperty<Temporal> date = event.<DateProperty<Temporal>>getProperty(property).orElseThrow();
        assertEquals("Europe/Brussels", date.getParameter("TZID").orElseThrow().getValue());
        return Instant.from(date.getDate());
    }

    @Test
    void belgianWallClockTimesLandOnTheRightInstantAcrossBothDaylightSavingChanges() throws Exception {
        Calendar calendar = parsed(List.of(
                at("before-spring", LocalDateTime.of(2027, 3, 27, 10, 0), false),
                at("after-spring", LocalDateTime.of(2027, 3, 28, 10, 0), false),
                at("summer", LocalDateTime.of(2027, 6, 12, 10, 0), false),
                at("before-autumn", LocalDateTime.of(2027, 10, 30, 10, 0), false),
                at("after-autumn", LocalDateTime.of(2027, 10, 31, 10, 0), false)));

        assertEquals(Instant.parse("2027-03-27T09:00:00Z"), instant(event(calendar, "before-spring"), Property.DTSTART));
        assertEquals(Instant.parse("2027-03-28T08:00:00Z"), instant(event(calendar, "after-spring"), Property.DTSTART));
        assertEquals(Instant.parse("2027-03-28T09:30:00Z"), instant(event(calendar, "after-spring"), Property.DTEND));
        assertEquals(Instant.parse("2027-06-12T08:00:00Z"), instant(event(calendar, "summer"), Property.DTSTART));
        assertEquals(Instant.parse("2027-10-30T08:00:00Z"), instant(event(calendar, "before-autumn"), Property.DTSTART));
        assertEquals(Instant.parse("2027-10-31T09:00:00Z"), instant(event(calendar, "after-autumn"), Property.DTSTART));
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
    }

    @Test
    void theCalendarValidatesAndCarriesIdentitySequenceAndStatus() throws Exception {
        Calendar calendar = parsed(List.of(at("planned@zorgzame", LocalDateTime.of(2027, 3, 27, 10, 0), false),
                at("cancelled@zorgzame", LocalDateTime.of(2027, 4, 3, 10, 0), true)));

        ValidationResult validation = calendar.validate();
        assertFalse(validation.hasErrors(), validation.toString());
        assertEquals("PUBLISH", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent planned = event(calendar, "planned@zorgzame");
        assertEquals("2", planned.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("CONFIRMED", planned.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals("Intervisie \u2013 Buurtwerkers Gent: Samenwerken met de school",
                planned.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("Buurthuis, Rabotstraat 1", planned.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertEquals("https://meet.example/abc", planned.getProperty(Property.URL).orElseThrow().getValue());
        assertEquals("mailto:zorgzame@gent.example", planned.getProperty(Property.ORGANIZER).orElseThrow().getValue());
        assertEquals("20270105T090000Z", planned.getProperty(Property.DTSTAMP).orElseThrow().getValue());
        assertEquals("CANCELLED", event(calendar, "cancelled@zorgzame").getProperty(Property.STATUS).orElseThrow().getValue());
    }

    @Test
    void theFileNamesTheZoneOnceAndWritesNoUtcOrFloatingTimes() {
        String ics = SessionCalendar.ics(List.of(at("one", LocalDateTime.of(2027, 3, 28, 10, 0), false)), "zorgzame@gent.example",
                Locale.ENGLISH);

        assertTrue(ics.contains("DTSTART;TZID=Europe/Brussels:20270328T100000\r\n"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:Intervision \u2013 Buurtwerkers Gent"), ics);
    }
}
