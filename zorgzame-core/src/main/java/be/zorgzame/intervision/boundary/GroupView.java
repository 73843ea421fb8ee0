package be.zorgzame.intervision.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A group as the caller may see it. Members who have not accepted the agreement get the name, the
 * description and the agreement, and no members.
 */
public record GroupView(long id, String name, String description, String facilitator, int maxMembers,
                        String confidentialityText, Integer preparationDays, Integer caseDays, boolean eveReminder,
                        LocalDateTime createdAt, MyPart myPart, List<MemberView> members, int version) implements Serializable {
}
