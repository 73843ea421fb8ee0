package be.zorgzame.web.mandates;

import be.zorgzame.mandates.boundary.Freedom;
import be.zorgzame.mandates.boundary.MandateInput;
import be.zorgzame.mandates.boundary.MandateView;
import be.zorgzame.mandates.entity.FeedbackCadence;
import be.zorgzame.mandates.entity.FreedomLevel;
import be.zorgzame.mandates.entity.MandateFunction;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mandate editor's values, mutable for Faces. The neighbourhoods are kept as text (the values of
 * a checkbox list) and become ids again in {@link #toInput}; the degrees of freedom are rows that
 * can be added and removed.
 */
public class MandateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long holderId;
    private Long employerId;
    private MandateFunction function = MandateFunction.COORDINATOR;
    private List<String> neighbourhoodIds = new ArrayList<>();
    private Long grantingOrganisationId;
    private String grantingBody;
    private LocalDate decisionDate;
    private String decisionReference;
    private String decisionLink;
    private String scope;
    private final List<FreedomRow> degreesOfFreedom = new ArrayList<>();
    private BigDecimal hoursPerWeek;
    private BigDecimal fteShare;
    private BigDecimal daysPerMonth;
    private String feedbackTo;
    private FeedbackCadence feedbackCadence;
    private String feedbackForm;
    private LocalDate validFrom = LocalDate.now();
    private LocalDate validTo;

    /** A new mandate for a neighbourhood, employed and granted by the given organisation when there is one. */
    static MandateForm forNeighbourhood(long neighbourhoodId, Long organisationId) {
        MandateForm form = new MandateForm();
        form.neighbourhoodIds.add(String.valueOf(neighbourhoodId));
        form.employerId = organisationId;
        form.grantingOrganisationId = organisationId;
        return form;
    }

    static MandateForm of(MandateView m) {
        MandateForm form = new MandateForm();
        form.holderId = m.holderId();
        form.employerId = m.employerId();
        form.function = m.function();
        m.neighbourhoods().forEach(n -> form.neighbourhoodIds.add(String.valueOf(n.id())));
        form.grantingOrganisationId = m.grantingOrganisationId();
        form.grantingBody = m.grantingBody();
        form.decisionDate = m.decisionDate();
        form.decisionReference = m.decisionReference();
        form.decisionLink = m.decisionLink();
        form.scope = m.scope();
        m.degreesOfFreedom().forEach(f -> form.degreesOfFreedom.add(FreedomRow.of(f)));
        form.hoursPerWeek = m.hoursPerWeek();
        form.fteShare = m.fteShare();
        form.daysPerMonth = m.daysPerMonth();
        form.feedbackTo = m.feedbackTo();
        form.feedbackCadence = m.feedbackCadence();
        form.feedbackForm = m.feedbackForm();
        form.validFrom = m.validFrom();
        form.validTo = m.validTo();
        return form;
    }

    MandateInput toInput(Integer version) {
        return new MandateInput(holderId, employerId, function,
                neighbourhoodIds.stream().map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)),
                grantingOrganisationId, grantingBody, decisionDate, decisionReference, decisionLink, scope,
                degreesOfFreedom.stream().map(FreedomRow::toFreedom).toList(), hoursPerWeek, fteShare, daysPerMonth,
                feedbackTo, feedbackCadence, feedbackForm, validFrom, validTo, version);
    }

    void addFreedom() {
        degreesOfFreedom.add(new FreedomRow());
    }

    void removeFreedom(FreedomRow row) {
        degreesOfFreedom.remove(row);
    }

    /** One row of the degrees-of-freedom matrix: a decision area, the holder's level in it, a budget limit. */
    public static class FreedomRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String area;
        private FreedomLevel level = FreedomLevel.AFTER_CONSULTATION;
        private BigDecimal budgetLimit;

        static FreedomRow of(Freedom f) {
            FreedomRow row = new FreedomRow();
            row.area = f.area();
            row.level = f.level();
            row.budgetLimit = f.budgetLimit();
            return row;
        }

        Freedom toFreedom() {
            return new Freedom(area, level, budgetLimit);
        }

        public String getArea() {
            return area;
        }

        public void setArea(String area) {
            this.area = area;
        }

        public FreedomLevel getLevel() {
            return level;
        }

        public void setLevel(FreedomLevel level) {
            this.level = level;
        }

        public BigDecimal getBudgetLimit() {
            return budgetLimit;
        }

        public void setBudgetLimit(BigDecimal budgetLimit) {
            this.budgetLimit = budgetLimit;
        }
    }

    public Long getHolderId() {
        return holderId;
    }

    public void setHolderId(Long holderId) {
        this.holderId = holderId;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public MandateFunction getFunction() {
        return function;
    }

    public void setFunction(MandateFunction function) {
        this.function = function;
    }

    public List<String> getNeighbourhoodIds() {
        return neighbourhoodIds;
    }

    public void setNeighbourhoodIds(List<String> neighbourhoodIds) {
        this.neighbourhoodIds = neighbourhoodIds == null ? new ArrayList<>() : neighbourhoodIds;
    }

    public Long getGrantingOrganisationId() {
        return grantingOrganisationId;
    }

    public void setGrantingOrganisationId(Long grantingOrganisationId) {
        this.grantingOrganisationId = grantingOrganisationId;
    }

    public String getGrantingBody() {
        return grantingBody;
    }

    public void setGrantingBody(String grantingBody) {
        this.grantingBody = grantingBody;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public void setDecisionReference(String decisionReference) {
        this.decisionReference = decisionReference;
    }

    public String getDecisionLink() {
        return decisionLink;
    }

    public void setDecisionLink(String decisionLink) {
        this.decisionLink = decisionLink;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public List<FreedomRow> getDegreesOfFreedom() {
        return degreesOfFreedom;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(BigDecimal hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public BigDecimal getFteShare() {
        return fteShare;
    }

    public void setFteShare(BigDecimal fteShare) {
        this.fteShare = fteShare;
    }

    public BigDecimal getDaysPerMonth() {
        return daysPerMonth;
    }

    public void setDaysPerMonth(BigDecimal daysPerMonth) {
        this.daysPerMonth = daysPerMonth;
    }

    public String getFeedbackTo() {
        return feedbackTo;
    }

    public void setFeedbackTo(String feedbackTo) {
        this.feedbackTo = feedbackTo;
    }

    public FeedbackCadence getFeedbackCadence() {
        return feedbackCadence;
    }

    public void setFeedbackCadence(FeedbackCadence feedbackCadence) {
        this.feedbackCadence = feedbackCadence;
    }

    public String getFeedbackForm() {
        return feedbackForm;
    }

    public void setFeedbackForm(String feedbackForm) {
        this.feedbackForm = feedbackForm;
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
}
