package be.zorgzame.privacy.boundary;

import be.zorgzame.privacy.entity.AccessKind;
import be.zorgzame.privacy.entity.PersonAccess;
import java.time.LocalDateTime;

/** One read of a person's data as the log shows it: whose, by whom, when (UTC), what. */
public record PersonAccessView(long personId, String accessedBy, LocalDateTime accessedAt, AccessKind kind) {

    static PersonAccessView of(PersonAccess access) {
        return new PersonAccessView(access.getPersonId(), access.getAccessedBy(), access.getAccessedAt(), access.getKind());
    }
}
