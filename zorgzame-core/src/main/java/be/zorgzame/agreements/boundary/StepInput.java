package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.entity.AgreementVersion;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A lifecycle step on the version as read ({@code version}); a reason where the step needs one (termination). */
public record StepInput(@NotNull Integer version, @Size(max = AgreementVersion.REASON_LENGTH) String reason) {

    public StepInput(Integer version, String reason) {
        this.version = version;
        this.reason = reason;
    }
}
