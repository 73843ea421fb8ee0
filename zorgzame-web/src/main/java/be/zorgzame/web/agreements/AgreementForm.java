package be.zorgzame.web.agreements;

import be.zorgzame.agreements.boundary.AgreementInput;
import be.zorgzame.agreements.boundary.BodyInput;
import be.zorgzame.agreements.boundary.PartyInput;
import be.zorgzame.agreements.entity.BodyKind;
import be.zorgzame.agreements.entity.DecisionLevel;
import be.zorgzame.agreements.entity.PartyRole;
import be.zorgzame.platform.query.Texts;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The agreement editor's values, mutable for Faces. Decision areas are edited as lines of text, and
 * the decision-rights matrix keeps a level per area name, so renaming or removing an area drops the
 * rights given for it. Roles, levels and members are kept as text, which every select component
 * can hold, and become typed again in {@link #toInput}.
 */
public class AgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long neighbourhoodId;
    private String title;
    private String purpose;
    private LocalDate validFrom;
    private LocalDate validTo;
    private LocalDate reviewDate;
    private String escalationRoute;
    private String decisionAreas = "";
    private final List<PartyRow> parties = new ArrayList<>();
    private final List<BodyRow> bodies = new ArrayList<>();

    /** The form for an input, with the name of each party's organisation looked up. */
    static AgreementForm of(AgreementInput input, LongFunction<String> organisationName) {
        AgreementForm form = new AgreementForm();
        form.neighbourhoodId = input.neighbourhoodId();
        form.title = input.title();
        form.purpose = input.purpose();
        form.validFrom = input.validFrom();
        form.validTo = input.validTo();
        form.reviewDate = input.reviewDate();
        form.escalationRoute = input.escalationRoute();
        form.decisionAreas = String.join("\n", input.decisionAreas());
        input.parties().forEach(p -> form.parties.add(PartyRow.of(p, organisationName.apply(p.organisationId()))));
        input.bodies().forEach(b -> form.bodies.add(BodyRow.of(b)));
        return form;
    }

    AgreementInput toInput(Integer version) {
        List<String> areas = getAreas();
        Set<Long> partyIds = parties.stream().map(PartyRow::getOrganisationId).collect(Collectors.toSet());
        return new AgreementInput(neighbourhoodId, title, purpose, validFrom, validTo, reviewDate, escalationRoute, areas,
                parties.stream().map(p -> p.toInput(areas)).toList(),
                bodies.stream().map(b -> b.toInput(partyIds)).toList(),
                version);
    }

    /** The decision areas as entered, one per line, blank lines left out. */
    public List<String> getAreas() {
        return Arrays.stream(decisionAreas.split("\\R")).map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }

    void addParty(long organisationId, String organisationName) {
        if (parties.stream().noneMatch(p -> p.organisationId == organisationId)) {
            PartyRow row = new PartyRow();
            row.organisationId = organisationId;
            row.organisationName = organisationName;
            parties.add(row);
        }
    }

    void removeParty(PartyRow party) {
        parties.remove(party);
        bodies.forEach(b -> b.members.remove(String.valueOf(party.organisationId)));
    }

    void addBody() {
        bodies.add(new BodyRow());
    }

    void removeBody(BodyRow body) {
        bodies.remove(body);
    }

    /** One party: who, their roles and tasks, their decision right per area, contributions and contact. */
    public static class PartyRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private long organisationId;
        private String organisationName;
        private List<String> roles = new ArrayList<>();
        private String tasks;
        private final Map<String, String> rights = new HashMap<>();
        private Long contactPersonId;
        private BigDecimal hoursPerWeek;
        private BigDecimal budgetPerYear;
        private String space;
        private String material;

        static PartyRow of(PartyInput p, String organisationName) {
            PartyRow row = new PartyRow();
            row.organisationId = p.organisationId();
            row.organisationName = organisationName;
            row.roles = p.roles().stream().map(Enum::name).sorted().collect(Collectors.toCollection(ArrayList::new));
            row.tasks = p.tasks();
            p.decisionRights().forEach((area, level) -> row.rights.put(area, level.name()));
            row.contactPersonId = p.contactPersonId();
            row.hoursPerWeek = p.hoursPerWeek();
            row.budgetPerYear = p.budgetPerYear();
            row.space = p.space();
            row.material = p.material();
            return row;
        }

        PartyInput toInput(List<String> areas) {
            Map<String, DecisionLevel> decisionRights = new LinkedHashMap<>();
            areas.forEach(area -> {
                String level = Texts.blankToNull(rights.get(area));
                if (level != null) {
                    decisionRights.put(area, DecisionLevel.valueOf(level));
                }
            });
            Set<PartyRole> typedRoles = roles.stream().map(PartyRole::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
            return new PartyInput(organisationId, typedRoles, tasks, decisionRights, contactPersonId, hoursPerWeek,
                    budgetPerYear, space, material);
        }

        public long getOrganisationId() {
            return organisationId;
        }

        public String getOrganisationName() {
            return organisationName;
        }

        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles;
        }

        public String getTasks() {
            return tasks;
        }

        public void setTasks(String tasks) {
            this.tasks = tasks;
        }

        /** The decision level per area name (the matrix cells). */
        public Map<String, String> getRights() {
            return rights;
        }

        public Long getContactPersonId() {
            return contactPersonId;
        }

        public void setContactPersonId(Long contactPersonId) {
            this.contactPersonId = contactPersonId;
        }

        public BigDecimal getHoursPerWeek() {
            return hoursPerWeek;
        }

        public void setHoursPerWeek(BigDecimal hoursPerWeek) {
            this.hoursPerWeek = hoursPerWeek;
        }

        public BigDecimal getBudgetPerYear() {
            return budgetPerYear;
        }

        public void setBudgetPerYear(BigDecimal budgetPerYear) {
            this.budgetPerYear = budgetPerYear;
        }

        public String getSpace() {
            return space;
        }

        public void setSpace(String space) {
            this.space = space;
        }

        public String getMaterial() {
            return material;
        }

        public void setMaterial(String material) {
            this.material = material;
        }
    }

    /** One coordination body; its members are parties, by organisation id. */
    public static class BodyRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private BodyKind kind = BodyKind.WORKING_GROUP;
        private String cadence;
        private List<String> members = new ArrayList<>();

        static BodyRow of(BodyInput b) {
            BodyRow row = new BodyRow();
            row.name = b.name();
            row.kind = b.kind();
            row.cadence = b.cadence();
            row.members = b.memberOrganisationIds().stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
            return row;
        }

        BodyInput toInput(Set<Long> partyIds) {
            Set<Long> memberIds = members.stream().map(Long::valueOf).filter(partyIds::contains)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return new BodyInput(name, kind, cadence, memberIds);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public BodyKind getKind() {
            return kind;
        }

        public void setKind(BodyKind kind) {
            this.kind = kind;
        }

        public String getCadence() {
            return cadence;
        }

        public void setCadence(String cadence) {
            this.cadence = cadence;
        }

        public List<String> getMembers() {
            return members;
        }

        public void setMembers(List<String> members) {
            this.members = members;
        }
    }

    public long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getEscalationRoute() {
        return escalationRoute;
    }

    public void setEscalationRoute(String escalationRoute) {
        this.escalationRoute = escalationRoute;
    }

    public String getDecisionAreas() {
        return decisionAreas;
    }

    public void setDecisionAreas(String decisionAreas) {
        this.decisionAreas = decisionAreas == null ? "" : decisionAreas;
    }

    public List<PartyRow> getParties() {
        return parties;
    }

    public List<BodyRow> getBodies() {
        return bodies;
    }
}
