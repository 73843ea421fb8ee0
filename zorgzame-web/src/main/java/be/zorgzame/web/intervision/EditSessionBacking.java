package be.zorgzame.web.intervision;

import be.zorgzame.intervision.boundary.GroupService;
import be.zorgzame.intervision.boundary.GroupView;
import be.zorgzame.intervision.boundary.MemberView;
import be.zorgzame.intervision.boundary.MethodCatalogue;
import be.zorgzame.intervision.boundary.MethodView;
import be.zorgzame.intervision.boundary.Participant;
import be.zorgzame.intervision.boundary.SessionService;
import be.zorgzame.intervision.boundary.SessionView;
import be.zorgzame.intervision.entity.SessionKind;
import be.zorgzame.intervision.entity.SessionStatus;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * intervision/edit-session.xhtml: the facilitator plans a session of their group ({@code group}) or changes
 * one ({@code id}): time, place, theme, a method of the catalogue and the case bringer, whom the rotation
 * can suggest. The version read guards against overwriting a change made meanwhile.
 */
@Named
@ViewScoped
public class EditSessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "session";

    @Inject
    GroupService groups;

    @Inject
    SessionService sessions;

    @Inject
    MethodCatalogue catalogue;

    @Inject
    IntervisionSteps steps;

    private Long id;
    private Long groupId;
    private Integer version;
    private GroupView group;
    private SessionForm form;
    private List<MethodView> methods;

    public void load() throws IOException {
        if (form == null) {
            steps.show(() -> {
                SessionView session = id == null ? null : sessions.get(id, IntervisionTexts.language());
                groupId = session == null ? IntervisionSteps.requireId(groupId) : session.groupId();
                group = groups.get(groupId);
                IntervisionSteps.requireFacilitator(group);
                if (session != null && session.status() == SessionStatus.CANCELLED) {
                    throw new ForbiddenException("Session " + id + " is cancelled and can no longer be changed");
                }
                methods = catalogue.methods(IntervisionTexts.language());
                version = session == null ? null : session.version();
                form = session == null ? SessionForm.forGroup(group.maxMembers()) : SessionForm.of(session);
            });
        }
    }

    /** Fills in the member whose turn it is to bring a case. */
    public void suggest() {
        Optional<Long> member = sessions.suggestCaseBringer(groupId).map(Participant::username)
                .flatMap(username -> group.members().stream().filter(m -> m.username().equals(username)).findFirst())
                .map(MemberView::id);
        member.ifPresent(form::setCaseBringerId);
        PageOutcomes.confirm(member.isPresent() ? "intervision.session.suggested" : "intervision.session.noSuggestion");
    }

    public void save() throws IOException {
        steps.take(FORM, () -> IntervisionSteps.sessionPath((id == null
                ? sessions.plan(groupId, form.toInput(null), IntervisionTexts.language())
                : sessions.update(id, form.toInput(version), IntervisionTexts.language())).id()),
                "intervision.session.saved");
    }

    /** Members who accepted the agreement and are still in the group: only they can bring a case. */
    public List<SelectItem> getCaseBringers() {
        return group.members().stream()
                .filter(m -> m.acceptedAt() != null && m.leftOn() == null)
                .map(m -> new SelectItem(m.id(), m.displayName()))
                .toList();
    }

    public List<SessionKind> getKinds() {
        return List.of(SessionKind.values());
    }

    public List<MethodView> getMethods() {
        return methods;
    }

    public boolean isNew() {
        return id == null;
    }

    public GroupView getGroup() {
        return group;
    }

    public SessionForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }
}
