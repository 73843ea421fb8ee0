package be.zorgzame.intervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A confidential text of a session: a case description, a note or an action point. Only the group's
 * members who accepted its confidentiality agreement and its facilitator ever read it; it is purged
 * after the retention period.
 */
@Entity
@Table(name = "intervision_note")
@NamedQuery(name = "SessionNote.findBySession",
        query = "SELECT n FROM SessionNote n WHERE n.session = :session ORDER BY n.writtenAt, n.id")
@NamedQuery(name = "SessionNote.findOfSessionsBefore",
        query = "SELECT n FROM SessionNote n WHERE n.session.startsAt < :before ORDER BY n.session.id, n.id")
public class SessionNote {

    public static final int BODY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false)
    private IntervisionSession session;

    @Enumerated(EnumType.STRING)
    @Column(name = "note_kind", nullable = false, length = 20)
    private NoteKind kind;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    @Version
    private int version;

    protected SessionNote() {
    }

    public SessionNote(IntervisionSession session, NoteKind kind, String body, String writtenBy) {
        this.session = Objects.requireNonNull(session);
        this.kind = Objects.requireNonNull(kind);
        this.body = Objects.requireNonNull(body);
        this.writtenBy = Objects.requireNonNull(writtenBy);
        this.writtenAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public IntervisionSession getSession() {
        return session;
    }

    public NoteKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public void rewrite(NoteKind kind, String body) {
        this.kind = kind;
        this.body = body;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }
}
