package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.AssessmentComment;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A comment as written, by whom and when (UTC). */
public record CommentView(long id, String text, String writtenBy, LocalDateTime writtenAt) implements Serializable {

    static CommentView of(AssessmentComment c) {
        return new CommentView(c.getId(), c.getBody(), c.getWrittenBy(), c.getWrittenAt());
    }
}
