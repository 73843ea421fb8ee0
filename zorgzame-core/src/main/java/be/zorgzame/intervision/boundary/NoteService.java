package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.IntervisionSession;
import be.zorgzame.intervision.entity.SessionNote;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Case descriptions, notes and action points of a session: read and written by the group's confidants
 * only; changed or removed by their writer or the facilitator. The audit trail records that a note was
 * written, changed or removed, and its kind, never its text: administrators read the trail.
 */
@ApplicationScoped
@Transactional
public class NoteService {

    static final String NOTE = "SessionNote";

    @PersistenceContext
    EntityManager em;

    @Inject
    IntervisionAccess access;

    @Inject
    SessionService sessions;

    @Inject
    AuditTrail auditTrail;

    public List<NoteView> list(long sessionId) {
        IntervisionSession session = sessions.session(sessionId);
        access.requireConfidant(session.getGroup());
        return em.createNamedQuery("SessionNote.findBySession", SessionNote.class)
                .setParameter("session", session)
                .getResultStream()
                .map(NoteView::of)
                .toList();
    }

    public NoteView write(long sessionId, @NotNull @Valid NoteInput input) {
        IntervisionSession session = sessions.session(sessionId);
        access.requireConfidant(session.getGroup());
        SessionNote note = new SessionNote(session, input.kind(), input.body().strip(), access.userName());
        em.persist(note);
        em.flush();
        auditTrail.created(SessionNote.class, note.getId(), new FieldChanges().added("session", sessionId).added("kind", note.getKind()));
        return NoteView.of(note);
    }

    public NoteView rewrite(long sessionId, long noteId, @NotNull @Valid NoteInput input) {
        SessionNote note = note(sessionId, noteId);
        EditConflicts.requireCurrent(NOTE, noteId, note.getVersion(), input.version());
        FieldChanges changes = new FieldChanges().compare("kind", note.getKind(), input.kind());
        if (!note.getBody().equals(input.body().strip())) {
            changes.added("body", "changed");
        }
        note.rewrite(input.kind(), input.body().strip());
        EditConflicts.flush(em, NOTE, noteId);
        auditTrail.updated(SessionNote.class, noteId, changes);
        return NoteView.of(note);
    }

    public void remove(long sessionId, long noteId) {
        SessionNote note = note(sessionId, noteId);
        em.remove(note);
        auditTrail.deleted(SessionNote.class, noteId, new FieldChanges().removed("kind", note.getKind()));
    }

    /** A note of the session that the caller wrote, or any note of it when they facilitate the group. */
    private SessionNote note(long sessionId, long noteId) {
        SessionNote note = Optional.ofNullable(em.find(SessionNote.class, noteId))
                .filter(n -> n.getSession().getId() == sessionId)
                .orElseThrow(() -> new NotFoundException(NOTE, noteId));
        access.requireConfidant(note.getSession().getGroup());
        if (!note.getWrittenBy().equals(access.userName()) && !access.isFacilitator(note.getSession().getGroup())) {
            throw new ForbiddenException(access.userName() + " may not change note " + noteId);
        }
        return note;
    }
}
