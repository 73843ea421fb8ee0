package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.GroupMember;
import be.zorgzame.intervision.entity.IntervisionGroup;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Who may see what of intervision. Access follows membership, not role: a group's work (sessions in
 * detail, registrations, cases, notes, action points) is for its facilitator and its current members who
 * accepted the confidentiality agreement, and for nobody else: not municipal staff, not administrators.
 * A member who has not accepted yet sees only the group's name and the agreement. Groups are created by
 * regional support staff, who become their facilitator. The counts-only overview is for regional support,
 * municipal staff and administrators.
 */
@ApplicationScoped
public class IntervisionAccess {

    @Inject
    CurrentUser currentUser;

    @PersistenceContext
    EntityManager em;

    public void requireOrganiser() {
        currentUser.requireAnyOf(Role.REGIONAL_SUPPORT);
    }

    public boolean isFacilitator(IntervisionGroup group) {
        return currentUser.hasRole(Role.REGIONAL_SUPPORT) && group.getFacilitator().equals(currentUser.name());
    }

    public void requireFacilitator(IntervisionGroup group) {
        if (!isFacilitator(group)) {
            throw new ForbiddenException(currentUser.name() + " does not facilitate intervision group " + group.getId());
        }
    }

    /** The caller's current membership of the group, accepted or not. */
    public Optional<GroupMember> membership(IntervisionGroup group) {
        return em.createNamedQuery("GroupMember.find", GroupMember.class)
                .setParameter("group", group)
                .setParameter("username", currentUser.name())
                .getResultStream()
                .filter(GroupMember::isCurrent)
                .findFirst();
    }

    /** The group's existence, name and agreement: for its facilitator and current members. */
    public void requireMaySee(IntervisionGroup group) {
        if (!isFacilitator(group) && membership(group).isEmpty()) {
            throw new ForbiddenException(currentUser.name() + " is not in intervision group " + group.getId());
        }
    }

    /** The group's confidential work: for its facilitator and members who accepted the agreement. */
    public boolean isConfidant(IntervisionGroup group) {
        return isFacilitator(group) || membership(group).filter(GroupMember::isConfided).isPresent();
    }

    public void requireConfidant(IntervisionGroup group) {
        if (!isConfidant(group)) {
            throw new ForbiddenException(currentUser.name() + " may not see the work of intervision group " + group.getId());
        }
    }

    /** The caller as a member who accepted the agreement, for acting as a participant. */
    public GroupMember requireConfidedMember(IntervisionGroup group) {
        return membership(group).filter(GroupMember::isConfided)
                .orElseThrow(() -> new ForbiddenException(currentUser.name()
                        + " is not a member of intervision group " + group.getId() + " who accepted its agreement"));
    }

    public void requireMayReadOverview() {
        currentUser.requireAnyOf(Role.REGIONAL_SUPPORT, Role.MUNICIPAL_STAFF, Role.ADMIN);
    }

    public String userName() {
        return currentUser.name();
    }
}
