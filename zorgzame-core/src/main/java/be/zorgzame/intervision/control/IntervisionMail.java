package be.zorgzame.intervision.control;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The subject and text of a mail about a session, in the installation's mail language. Written from a
 * {@link SessionOutline}, so it tells when and where, never a case or a note.
 */
public record IntervisionMail(String subject, String body) {

    /** Why a member is mailed about a session. */
    public enum Kind {
        /** Days ahead, to the confided members: start preparing. */
        PREPARATION,
        /** Days ahead, to the case bringer: circulate the case. */
        CASE_BRINGER,
        /** Days ahead, to the other confided members: a case is coming. */
        CASE_COMING,
        /** The day before, to the registered members. */
        EVE,
        /** To the registered members, after each change. */
        CHANGED,
        /** To the registered members, when the session is called off. */
        CANCELLED
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public static IntervisionMail of(Kind kind, String memberName, SessionOutline session, Locale locale) {
        ResourceBundle texts = IntervisionTexts.of(locale);
        String where = Stream.of(session.place(), session.onlineLink()).filter(s -> s != null)
                .collect(Collectors.joining(" \u2013 "));
        Object[] arguments = {memberName, session.groupName(), IntervisionTexts.kind(texts, session.kind()),
                DATE.format(session.startsAt()), TIME.format(session.startsAt()), TIME.format(session.endsAt()), where};
        return new IntervisionMail(format(texts, "subject." + kind, locale, arguments),
                format(texts, "body." + kind, locale, arguments));
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object[] arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
