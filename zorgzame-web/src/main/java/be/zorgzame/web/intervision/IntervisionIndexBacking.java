package be.zorgzame.web.intervision;

import be.zorgzame.intervision.boundary.GroupService;
import be.zorgzame.intervision.boundary.GroupSummary;
import be.zorgzame.intervision.boundary.MyPart;
import be.zorgzame.intervision.boundary.RegistrationService;
import be.zorgzame.intervision.boundary.SessionService;
import be.zorgzame.intervision.boundary.SessionSummary;
import be.zorgzame.intervision.entity.SessionStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * intervision/index.xhtml: the user's groups with their part in each, and the upcoming sessions of those
 * groups with a register button for members who accepted the group's agreement.
 */
@Named
@ViewScoped
public class IntervisionIndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "upcoming";

    @Inject
    GroupService groups;

    @Inject
    SessionService sessions;

    @Inject
    RegistrationService registrations;

    @Inject
    IntervisionSteps steps;

    private List<GroupSummary> mine;
    private List<SessionSummary> upcoming;
    private Map<Long, MyPart> parts;

    public void load() {
        if (mine == null) {
            mine = groups.mine();
            parts = mine.stream().collect(Collectors.toMap(GroupSummary::id, GroupSummary::myPart));
            upcoming = sessions.mine(LocalDateTime.now(RegistrationService.BELGIUM));
        }
    }

    public void register(SessionSummary session) throws IOException {
        steps.take(FORM, () -> {
            registrations.register(session.id(), IntervisionTexts.language());
            return IntervisionSteps.sessionPath(session.id());
        }, "intervision.session.registeredNow", () -> IntervisionSessionBacking.refusal(sessions.get(session.id(), IntervisionTexts.language())));
    }

    /** Members register themselves; the facilitator leads the session and does not take a seat. */
    public boolean mayRegister(SessionSummary session) {
        return parts.get(session.groupId()) == MyPart.MEMBER && !session.registered()
                && session.status() == SessionStatus.PLANNED && !isFull(session);
    }

    public boolean isFull(SessionSummary session) {
        return session.registrations() >= session.capacity();
    }

    public List<GroupSummary> getMine() {
        return mine;
    }

    public List<SessionSummary> getUpcoming() {
        return upcoming;
    }
}
