package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.IntervisionSession;
import be.zorgzame.intervision.entity.SessionKind;
import be.zorgzame.intervision.entity.SessionStatus;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A session in a list: when, what and how full; {@code registered} says whether the caller is registered. */
public record SessionSummary(long id, long groupId, String groupName, SessionKind kind, LocalDateTime startsAt,
                             LocalDateTime endsAt, String place, String theme, SessionStatus status, int capacity,
                             long registrations, boolean registered) implements Serializable {

    static SessionSummary of(IntervisionSession session, long registrations, boolean registered) {
        return new SessionSummary(session.getId(), session.getGroup().getId(), session.getGroup().getName(),
                session.getKind(), session.getStartsAt(), session.getEndsAt(), session.getPlace(), session.getTheme(),
                session.getStatus(), session.getCapacity(), registrations, registered);
    }
}
