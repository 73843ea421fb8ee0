package be.zorgzame.mandates.boundary;

import be.zorgzame.mandates.entity.FeedbackMoment;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A feedback moment that was held: the day, and what was reported or agreed. */
public record FeedbackInput(@NotNull @PastOrPresent LocalDate heldOn, @Size(max = FeedbackMoment.NOTE_LENGTH) String note) {

    public FeedbackInput(LocalDate heldOn, String note) {
        this.heldOn = heldOn;
        this.note = note;
    }
}
