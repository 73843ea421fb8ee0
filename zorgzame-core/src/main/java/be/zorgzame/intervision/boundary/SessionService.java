package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.control.CaseBringerRotation;
import be.zorgzame.intervision.entity.GroupMember;
import be.zorgzame.intervision.entity.IntervisionGroup;
import be.zorgzame.intervision.entity.IntervisionMethod;
import be.zorgzame.intervision.entity.IntervisionSession;
import be.zorgzame.intervision.entity.Registration;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.WrongStateException;
import be.zorgzame.platform.query.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plans the sessions of a group and shows them. The facilitator plans, changes and cancels; each change
 * raises the session's sequence number so calendars replace the event, and is announced as a
 * {@link SessionChanged} for the registered members' mail. Sessions are shown only to the
 * group's confidants (see {@link IntervisionAccess}). Audited.
 */
@ApplicationScoped
@Transactional
public class SessionService {

    static final String SESSION = "IntervisionSession";

    private static final Duration LONGEST_SESSION = Duration.ofHours(12);

    @PersistenceContext
    EntityManager em;

    @Inject
    IntervisionAccess access;

    @Inject
    GroupService groups;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Event<SessionChanged> sessionChanged;

    /** The sessions of a group, the latest first. */
    public List<SessionSummary> list(long groupId) {
        IntervisionGroup group = groups.group(groupId);
        access.requireConfidant(group);
        Optional<GroupMember> me = access.membership(group);
        return em.createNamedQuery("IntervisionSession.findByGroup", IntervisionSession.class)
                .setParameter("group", group)
                .getResultStream()
                .map(session -> summary(session, me))
                .toList();
    }

    /** The caller's sessions from a moment on, over all the groups they facilitate or take part in. */
    public List<SessionSummary> mine(LocalDateTime from) {
        return em.createNamedQuery("IntervisionSession.findForUser", IntervisionSession.class)
                .setParameter("username", access.userName())
                .setParameter("from", from)
                .getResultStream()
                .map(session -> summary(session, access.membership(session.getGroup())))
                .toList();
    }

    public SessionView get(long id, String language) {
        IntervisionSession session = session(id);
        access.requireConfidant(session.getGroup());
        return view(session, language);
    }

    public SessionView plan(long groupId, @NotNull @Valid SessionInput input, String language) {
        IntervisionGroup group = groups.group(groupId);
        access.requireFacilitator(group);
        IntervisionSession session = new IntervisionSession(group, input.kind());
        write(session, input);
        em.persist(session);
        em.flush();
        auditTrail.created(IntervisionSession.class, session.getId(), new FieldChanges()
                .added("group", groupId).added("kind", session.getKind()).added("startsAt", session.getStartsAt())
                .added("endsAt", session.getEndsAt()).added("capacity", session.getCapacity()));
        return view(session, language);
    }

    public SessionView update(long id, @NotNull @Valid SessionInput input, String language) {
        IntervisionSession session = session(id);
        access.requireFacilitator(session.getGroup());
        EditConflicts.requireCurrent(SESSION, id, session.getVersion(), input.version());
        if (session.isCancelled()) {
            throw new WrongStateException("Session " + id + " is cancelled and cannot be changed");
        }
        if (input.capacity() < activeRegistrations(session)) {
            throw new InvalidInputException("capacity", "{zorgzame.intervision.capacityBelowRegistrations}");
        }
        FieldChanges changes = new FieldChanges()
                .compare("kind", session.getKind(), input.kind())
                .compare("startsAt", session.getStartsAt(), input.startsAt())
                .compare("endsAt", session.getEndsAt(), input.endsAt())
                .compare("place", session.getPlace(), Texts.blankToNull(input.place()))
                .compare("onlineLink", session.getOnlineLink(), Texts.blankToNull(input.onlineLink()))
                .compare("theme", session.getTheme(), Texts.blankToNull(input.theme()))
                .compare("method", session.getMethod().map(IntervisionMethod::getCode).orElse(null), Texts.blankToNull(input.methodCode()))
                .compare("caseBringer", session.getCaseBringer().map(GroupMember::getId).orElse(null), input.caseBringerId())
                .compare("capacity", session.getCapacity(), input.capacity());
        session.setKind(input.kind());
        write(session, input);
        if (!changes.isEmpty()) {
            session.changed();
            sessionChanged.fire(new SessionChanged(id));
        }
        EditConflicts.flush(em, SESSION, id);
        auditTrail.updated(IntervisionSession.class, id, changes);
        return view(session, language);
    }

    /** Cancels a session; it stays, marked cancelled, so calendars and registrations learn of it. */
    public SessionView cancel(long id, Integer version, String language) {
        IntervisionSession session = session(id);
        access.requireFacilitator(session.getGroup());
        EditConflicts.requireCurrent(SESSION, id, session.getVersion(), version);
        if (session.isCancelled()) {
            throw new WrongStateException("Session " + id + " is already cancelled");
        }
        session.cancel();
        sessionChanged.fire(new SessionChanged(id));
        EditConflicts.flush(em, SESSION, id);
        auditTrail.updated(IntervisionSession.class, id, new FieldChanges().compare("status", "PLANNED", "CANCELLED"));
        return view(session, language);
    }

