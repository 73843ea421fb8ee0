package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.NoteKind;
import be.zorgzame.intervision.entity.SessionNote;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A confidential text, for the group's confidants only. */
public record NoteView(long id, long sessionId, NoteKind kind, String body, String writtenBy, LocalDateTime writtenAt,
                       int version) implements Serializable {

    static NoteView of(SessionNote note) {
        return new NoteView(note.getId(), note.getSession().getId(), note.getKind(), note.getBody(), note.getWrittenBy(),
                note.getWrittenAt(), note.getVersion());
    }
}
