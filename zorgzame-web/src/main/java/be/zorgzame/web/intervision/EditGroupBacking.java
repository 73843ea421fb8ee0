package be.zorgzame.web.intervision;

import be.zorgzame.intervision.boundary.GroupService;
import be.zorgzame.intervision.boundary.GroupView;
import be.zorgzame.intervision.boundary.IntervisionAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * intervision/edit-group.xhtml: a new group (regional support, who becomes its facilitator) or the
 * facilitator's group as a whole, with the version read so that a change made meanwhile is not overwritten.
 */
@Named
@ViewScoped
public class EditGroupBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "group";

    @Inject
    GroupService groups;

    @Inject
    IntervisionAccess access;

    @Inject
    IntervisionSteps steps;

    private Long id;
    private Integer version;
    private GroupForm form;

    /** A new group for regional support, or the group of the {@code id} parameter for its facilitator. */
    public void load() throws IOException {
        if (form == null) {
            steps.show(() -> {
                if (id == null) {
                    access.requireOrganiser();
                    form = new GroupForm();
                } else {
                    GroupView group = groups.get(id);
                    IntervisionSteps.requireFacilitator(group);
                    version = group.version();
                    form = GroupForm.of(group);
                }
            });
        }
    }

    public void save() throws IOException {
        steps.take(FORM, () -> IntervisionSteps.groupPath(
                (id == null ? groups.create(form.toInput(null)) : groups.update(id, form.toInput(version))).id()),
                "intervision.group.saved");
    }

    public boolean isNew() {
        return id == null;
    }

    public GroupForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
