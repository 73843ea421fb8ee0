package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.Registration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A participant's short evaluation: a score from 1 (poor) to 5 (very useful) and an optional remark. */
public record EvaluationInput(
        @NotNull @Min(1) @Max(5) Integer score,
        @Size(max = Registration.COMMENT_LENGTH) String comment) {

    public EvaluationInput(Integer score, String comment) {
        this.score = score;
        this.comment = comment;
    }
}
