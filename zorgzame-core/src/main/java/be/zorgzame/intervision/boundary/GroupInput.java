package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.IntervisionGroup;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A group as a whole: name, description, the facilitator's user name (the creator when absent), the
 * maximum number of members, the confidentiality agreement members accept, and the reminder schedule:
 * days before a session to start preparing and to circulate the case (absent: no such reminder) and
 * whether to remind the day before. {@code version} as read (absent when creating).
 */
public record GroupInput(
        @NotBlank @Size(max = IntervisionGroup.NAME_LENGTH) String name,
        @Size(max = IntervisionGroup.DESCRIPTION_LENGTH) String description,
        @Size(max = 100) String facilitator,
        @Min(2) @Max(30) int maxMembers,
        @NotBlank @Size(max = IntervisionGroup.CONFIDENTIALITY_LENGTH) String confidentialityText,
        @Min(2) @Max(120) Integer preparationDays,
        @Min(2) @Max(60) Integer caseDays,
        boolean eveReminder,
        Integer version) {

    public GroupInput(String name, String description, String facilitator, int maxMembers, String confidentialityText,
                      Integer preparationDays, Integer caseDays, boolean eveReminder, Integer version) {
        this.name = name;
        this.description = description;
        this.facilitator = facilitator;
        this.maxMembers = maxMembers;
        this.confidentialityText = confidentialityText;
        this.preparationDays = preparationDays;
        this.caseDays = caseDays;
        this.eveReminder = eveReminder;
        this.version = version;
    }
}
