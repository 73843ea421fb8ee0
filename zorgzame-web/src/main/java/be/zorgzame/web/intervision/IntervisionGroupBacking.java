package be.zorgzame.web.intervision;

import be.zorgzame.intervision.boundary.GroupService;
import be.zorgzame.intervision.boundary.GroupView;
import be.zorgzame.intervision.boundary.MemberInput;
import be.zorgzame.intervision.boundary.MemberView;
import be.zorgzame.intervision.boundary.MyPart;
import be.zorgzame.intervision.boundary.Participant;
import be.zorgzame.intervision.boundary.SessionService;
import be.zorgzame.intervision.boundary.SessionSummary;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodFilter;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * intervision/group.xhtml: for a member who was invited, only the confidentiality agreement to accept;
 * for members and the facilitator the group, its members and its sessions; for the facilitator also
 * adding and removing members.
 */
@Named
@ViewScoped
public class IntervisionGroupBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ACCEPTANCE = "acceptance";
    static final String MEMBERS = "members";
    static final String NEW_MEMBER = "newMember";

    @Inject
    GroupService groups;

    @Inject
    SessionService sessions;

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    IntervisionSteps steps;

    private Long id;
    private GroupView shown;
    private List<SessionSummary> sessionList = List.of();
    private final Map<String, String> foundPeople = new HashMap<>();
    private final Map<Long, String> foundNeighbourhoods = new HashMap<>();
    private String username;
    private String email;
    private Long neighbourhoodId;

    public void load() throws IOException {
        if (shown == null) {
            steps.show(() -> {
                shown = groups.get(IntervisionSteps.requireId(id));
                if (shown.myPart() != MyPart.INVITED) {
                    sessionList = sessions.list(id);
                }
            });
        }
    }

    public void accept() throws IOException {
        steps.take(ACCEPTANCE, () -> IntervisionSteps.groupPath(groups.accept(id).id()), "intervision.accepted");
    }

    public void addMember() throws IOException {
        steps.take(NEW_MEMBER, () -> {
            groups.addMember(id, new MemberInput(username, email, neighbourhoodId, null));
            return IntervisionSteps.groupPath(id);
        }, "intervision.member.added");
    }

    public void removeMember(MemberView member) throws IOException {
        steps.take(MEMBERS, () -> {
            groups.removeMember(id, member.id());
            return IntervisionSteps.groupPath(id);
        }, "intervision.member.removed");
    }

    /** Accounts that can take part whose name or user name contains the text, by user name (names kept for the labels). */
    public List<String> completePerson(String text) {
        List<Participant> found = groups.candidates(text);
        found.forEach(p -> foundPeople.put(p.username(), p.displayName()));
        return found.stream().map(Participant::username).toList();
    }

    public String personLabel(String candidate) {
        return candidate == null ? "" : foundPeople.getOrDefault(candidate, candidate) + " (" + candidate + ")";
    }

    public List<Long> completeNeighbourhood(String text) {
        List<NeighbourhoodView> found = neighbourhoods.list(new NeighbourhoodFilter(null, null, text), 0, 15).items();
        found.forEach(n -> foundNeighbourhoods.put(n.id(), n.name()));
        return found.stream().map(NeighbourhoodView::id).toList();
    }

    public String neighbourhoodLabel(Long neighbourhood) {
        return neighbourhood == null ? "" : foundNeighbourhoods.getOrDefault(neighbourhood, "");
    }

    public boolean isFacilitating() {
        return shown.myPart() == MyPart.FACILITATOR;
    }

    public boolean isInvited() {
        return shown.myPart() == MyPart.INVITED;
    }

    public GroupView getShown() {
        return shown;
    }

    public List<SessionSummary> getSessions() {
        return sessionList;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public void setNeighbourhoodId(Long neighbourhoodId) {
        this.neighbourhoodId = neighbourhoodId;
    }
}
