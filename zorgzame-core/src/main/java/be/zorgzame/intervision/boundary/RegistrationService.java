package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.GroupMember;
import be.zorgzame.intervision.entity.IntervisionSession;
import be.zorgzame.intervision.entity.Registration;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.WrongStateException;
import be.zorgzame.platform.query.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Registration, cancellation, attendance and evaluation. Members register themselves until the session
 * starts, never beyond its capacity: the session row is locked while counting, so two last-minute
 * registrations cannot both take the last seat. After the start the facilitator records attendance and
 * participants evaluate. Audited.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    static final String REGISTRATION = "Registration";

    /** Session times are Belgian wall-clock times. */
    public static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    @PersistenceContext
    EntityManager em;

    @Inject
    IntervisionAccess access;

    @Inject
    SessionService sessions;

    @Inject
    AuditTrail auditTrail;

    public SessionView register(long sessionId, String language) {
        IntervisionSession session = lockedSession(sessionId);
        GroupMember me = access.requireConfidedMember(session.getGroup());
        requireOpen(session);
        Optional<Registration> earlier = registration(session, me);
        if (earlier.filter(Registration::isActive).isPresent()) {
            throw new WrongStateException("Member " + me.getId() + " is already registered for session " + sessionId);
        }
        if (sessions.activeRegistrations(session) >= session.getCapacity()) {
            throw new WrongStateException("Session " + sessionId + " is full");
        }
        Registration registration = earlier.orElseGet(() -> new Registration(session, me));
        registration.renew();
        if (registration.getId() == null) {
            em.persist(registration);
        }
        em.flush();
        auditTrail.created(Registration.class, registration.getId(),
                new FieldChanges().added("session", sessionId).added("member", me.getId()));
        return sessions.view(session, language);
    }

    public SessionView cancel(long sessionId, String language) {
        IntervisionSession session = lockedSession(sessionId);
        GroupMember me = access.requireConfidedMember(session.getGroup());
        if (session.hasStartedAt(now())) {
            throw new WrongStateException("Session " + sessionId + " has started; registrations can no longer change");
        }
        Registration registration = registration(session, me).filter(Registration::isActive)
                .orElseThrow(() -> new NotFoundException(REGISTRATION, sessionId + "/" + me.getId()));
        registration.cancel();
        auditTrail.updated(Registration.class, registration.getId(), new FieldChanges().added("cancelledAt", now()));
        return sessions.view(session, language);
    }

    /**
     * The facilitator records who was there. A member of the group who accepted its agreement and did not
     * register (they walked in, or the session is recorded afterwards: nobody can register once it has
     * started) is registered by the recording.
     */
    public SessionView recordAttendance(long sessionId, @NotNull List<@NotNull @Valid AttendanceInput> attendance, String language) {
        IntervisionSession session = sessions.session(sessionId);
        access.requireFacilitator(session.getGroup());
        if (!session.hasStartedAt(now()) || session.isCancelled()) {
            throw new WrongStateException("Attendance of session " + sessionId + " can be recorded once it has started");
        }
        Map<Long, Registration> byMember = em.createNamedQuery("Registration.findBySession", Registration.class)
                .setParameter("session", session)
                .getResultStream()
                .collect(Collectors.toMap(r -> r.getMember().getId(), Function.identity()));
        for (int i = 0; i < attendance.size(); i++) {
            AttendanceInput line = attendance.get(i);
            Registration registration = Optional.ofNullable(byMember.get(line.memberId())).filter(Registration::isActive)
                    .or(() -> registerAfterwards(session, line.memberId(), byMember))
                    .orElse(null);
            if (registration == null) {
                throw new InvalidInputException("attendance[" + i + "].memberId", "{zorgzame.intervision.notRegistered}");
            }
            FieldChanges changes = new FieldChanges().compare("attended", registration.getAttended().orElse(null), line.attended());
            registration.setAttended(line.attended());
            auditTrail.updated(Registration.class, registration.getId(), changes);
        }
        return sessions.view(session, language);
    }

    /** A participant evaluates a session they registered for and were not recorded absent from. */
    public SessionView evaluate(long sessionId, @NotNull @Valid EvaluationInput input, String language) {
        IntervisionSession session = sessions.session(sessionId);
        GroupMember me = access.requireConfidedMember(session.getGroup());
        if (!session.hasStartedAt(now()) || session.isCancelled()) {
            throw new WrongStateException("Session " + sessionId + " can be evaluated once it has taken place");
        }
        Registration registration = registration(session, me)
                .filter(r -> r.isActive() && !r.getAttended().equals(Optional.of(false)))
                .orElseThrow(() -> new InvalidInputException("score", "{zorgzame.intervision.evaluateOnlyAttended}"));
        FieldChanges changes = new FieldChanges()
                .compare("evaluationScore", registration.getEvaluationScore().orElse(null), input.score())
                .compare("evaluationComment", registration.getEvaluationComment(), Texts.blankToNull(input.comment()));
        registration.evaluate(input.score(), Texts.blankToNull(input.comment()));
        auditTrail.updated(Registration.class, registration.getId(), changes);
        return sessions.view(session, language);
    }

    /** Registers a confided member of the session's group for the attendance being recorded. */
    private Optional<Registration> registerAfterwards(IntervisionSession session, long memberId, Map<Long, Registration> earlier) {
        return Optional.ofNullable(em.find(GroupMember.class, memberId))
                .filter(member -> member.getGroup().getId().equals(session.getGroup().getId()) && member.isConfided())
                .map(member -> {
                    Registration registration = Optional.ofNullable(earlier.get(memberId))
                            .orElseGet(() -> new Registration(session, member));
                    registration.renew();
                    if (registration.getId() == null) {
                        em.persist(registration);
                    }
                    em.flush();
                    auditTrail.created(Registration.class, registration.getId(),
                            new FieldChanges().added("session", session.getId()).added("member", memberId));
                    return registration;
                });
    }

    /** Now, as a Belgian wall clock, to compare with session times. */
    static LocalDateTime now() {
        return LocalDateTime.now(BELGIUM);
    }

    private IntervisionSession lockedSession(long id) {
        return Optional.ofNullable(em.find(IntervisionSession.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException(SessionService.SESSION, id));
    }

    private void requireOpen(IntervisionSession session) {
        if (session.isCancelled()) {
            throw new WrongStateException("Session " + session.getId() + " is cancelled");
        }
        if (session.hasStartedAt(now())) {
            throw new WrongStateException("Session " + session.getId() + " has started; registration is closed");
        }
    }

    private Optional<Registration> registration(IntervisionSession session, GroupMember member) {
        return em.createNamedQuery("Registration.find", Registration.class)
                .setParameter("session", session)
                .setParameter("member", member)
                .getResultStream()
                .findFirst();
    }
}
