package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.GroupMember;
import be.zorgzame.intervision.entity.IntervisionGroup;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.WrongStateException;
import be.zorgzame.platform.query.Texts;
import be.zorgzame.platform.security.AppUser;
import be.zorgzame.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps intervision groups and their members. The facilitator manages the group; a member can change
 * their own address and neighbourhood, accept the agreement and leave. Members are personal data, so
 * every change to them is audited, as is every change to a group.
 */
@ApplicationScoped
@Transactional
public class GroupService {

    static final String GROUP = "IntervisionGroup";
    static final String MEMBER = "GroupMember";

    /** Accounts that can take part: workers of partners and municipalities, and regional support staff. */
    private static final Set<Role> PARTICIPANT_ROLES = EnumSet.of(Role.PARTNER_STAFF, Role.MUNICIPAL_STAFF, Role.REGIONAL_SUPPORT);

    /** Enough to pick from while typing a name; the caller narrows the search rather than pages through it. */
    private static final int CANDIDATES_SHOWN = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    IntervisionAccess access;

    @Inject
    AuditTrail auditTrail;

    /** The groups the caller facilitates or belongs to. */
    public List<GroupSummary> mine() {
        return em.createNamedQuery("IntervisionGroup.findForUser", IntervisionGroup.class)
                .setParameter("username", access.userName())
                .getResultStream()
                .map(group -> new GroupSummary(group.getId(), group.getName(), group.getFacilitator(),
                        currentMembers(group), group.getMaxMembers(), myPart(group)))
                .toList();
    }

    public GroupView get(long id) {
        IntervisionGroup group = group(id);
        access.requireMaySee(group);
        return view(group);
    }

    public GroupView create(@NotNull @Valid GroupInput input) {
        access.requireOrganiser();
        IntervisionGroup group = new IntervisionGroup(input.name().strip(),
                Optional.ofNullable(Texts.blankToNull(input.facilitator())).orElse(access.userName()));
        write(group, input);
        em.persist(group);
        em.flush();
        auditTrail.created(IntervisionGroup.class, group.getId(), new FieldChanges()
                .added("name", group.getName()).added("facilitator", group.getFacilitator())
                .added("maxMembers", group.getMaxMembers()));
        return view(group);
    }

    public GroupView update(long id, @NotNull @Valid GroupInput input) {
        IntervisionGroup group = group(id);
        access.requireFacilitator(group);
        EditConflicts.requireCurrent(GROUP, id, group.getVersion(), input.version());
        if (input.maxMembers() < currentMembers(group)) {
            throw new InvalidInputException("maxMembers", "{zorgzame.intervision.maxBelowMembers}");
        }
        FieldChanges changes = new FieldChanges()
                .compare("name", group.getName(), input.name().strip())
                .compare("facilitator", group.getFacilitator(),
                        Optional.ofNullable(Texts.blankToNull(input.facilitator())).orElse(group.getFacilitator()))
                .compare("maxMembers", group.getMaxMembers(), input.maxMembers())
                .compare("confidentialityText", group.getConfidentialityText(), input.confidentialityText())
                .compare("preparationDays", group.getPreparationDays(), input.preparationDays())
                .compare("caseDays", group.getCaseDays(), input.caseDays())
                .compare("eveReminder", group.isEveReminder(), input.eveReminder());
        group.setName(input.name().strip());
        Optional.ofNullable(Texts.blankToNull(input.facilitator())).ifPresent(group::setFacilitator);
        write(group, input);
        EditConflicts.flush(em, GROUP, id);
        auditTrail.updated(IntervisionGroup.class, id, changes);
        return view(group);
    }

    /** Adds a worker, or takes back one who left; they accept the agreement before they see anything. */
    public MemberView addMember(long groupId, @NotNull @Valid MemberInput input) {
        IntervisionGroup group = em.find(IntervisionGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE);
        if (group == null) {
            throw new NotFoundException(GROUP, groupId);
        }
        access.requireFacilitator(group);
        AppUser account = account(input.username().strip(), PARTICIPANT_ROLES)
                .orElseThrow(() -> new InvalidInputException("username", "{zorgzame.intervision.participantUnknown}"));
        if (currentMembers(group) >= group.getMaxMembers()) {
            throw new InvalidInputException("username", "{zorgzame.intervision.groupFull}");
        }
        LocalDate today = LocalDate.now();
        Optional<GroupMember> earlier = em.createNamedQuery("GroupMember.find", GroupMember.class)
                .setParameter("group", group)
                .setParameter("username", account.getUsername())
                .getResultStream().findFirst();
        if (earlier.filter(GroupMember::isCurrent).isPresent()) {
            throw new InvalidInputException("username", "{zorgzame.intervision.alreadyMember}");
        }
        GroupMember member = earlier.orElseGet(() -> new GroupMember(group, account.getUsername(), account.getDisplayName(), today));
        member.rejoin(today);
        member.setEmail(Texts.blankToNull(input.email()));
        member.setNeighbourhood(neighbourhood(input.neighbourhoodId()));
        if (member.getId() == null) {
            em.persist(member);
        }
        em.flush();
        auditTrail.created(GroupMember.class, member.getId(), new FieldChanges()
                .added("group", groupId).added("username", member.getUsername())
                .added("email", member.getEmail()).added("neighbourhood", input.neighbourhoodId()));
        return MemberView.of(member, true);
    }

