package be.zorgzame.mandates.boundary;

import be.zorgzame.mandates.entity.FeedbackMoment;
import be.zorgzame.mandates.entity.Mandate;
import be.zorgzame.mandates.entity.MandateStatus;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.InvalidInputException;
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
import java.time.LocalDate;
import java.util.List;

/**
 * The steps of a mandate's life: a draft is activated once the decision granting it is recorded; an
 * active mandate ends; a mandate is renewed as a new draft edition. Activating a renewal ends the
 * edition it renews, so it is activated from its first day on: the edition in force stays in force until
 * then, and its expiry warning is the reminder. Feedback moments are logged against an active or ended
 * mandate. Every step carries the version read and bumps it, so two concurrent steps never both pass;
 * every step is audited.
 */
@ApplicationScoped
@Transactional
public class MandateLifecycle {

    @PersistenceContext
    EntityManager em;

    @Inject
    MandateService mandates;

    @Inject
    MandateAccess access;

    @Inject
    AuditTrail auditTrail;

    public MandateView activate(long id, @NotNull @Valid MandateStepInput input) {
        Mandate mandate = managed(id, input.version());
        requireStatus(mandate, MandateStatus.DRAFT);
        if (mandate.getDecisionDate() == null) {
            throw new InvalidInputException("decisionDate", "{zorgzame.mandate.decisionRequired}");
        }
        if (mandate.getDecisionReference() == null) {
            throw new InvalidInputException("decisionReference", "{zorgzame.mandate.decisionRequired}");
        }
        Mandate previous = mandate.getPrevious();
        if (previous != null && previous.getStatus() == MandateStatus.ACTIVE) {
            if (mandate.getValidFrom().isAfter(LocalDate.now())) {
                throw new InvalidInputException("validFrom", "{zorgzame.mandate.renewalNotStarted}");
            }
            move(previous, MandateStatus.ENDED, null, new FieldChanges().added("renewedBy", id));
            lock(previous);
        }
        move(mandate, MandateStatus.ACTIVE, null, new FieldChanges());
        lock(mandate);
        return mandates.view(mandate);
    }

    /** Ends an active mandate, or a draft that will not be granted; optionally with the reason. */
    public MandateView end(long id, @NotNull @Valid MandateStepInput input) {
        Mandate mandate = managed(id, input.version());
        if (mandate.getStatus() == MandateStatus.ENDED) {
            throw new WrongStateException("Mandate " + id + " has already ended");
        }
        String reason = Texts.blankToNull(input.reason());
        move(mandate, MandateStatus.ENDED, reason, new FieldChanges());
        lock(mandate);
        return mandates.view(mandate);
    }

    /** A new draft edition for a new period, with the same content but without a decision yet. */
    public MandateView renew(long id, @NotNull @Valid RenewalInput input) {
        Mandate mandate = managed(id, input.version());
        if (mandate.getStatus() == MandateStatus.DRAFT) {
            throw new WrongStateException("Mandate " + id + " is a draft: change it rather than renew it");
        }
        if (mandates.next(mandate).isPresent()) {
            throw new WrongStateException("Mandate " + id + " has already been renewed");
        }
        if (input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            throw new InvalidInputException("validTo", "{zorgzame.period.endBeforeStart}");
        }
        Mandate renewal = mandate.renew(input.validFrom(), input.validTo());
        em.persist(renewal);
        lock(mandate);
        MandateView created = mandates.view(renewal);
        auditTrail.created(Mandate.class, renewal.getId(), MandateService.changes(null, created).added("renews", id));
        return created;
    }

    public List<FeedbackView> feedback(long id) {
        return mandates.visible(id).getFeedback().stream().map(FeedbackView::of).toList();
    }

    /** Logged by those who manage the mandate or by the staff of the holder's employer. */
    public FeedbackView logFeedback(long id, @NotNull @Valid FeedbackInput input) {
        Mandate mandate = mandates.visible(id);
        access.requireMayLogFeedback(mandate);
        if (mandate.getStatus() == MandateStatus.DRAFT) {
            throw new WrongStateException("Mandate " + id + " is a draft: no feedback yet");
        }
        if (input.heldOn().isBefore(mandate.getValidFrom())) {
            throw new InvalidInputException("heldOn", "{zorgzame.mandate.feedbackBeforeStart}");
        }
        FeedbackMoment moment = mandate.logFeedback(input.heldOn(), Texts.blankToNull(input.note()), access.name());
        em.flush();
        auditTrail.created(FeedbackMoment.class, moment.getId(), new FieldChanges()
                .added("mandate", id)
                .added("heldOn", moment.getHeldOn())
                .added("note", moment.getNote()));
        return FeedbackView.of(moment);
    }

    /** The mandate as read, for a step by someone who manages it. */
    private Mandate managed(long id, Integer readVersion) {
        Mandate mandate = mandates.visible(id);
        access.requireMayManage(mandate);
        EditConflicts.requireCurrent(MandateService.ENTITY, id, mandate.getVersion(), readVersion);
        return mandate;
    }

    private static void requireStatus(Mandate mandate, MandateStatus required) {
        if (mandate.getStatus() != required) {
            throw new WrongStateException("Mandate " + mandate.getId() + " is " + mandate.getStatus() + ", not " + required);
        }
    }

    /** The caller locks the mandate once for the whole step. */
    private void move(Mandate mandate, MandateStatus next, String reason, FieldChanges changes) {
        MandateStatus before = mandate.getStatus();
        mandate.moveTo(next, reason);
        auditTrail.updated(Mandate.class, mandate.getId(), changes.compare("status", before, next).added("endReason", reason));
    }

    private void lock(Mandate mandate) {
        em.lock(mandate, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        EditConflicts.flush(em, MandateService.ENTITY, mandate.getId());
    }
}
