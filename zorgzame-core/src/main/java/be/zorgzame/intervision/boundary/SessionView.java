package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.SessionKind;
import be.zorgzame.intervision.entity.SessionStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A session in full, for the group's facilitator and members who accepted its agreement: the method with
 * its phases, the case bringer, the registrations and the average evaluation. {@code myRegistration} is
 * the caller's own, when they have one; {@code facilitating} says whether the caller leads the group.
 */
public record SessionView(long id, long groupId, String groupName, String facilitator, SessionKind kind,
                          LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineLink, String theme,
                          MethodView method, Long caseBringerId, String caseBringerName, int capacity,
                          SessionStatus status, List<RegistrationView> registrations, long activeRegistrations,
                          RegistrationView myRegistration, BigDecimal averageScore, boolean facilitating,
                          int sequence, int version) implements Serializable {
}