    /** Who should bring the next case, among the members who accepted the agreement; empty when there are none. */
    public Optional<Participant> suggestCaseBringer(long groupId) {
        IntervisionGroup group = groups.group(groupId);
        access.requireFacilitator(group);
        List<GroupMember> members = em.createNamedQuery("GroupMember.findByGroup", GroupMember.class)
                .setParameter("group", group)
                .getResultStream()
                .filter(GroupMember::isConfided)
                .toList();
        Map<Long, LocalDateTime> lastCase = em.createNamedQuery("IntervisionSession.findByGroup", IntervisionSession.class)
                .setParameter("group", group)
                .getResultStream()
                .filter(session -> !session.isCancelled() && session.getCaseBringer().isPresent())
                .collect(Collectors.toMap(session -> session.getCaseBringer().orElseThrow().getId(),
                        IntervisionSession::getStartsAt, (a, b) -> a.isAfter(b) ? a : b));
        return CaseBringerRotation.next(members.stream()
                        .map(m -> new CaseBringerRotation.Candidate(m.getId(), m.getDisplayName(), m.getJoinedOn()))
                        .toList(), lastCase)
                .flatMap(candidate -> members.stream().filter(m -> m.getId() == candidate.memberId()).findFirst())
                .map(m -> new Participant(m.getUsername(), m.getDisplayName()));
    }

    IntervisionSession session(long id) {
        return Optional.ofNullable(em.find(IntervisionSession.class, id)).orElseThrow(() -> new NotFoundException(SESSION, id));
    }

    long activeRegistrations(IntervisionSession session) {
        return em.createNamedQuery("Registration.countActive", Long.class).setParameter("session", session).getSingleResult();
    }

    SessionView view(IntervisionSession session, String language) {
        boolean facilitating = access.isFacilitator(session.getGroup());
        Optional<GroupMember> me = access.membership(session.getGroup());
        List<Registration> registrations = em.createNamedQuery("Registration.findBySession", Registration.class)
                .setParameter("session", session)
                .getResultList();
        List<RegistrationView> views = registrations.stream()
                .map(r -> RegistrationView.of(r, facilitating || isMine(r, me)))
                .toList();
        RegistrationView mine = registrations.stream().filter(r -> isMine(r, me))
                .findFirst().map(r -> RegistrationView.of(r, true)).orElse(null);
        List<Integer> scores = registrations.stream().flatMap(r -> r.getEvaluationScore().stream()).toList();
        BigDecimal average = scores.isEmpty() ? null : BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
        GroupMember caseBringer = session.getCaseBringer().orElse(null);
        return new SessionView(session.getId(), session.getGroup().getId(), session.getGroup().getName(),
                session.getGroup().getFacilitator(), session.getKind(), session.getStartsAt(), session.getEndsAt(),
                session.getPlace(), session.getOnlineLink(), session.getTheme(),
                session.getMethod().map(method -> MethodView.of(method, language)).orElse(null),
                caseBringer == null ? null : caseBringer.getId(), caseBringer == null ? null : caseBringer.getDisplayName(),
                session.getCapacity(), session.getStatus(), views,
                registrations.stream().filter(Registration::isActive).count(), mine, average, facilitating,
                session.getSequenceNumber(), session.getVersion());
    }

    private static boolean isMine(Registration registration, Optional<GroupMember> me) {
        return me.filter(member -> member.getId().equals(registration.getMember().getId())).isPresent();
    }

    private SessionSummary summary(IntervisionSession session, Optional<GroupMember> me) {
        boolean registered = me.flatMap(member -> em.createNamedQuery("Registration.find", Registration.class)
                        .setParameter("session", session)
                        .setParameter("member", member)
                        .getResultStream().findFirst())
                .filter(Registration::isActive)
                .isPresent();
        return SessionSummary.of(session, activeRegistrations(session), registered);
    }

    private void write(IntervisionSession session, SessionInput input) {
        if (!input.endsAt().isAfter(input.startsAt())
                || Duration.between(input.startsAt(), input.endsAt()).compareTo(LONGEST_SESSION) > 0) {
            throw new InvalidInputException("endsAt", "{zorgzame.intervision.endsAt}");
        }
        if (Texts.blankToNull(input.place()) == null && Texts.blankToNull(input.onlineLink()) == null) {
            throw new InvalidInputException("place", "{zorgzame.intervision.placeOrLink}");
        }
        session.setTime(input.startsAt(), input.endsAt());
        session.setPlace(Texts.blankToNull(input.place()));
        session.setOnlineLink(Texts.blankToNull(input.onlineLink()));
        session.setTheme(Texts.blankToNull(input.theme()));
        session.setMethod(Optional.ofNullable(Texts.blankToNull(input.methodCode()))
                .map(code -> Optional.ofNullable(em.find(IntervisionMethod.class, code))
                        .orElseThrow(() -> new InvalidInputException("methodCode", "{zorgzame.value.unknown}")))
                .orElse(null));
        session.setCaseBringer(Optional.ofNullable(input.caseBringerId())
                .map(id -> Optional.ofNullable(em.find(GroupMember.class, id))
                        .filter(member -> member.getGroup().getId().equals(session.getGroup().getId()) && member.isConfided())
                        .orElseThrow(() -> new InvalidInputException("caseBringerId", "{zorgzame.intervision.caseBringerNotMember}")))
                .orElse(null));
        session.setCapacity(input.capacity());
    }
}
