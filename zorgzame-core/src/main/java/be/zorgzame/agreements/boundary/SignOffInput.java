package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.entity.AgreementVersion;
import be.zorgzame.agreements.entity.SignOffDecision;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A party's answer to the version it read ({@code version}): accepted, or declined with a reason. */
public record SignOffInput(@NotNull SignOffDecision decision,
                           @Size(max = AgreementVersion.REASON_LENGTH) String reason,
                           @NotNull Integer version) {

    public SignOffInput(SignOffDecision decision, String reason, Integer version) {
        this.decision = decision;
        this.reason = reason;
        this.version = version;
    }
}
