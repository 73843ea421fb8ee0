package be.zorgzame.mandates.boundary;

import be.zorgzame.mandates.entity.FeedbackMoment;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A feedback moment as logged, with who logged it and when (UTC). */
public record FeedbackView(long id, LocalDate heldOn, String note, String loggedBy, LocalDateTime loggedAt) implements Serializable {

    static FeedbackView of(FeedbackMoment f) {
        return new FeedbackView(f.getId(), f.getHeldOn(), f.getNote(), f.getLoggedBy(), f.getLoggedAt());
    }
}
