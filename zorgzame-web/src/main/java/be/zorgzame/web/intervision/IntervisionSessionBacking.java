package be.zorgzame.web.intervision;

import be.zorgzame.intervision.boundary.AttendanceInput;
import be.zorgzame.intervision.boundary.EvaluationInput;
import be.zorgzame.intervision.boundary.NoteInput;
import be.zorgzame.intervision.boundary.NoteService;
import be.zorgzame.intervision.boundary.NoteView;
import be.zorgzame.intervision.boundary.RegistrationService;
import be.zorgzame.intervision.boundary.RegistrationView;
import be.zorgzame.intervision.boundary.SessionService;
import be.zorgzame.intervision.boundary.SessionView;
import be.zorgzame.intervision.entity.NoteKind;
import be.zorgzame.intervision.entity.SessionStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * intervision/session.xhtml: a session with its method, registering and cancelling for members, changing,
 * cancelling and recording attendance for the facilitator, the evaluation after the session, and the
 * confidential notes. The services decide who sees the session; anyone else gets 403.
 */
@Named
@ViewScoped
public class IntervisionSessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String REGISTRATION = "registration";
    static final String STEPS = "steps";
    static final String ATTENDANCE = "attendance";
    static final String EVALUATION = "evaluation";
    static final String NOTE = "note";

    @Inject
    SessionService sessions;

    @Inject
    RegistrationService registrations;

    @Inject
    NoteService notes;

    @Inject
    IntervisionSteps steps;

    private Long id;
    private SessionView shown;
    private List<NoteView> noteList = List.of();
    private List<AttendanceRow> attendance = List.of();
    private Integer score;
    private String comment;
    private NoteKind noteKind = NoteKind.NOTE;
    private String noteBody;

    /** Whether one registered member was there; unrecorded counts as there, as most who register come. */
    public static class AttendanceRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long memberId;
        private final String name;
        private boolean attended;

        AttendanceRow(RegistrationView registration) {
            this.memberId = registration.memberId();
            this.name = registration.displayName();
            this.attended = !Boolean.FALSE.equals(registration.attended());
        }

        public String getName() {
            return name;
        }

        public boolean isAttended() {
            return attended;
        }

        public void setAttended(boolean attended) {
            this.attended = attended;
        }
    }

    public void load() throws IOException {
        if (shown == null) {
            steps.show(() -> {
                shown = sessions.get(IntervisionSteps.requireId(id), IntervisionTexts.language());
                noteList = notes.list(id);
                attendance = shown.registrations().stream().filter(r -> r.cancelledAt() == null).map(AttendanceRow::new).toList();
                if (shown.myRegistration() != null) {
                    score = shown.myRegistration().evaluationScore();
                    comment = shown.myRegistration().evaluationComment();
                }
            });
        }
    }

    /** Why registering or cancelling was refused, judged on the session as it is now. */
    static String refusal(SessionView session) {
        if (session.status() == SessionStatus.CANCELLED) {
            return "intervision.session.isCancelled";
        }
        if (hasStarted(session)) {
            return "intervision.session.hasStarted";
        }
        return session.activeRegistrations() >= session.capacity() ? "intervision.session.isFull" : "intervision.wrongState";
    }

    private static boolean hasStarted(SessionView session) {
        return !session.startsAt().isAfter(LocalDateTime.now(RegistrationService.BELGIUM));
    }

    public void register() throws IOException {
        take(REGISTRATION, () -> registrations.register(id, IntervisionTexts.language()), "intervision.session.registeredNow");
    }

    public void unregister() throws IOException {
        take(REGISTRATION, () -> registrations.cancel(id, IntervisionTexts.language()), "intervision.session.unregistered");
    }

    public void cancelSession() throws IOException {
        take(STEPS, () -> sessions.cancel(id, shown.version(), IntervisionTexts.language()), "intervision.session.cancelled");
    }

    public void saveAttendance() throws IOException {
        take(ATTENDANCE, () -> registrations.recordAttendance(id,
                attendance.stream().map(row -> new AttendanceInput(row.memberId, row.attended)).toList(),
                IntervisionTexts.language()), "intervision.attendance.saved");
    }

    public void evaluate() throws IOException {
        take(EVALUATION, () -> registrations.evaluate(id, new EvaluationInput(score, comment), IntervisionTexts.language()),
                "intervision.evaluation.saved");
    }

    public void writeNote() throws IOException {
        take(NOTE, () -> {
            notes.write(id, new NoteInput(noteKind, noteBody, null));
            return shown;
        }, "intervision.note.written");
    }

    private void take(String form, Supplier<SessionView> step, String confirmation) throws IOException {
        steps.take(form, () -> IntervisionSteps.sessionPath(step.get().id()), confirmation,
                () -> refusal(sessions.get(id, IntervisionTexts.language())));
    }

    public boolean isFull() {
        return shown.activeRegistrations() >= shown.capacity();
    }

    public boolean isStarted() {
        return hasStarted(shown);
    }

    private boolean isOpen() {
        return shown.status() == SessionStatus.PLANNED && !isStarted();
    }

    private boolean isRegistered() {
        return shown.myRegistration() != null && shown.myRegistration().cancelledAt() == null;
    }

    /** Every confidant who does not lead the group is a member who accepted its agreement. */
    public boolean isMayRegister() {
        return !shown.facilitating() && isOpen() && !isRegistered() && !isFull();
    }

    public boolean isMayUnregister() {
        return isOpen() && isRegistered();
    }

    public boolean isMayChange() {
        return shown.facilitating() && shown.status() == SessionStatus.PLANNED;
    }

    public boolean isMayRecordAttendance() {
        return isMayChange() && isStarted();
    }

    public boolean isMayEvaluate() {
        return shown.status() == SessionStatus.PLANNED && isStarted() && isRegistered()
                && !Boolean.FALSE.equals(shown.myRegistration().attended());
    }

    public List<NoteKind> getNoteKinds() {
        return List.of(NoteKind.values());
    }

    public List<Integer> getScores() {
        return List.of(1, 2, 3, 4, 5);
    }

    public SessionView getShown() {
        return shown;
    }

    public List<NoteView> getNotes() {
        return noteList;
    }

    public List<AttendanceRow> getAttendance() {
        return attendance;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public NoteKind getNoteKind() {
        return noteKind;
    }

    public void setNoteKind(NoteKind noteKind) {
        this.noteKind = noteKind;
    }

    public String getNoteBody() {
        return noteBody;
    }

    public void setNoteBody(String noteBody) {
        this.noteBody = noteBody;
    }
}
