package be.zorgzame.mandates.boundary;

import be.zorgzame.mandates.entity.Mandate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A lifecycle step on the mandate as read ({@code version}); when ending it, optionally why. */
public record MandateStepInput(@NotNull Integer version, @Size(max = Mandate.REASON_LENGTH) String reason) {

    public MandateStepInput(Integer version, String reason) {
        this.version = version;
        this.reason = reason;
    }
}
