package be.zorgzame.web.intervision;

import be.zorgzame.intervision.boundary.GroupInput;
import be.zorgzame.intervision.boundary.GroupView;
import java.io.Serializable;

/** The group form's values, as the inputs change them; ids of the inputs are the fields of {@link GroupInput}. */
public class GroupForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String description;
    private int maxMembers = 12;
    private String confidentialityText;
    private Integer preparationDays;
    private Integer caseDays;
    private boolean eveReminder = true;

    static GroupForm of(GroupView group) {
        GroupForm form = new GroupForm();
        form.name = group.name();
        form.description = group.description();
        form.maxMembers = group.maxMembers();
        form.confidentialityText = group.confidentialityText();
        form.preparationDays = group.preparationDays();
        form.caseDays = group.caseDays();
        form.eveReminder = group.eveReminder();
        return form;
    }

    /** The facilitator stays who it is: the creator for a new group, unchanged for an existing one. */
    GroupInput toInput(Integer version) {
        return new GroupInput(name, description, null, maxMembers, confidentialityText, preparationDays, caseDays,
                eveReminder, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getMaxMembers() {
        return maxMembers;
    }

    public void setMaxMembers(int maxMembers) {
        this.maxMembers = maxMembers;
    }

    public String getConfidentialityText() {
        return confidentialityText;
    }

    public void setConfidentialityText(String confidentialityText) {
        this.confidentialityText = confidentialityText;
    }

    public Integer getPreparationDays() {
        return preparationDays;
    }

    public void setPreparationDays(Integer preparationDays) {
        this.preparationDays = preparationDays;
    }

    public Integer getCaseDays() {
        return caseDays;
    }

    public void setCaseDays(Integer caseDays) {
        this.caseDays = caseDays;
    }

    public boolean isEveReminder() {
        return eveReminder;
    }

    public void setEveReminder(boolean eveReminder) {
        this.eveReminder = eveReminder;
    }
}
