package be.zorgzame.intervision.control;

import be.zorgzame.intervision.entity.IntervisionSession;
import be.zorgzame.intervision.entity.SessionKind;
import java.time.LocalDateTime;

/**
 * What of a session may leave the group, in a calendar or a mail: when, where, what kind and theme. It has
 * no field for a case or a note, so neither can slip out. Times are Belgian wall-clock times; {@code changedAt}
 * is UTC.
 */
public record SessionOutline(String uid, int sequence, LocalDateTime changedAt, SessionKind kind, String groupName,
                             String theme, LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineLink,
                             boolean cancelled) {

    public static SessionOutline of(IntervisionSession session) {
        return new SessionOutline(session.getUid(), session.getSequenceNumber(), session.getChangedAt(), session.getKind(),
                session.getGroup().getName(), session.getTheme(), session.getStartsAt(), session.getEndsAt(),
                session.getPlace(), session.getOnlineLink(), session.isCancelled());
    }
}
