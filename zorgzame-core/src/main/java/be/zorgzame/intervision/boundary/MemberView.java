package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.GroupMember;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A member as the group sees them. The e-mail address is for the facilitator and the member themself;
 * others get it empty.
 */
public record MemberView(long id, String username, String displayName, String email, Long neighbourhoodId,
                         String neighbourhoodName, String municipality, LocalDate joinedOn, LocalDateTime acceptedAt,
                         LocalDate leftOn, int version) implements Serializable {

    static MemberView of(GroupMember member, boolean withEmail) {
        Neighbourhood neighbourhood = member.getNeighbourhood().orElse(null);
        return new MemberView(member.getId(), member.getUsername(), member.getDisplayName(),
                withEmail ? member.getEmail() : null,
                neighbourhood == null ? null : neighbourhood.getId(),
                neighbourhood == null ? null : neighbourhood.getName(),
                neighbourhood == null ? null : neighbourhood.getMunicipality().getNameNl(),
                member.getJoinedOn(), member.getAcceptedAt().orElse(null), member.getLeftOn().orElse(null),
                member.getVersion());
    }
}
