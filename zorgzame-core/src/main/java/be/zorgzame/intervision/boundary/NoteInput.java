package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.NoteKind;
import be.zorgzame.intervision.entity.SessionNote;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A confidential text of a session. {@code version} as read when changing one (absent when writing a new one). */
public record NoteInput(
        @NotNull NoteKind kind,
        @NotBlank @Size(max = SessionNote.BODY_LENGTH) String body,
        Integer version) {

    public NoteInput(NoteKind kind, String body, Integer version) {
        this.kind = kind;
        this.body = body;
        this.version = version;
    }
}
