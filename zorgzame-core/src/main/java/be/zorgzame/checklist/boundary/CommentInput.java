package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.AssessmentComment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A remark for an assessment's comment log. */
public record CommentInput(@NotBlank @Size(max = AssessmentComment.BODY_LENGTH) String text) {

    public CommentInput(String text) {
        this.text = text;
    }
}