    /** The facilitator, or the member themself, changes the address and neighbourhood. */
    public MemberView updateMember(long groupId, long memberId, @NotNull @Valid MemberInput input) {
        GroupMember member = member(groupId, memberId);
        requireFacilitatorOrSelf(member);
        EditConflicts.requireCurrent(MEMBER, memberId, member.getVersion(), input.version());
        Neighbourhood neighbourhood = neighbourhood(input.neighbourhoodId());
        FieldChanges changes = new FieldChanges()
                .compare("email", member.getEmail(), Texts.blankToNull(input.email()))
                .compare("neighbourhood", member.getNeighbourhood().map(Neighbourhood::getId).orElse(null), input.neighbourhoodId());
        member.setEmail(Texts.blankToNull(input.email()));
        member.setNeighbourhood(neighbourhood);
        EditConflicts.flush(em, MEMBER, memberId);
        auditTrail.updated(GroupMember.class, memberId, changes);
        return MemberView.of(member, true);
    }

    /** The facilitator takes a member off the group, or a member leaves; past attendance stays theirs. */
    public void removeMember(long groupId, long memberId) {
        GroupMember member = member(groupId, memberId);
        requireFacilitatorOrSelf(member);
        if (!member.isCurrent()) {
            throw new WrongStateException("Member " + memberId + " has already left group " + groupId);
        }
        member.leave(LocalDate.now());
        auditTrail.updated(GroupMember.class, memberId, new FieldChanges().added("leftOn", member.getLeftOn().orElseThrow()));
    }

    /** The caller accepts the group's confidentiality agreement, and from then on sees its work. */
    public GroupView accept(long groupId) {
        IntervisionGroup group = group(groupId);
        GroupMember member = access.membership(group)
                .orElseThrow(() -> new NotFoundException(MEMBER, access.userName()));
        if (member.getAcceptedAt().isEmpty()) {
            member.accept();
            auditTrail.updated(GroupMember.class, member.getId(),
                    new FieldChanges().added("acceptedAt", member.getAcceptedAt().orElseThrow()));
        }
        return view(group);
    }

    /** Accounts a facilitator can add, by user name or name; only name and user name are shown. */
    public List<Participant> candidates(String query) {
        access.requireOrganiser();
        String pattern = "%" + Texts.escapeLike(Optional.ofNullable(Texts.blankToNull(query)).orElse("").toLowerCase()) + "%";
        return em.createNamedQuery("AppUser.search", AppUser.class)
                .setParameter("pattern", pattern)
                .getResultStream()
                .filter(AppUser::isActive)
                .filter(account -> account.getRoles().stream().anyMatch(PARTICIPANT_ROLES::contains))
                .limit(CANDIDATES_SHOWN)
                .map(account -> new Participant(account.getUsername(), account.getDisplayName()))
                .toList();
    }

    IntervisionGroup group(long id) {
        return Optional.ofNullable(em.find(IntervisionGroup.class, id)).orElseThrow(() -> new NotFoundException(GROUP, id));
    }

    private GroupMember member(long groupId, long memberId) {
        return Optional.ofNullable(em.find(GroupMember.class, memberId))
                .filter(member -> member.getGroup().getId() == groupId)
                .orElseThrow(() -> new NotFoundException(MEMBER, memberId));
    }

    private void requireFacilitatorOrSelf(GroupMember member) {
        if (!member.getUsername().equals(access.userName())) {
            access.requireFacilitator(member.getGroup());
        }
    }

    private void write(IntervisionGroup group, GroupInput input) {
        account(group.getFacilitator(), EnumSet.of(Role.REGIONAL_SUPPORT))
                .orElseThrow(() -> new InvalidInputException("facilitator", "{zorgzame.intervision.facilitatorUnknown}"));
        group.setDescription(Texts.blankToNull(input.description()));
        group.setMaxMembers(input.maxMembers());
        group.setConfidentialityText(input.confidentialityText().strip());
        group.setReminders(input.preparationDays(), input.caseDays(), input.eveReminder());
    }

    private Optional<AppUser> account(String username, Set<Role> anyOf) {
        return em.createNamedQuery("AppUser.findByUsername", AppUser.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(AppUser::isActive)
                .filter(account -> account.getRoles().stream().anyMatch(anyOf::contains))
                .findFirst();
    }

    private Neighbourhood neighbourhood(Long id) {
        if (id == null) {
            return null;
        }
        return Optional.ofNullable(em.find(Neighbourhood.class, id))
                .orElseThrow(() -> new InvalidInputException("neighbourhoodId", "{zorgzame.neighbourhood.unknown}"));
    }

    private long currentMembers(IntervisionGroup group) {
        return em.createNamedQuery("GroupMember.countCurrent", Long.class).setParameter("group", group).getSingleResult();
    }

    private MyPart myPart(IntervisionGroup group) {
        if (access.isFacilitator(group)) {
            return MyPart.FACILITATOR;
        }
        return access.membership(group).filter(GroupMember::isConfided).isPresent() ? MyPart.MEMBER : MyPart.INVITED;
    }

    private GroupView view(IntervisionGroup group) {
        MyPart part = myPart(group);
        List<MemberView> members = part == MyPart.INVITED ? List.of()
                : em.createNamedQuery("GroupMember.findByGroup", GroupMember.class)
                        .setParameter("group", group)
                        .getResultStream()
                        .filter(member -> member.isCurrent() || part == MyPart.FACILITATOR)
                        .map(member -> MemberView.of(member, part == MyPart.FACILITATOR
                                || member.getUsername().equals(access.userName())))
                        .toList();
        return new GroupView(group.getId(), group.getName(), group.getDescription(), group.getFacilitator(),
                group.getMaxMembers(), group.getConfidentialityText(), group.getPreparationDays(), group.getCaseDays(),
                group.isEveReminder(), group.getCreatedAt(), part, members, group.getVersion());
    }
}
