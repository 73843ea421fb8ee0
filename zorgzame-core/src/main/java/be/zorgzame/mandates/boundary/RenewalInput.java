package be.zorgzame.mandates.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Renews the mandate as read ({@code version}) for a new period. */
public record RenewalInput(@NotNull Integer version, @NotNull LocalDate validFrom, LocalDate validTo) {

    public RenewalInput(Integer version, LocalDate validFrom, LocalDate validTo) {
        this.version = version;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }
}
