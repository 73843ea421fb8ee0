package be.zorgzame.intervision.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes sessions as an iCalendar file (RFC 5545) that calendar programs import or subscribe to. Times are
 * Belgian wall-clock times with {@code TZID=Europe/Brussels} and the zone's definition from ical4j's bundled
 * tz data (never fetched), so every program puts a session at the same instant on both sides of a
 * daylight-saving change. UID and SEQUENCE let a program replace a changed or cancelled event. Events are
 * written from {@link SessionOutline}s, which carry no case and no note. A published event must name an
 * organiser (RFC 5546): the module's own sender address, so no member's address is given away.
 */
public final class SessionCalendar {

    public static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    public static final String MEDIA_TYPE = "text/calendar";

    private static final String ORGANISER_NAME = "Zorgzame Buurten";
    private static final String PRODUCT = "-//Zorgzame Buurten//Intervisie//NL";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private SessionCalendar() {
    }

    public static String ics(List<SessionOutline> sessions, String organiserAddress, Locale locale) {
        Organizer organiser = new Organizer(URI.create("mailto:" + organiserAddress));
        organiser.add(new Cn(ORGANISER_NAME));
        ResourceBundle texts = IntervisionTexts.of(locale);
        VTimeZone zone = ZONES.getTimeZone(BELGIUM.getId()).getVTimeZone();
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .withComponent(zone)
                .getFluentTarget();
        sessions.forEach(session -> calendar.add(event(session, organiser, texts)));
        try {
            StringWriter out = new StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid calendar", e);
        }
    }

    private static VEvent event(SessionOutline event, Organizer organiser, ResourceBundle texts) {
        VEvent vEvent = new VEvent(false);
        vEvent.add(new Uid(event.uid()));
        vEvent.add(new Sequence(event.sequence()));
        vEvent.add(new DtStamp(event.changedAt().toInstant(ZoneOffset.UTC)));
        vEvent.add(new DtStart<>(event.startsAt().atZone(BELGIUM)));
        vEvent.add(new DtEnd<>(event.endsAt().atZone(BELGIUM)));
        vEvent.add(organiser);
        vEvent.add(new Summary(summary(event, texts)));
        if (event.place() != null) {
            vEvent.add(new Location(event.place()));
        }
        if (event.onlineLink() != null) {
            vEvent.add(new Url(uri(event.onlineLink())));
        }
        vEvent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return vEvent;
    }

    private static String summary(SessionOutline event, ResourceBundle texts) {
        return IntervisionTexts.kind(texts, event.kind()) + " \u2013 " + event.groupName()
                + (event.theme() == null ? "" : ": " + event.theme());
    }

    private static URI uri(String link) {
        try {
            return new URI(link);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a link: " + link, e);
        }
    }
}
