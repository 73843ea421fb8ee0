package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.entity.Agreement;
import be.zorgzame.agreements.entity.AgreementParty;
import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.agreements.entity.AgreementVersion;
import be.zorgzame.agreements.entity.SignOff;
import be.zorgzame.agreements.entity.SignOffDecision;
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

/**
 * The steps of an agreement's life: a draft is submitted for sign-off; each party accepts or declines
 * for itself; when all have accepted the version becomes active and the one it amends is superseded;
 * a decline sends it back to draft. An active agreement is amended through a new draft version and
 * can be terminated. Every step bumps the agreement's version, so two concurrent steps never both pass.
 */
@ApplicationScoped
@Transactional
public class AgreementLifecycle {

    private static final String REASON = "reason";

    @PersistenceContext
    EntityManager em;

    @Inject
    AgreementService agreements;

    @Inject
    AgreementAccess access;

    @Inject
    AuditTrail auditTrail;

    public AgreementVersionView submit(long agreementId, int number, @NotNull @Valid StepInput input) {
        Agreement agreement = agreements.visible(agreementId);
        access.requireMayDraft(agreement.getNeighbourhood());
        AgreementVersion version = current(agreement, number, input.version());
        requireStatus(version, AgreementStatus.DRAFT);
        if (version.getParties().size() < 2) {
            throw new InvalidInputException("parties", "{zorgzame.agreement.tooFewParties}");
        }
        move(version, AgreementStatus.SUBMITTED, null);
        lock(agreement);
        return agreements.view(version);
    }

    /** The caller answers for their own organisation, on the version they read. */
    public AgreementVersionView signOff(long agreementId, int number, @NotNull @Valid SignOffInput input) {
        Agreement agreement = agreements.visible(agreementId);
        long organisation = access.signingOrganisation();
        AgreementVersion version = current(agreement, number, input.version());
        requireStatus(version, AgreementStatus.SUBMITTED);
        AgreementParty party = version.party(organisation)
                .orElseThrow(() -> new InvalidInputException("organisation", "{zorgzame.agreement.notAParty}"));
        if (version.getSignOffs().stream().anyMatch(s -> s.getOrganisation().equals(party.getOrganisation()))) {
            throw new InvalidInputException("decision", "{zorgzame.agreement.alreadyAnswered}");
        }
        String reason = Texts.blankToNull(input.reason());
        if (input.decision() == SignOffDecision.DECLINED && reason == null) {
            throw new InvalidInputException(REASON, "{zorgzame.agreement.reasonRequired}");
        }
        SignOff signOff = version.signOff(party.getOrganisation(), input.decision(), reason, access.name());
        lock(agreement);
        auditTrail.created(SignOff.class, signOff.getId(), new FieldChanges()
                .added("agreementVersion", version.getId())
                .added("organisation", organisation)
                .added("decision", input.decision())
                .added(REASON, reason));
        if (input.decision() == SignOffDecision.DECLINED) {
            move(version, AgreementStatus.DRAFT, null);
        } else if (version.acceptedByEveryParty()) {
            agreement.active().ifPresent(previous -> move(previous, AgreementStatus.SUPERSEDED, null));
            move(version, AgreementStatus.ACTIVE, null);
        }
        return agreements.view(version);
    }

    /** A new draft version, copied from the active one, which stays in force until the amendment is accepted. */
    public AgreementVersionView amend(long agreementId, @NotNull @Valid StepInput input) {
        Agreement agreement = agreements.visible(agreementId);
        access.requireMayDraft(agreement.getNeighbourhood());
        AgreementVersion active = agreement.active()
                .orElseThrow(() -> new WrongStateException("Agreement " + agreementId + " has no active version to amend"));
        EditConflicts.requireCurrent(AgreementService.ENTITY, active.getId(), active.getVersion(), input.version());
        if (agreement.latest() != active) {
            throw new WrongStateException("Agreement " + agreementId + " already has an amendment in progress");
        }
        AgreementVersionView copied = agreements.view(active);
        AgreementVersion draft = agreement.newVersion(copied.title());
        agreements.write(draft, AgreementInput.of(copied));
        lock(agreement);
        AgreementVersionView created = agreements.view(draft);
        auditTrail.created(AgreementVersion.class, draft.getId(), AgreementService.changes(null, created)
                .added("amends", active.getNumber()));
        return created;
    }

    public AgreementVersionView terminate(long agreementId, @NotNull @Valid StepInput input) {
        Agreement agreement = agreements.visible(agreementId);
        access.requireMayDraft(agreement.getNeighbourhood());
        AgreementVersion active = agreement.active()
                .orElseThrow(() -> new WrongStateException("Agreement " + agreementId + " has no active version to terminate"));
        EditConflicts.requireCurrent(AgreementService.ENTITY, active.getId(), active.getVersion(), input.version());
        String reason = Texts.blankToNull(input.reason());
        if (reason == null) {
            throw new InvalidInputException(REASON, "{zorgzame.agreement.reasonRequired}");
        }
        move(active, AgreementStatus.TERMINATED, reason);
        lock(agreement);
        return agreements.view(active);
    }

    private AgreementVersion current(Agreement agreement, int number, int readVersion) {
        AgreementVersion version = AgreementService.numbered(agreement, number);
        EditConflicts.requireCurrent(AgreementService.ENTITY, version.getId(), version.getVersion(), readVersion);
        return version;
    }

    private static void requireStatus(AgreementVersion version, AgreementStatus required) {
        if (version.getStatus() != required) {
            throw new WrongStateException("Version " + version.getNumber() + " of agreement " + version.getAgreement().getId()
                    + " is " + version.getStatus() + ", not " + required);
        }
    }

    /** The caller locks the agreement once for the whole step. */
    private void move(AgreementVersion version, AgreementStatus next, String reason) {
        AgreementStatus before = version.getStatus();
        version.moveTo(next, reason);
        auditTrail.updated(AgreementVersion.class, version.getId(), new FieldChanges()
                .compare("status", before, next)
                .added("endReason", reason));
    }

    private void lock(Agreement agreement) {
        em.lock(agreement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        EditConflicts.flush(em, "Agreement", agreement.getId());
    }
}
