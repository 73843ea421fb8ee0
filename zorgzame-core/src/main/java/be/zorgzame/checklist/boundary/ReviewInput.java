package be.zorgzame.checklist.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A review of an assessment as read ({@code version}), and when to review it next (optional). */
public record ReviewInput(@NotNull Integer version, LocalDate nextReviewOn) {

    public ReviewInput(Integer version, LocalDate nextReviewOn) {
        this.version = version;
        this.nextReviewOn = nextReviewOn;
    }
}
