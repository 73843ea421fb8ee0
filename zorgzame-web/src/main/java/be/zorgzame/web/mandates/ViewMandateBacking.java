package be.zorgzame.web.mandates;

import be.zorgzame.mandates.boundary.FeedbackInput;
import be.zorgzame.mandates.boundary.FeedbackView;
import be.zorgzame.mandates.boundary.MandateLifecycle;
import be.zorgzame.mandates.boundary.MandateService;
import be.zorgzame.mandates.boundary.MandateStepInput;
import be.zorgzame.mandates.boundary.MandateSummary;
import be.zorgzame.mandates.boundary.MandateView;
import be.zorgzame.mandates.boundary.RenewalInput;
import be.zorgzame.mandates.entity.MandateStatus;
import be.zorgzame.platform.problem.ConflictException;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.WrongStateException;
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * mandates/view.xhtml: one mandate with its warnings, the steps the user may take (activate, end,
 * renew), its editions, the feedback log with a form to log a moment, and the letter as PDF. Each
 * form is named after what it sends, so that refused input shows next to its field.
 */
@Named
@ViewScoped
public class ViewMandateBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String STEPS = "steps";
    static final String RENEWAL = "renewal";
    static final String FEEDBACK = "feedback";

    @Inject
    MandateService mandates;

    @Inject
    MandateLifecycle lifecycle;

    @Inject
    FacesFieldErrors fieldErrors;

    private Long id;
    private MandateView shown;
    private List<MandateSummary> editions = List.of();
    private List<FeedbackView> feedback = List.of();
    private boolean mayManage;
    private boolean mayLogFeedback;
    private String reason;
    private LocalDate renewFrom;
    private LocalDate renewTo;
    private LocalDate heldOn = LocalDate.now();
    private String note;

    public void load() throws IOException {
        if (shown != null) {
            return;
        }
        if (id == null) {
            PageOutcomes.sendError(404);
            return;
        }
        try {
            shown = mandates.get(id);
            editions = mandates.editions(id);
            feedback = lifecycle.feedback(id);
            mayManage = mandates.mayManage(id);
            mayLogFeedback = mandates.mayLogFeedback(id);
            renewFrom = shown.validTo() == null ? null : shown.validTo().plusDays(1);
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    public void activate() throws IOException {
        step(STEPS, () -> lifecycle.activate(id, new MandateStepInput(shown.version(), null)), "mandate.activated");
    }

    public void end() throws IOException {
        step(STEPS, () -> lifecycle.end(id, new MandateStepInput(shown.version(), reason)), "mandate.ended");
    }

    /** A new draft edition; the page shows it, as its decision is to be recorded next. */
    public void renew() throws IOException {
        step(RENEWAL, () -> lifecycle.renew(id, new RenewalInput(shown.version(), renewFrom, renewTo)), "mandate.renewed");
    }

    public void logFeedback() throws IOException {
        step(FEEDBACK, () -> {
            lifecycle.logFeedback(id, new FeedbackInput(heldOn, note));
            return shown;
        }, "mandate.feedbackLogged");
    }

    /** Takes a step and shows the mandate it leads to; a refusal shows next to its field or on top. */
    private void step(String form, Supplier<MandateView> action, String confirmation) throws IOException {
        try {
            MandateView result = action.get();
            PageOutcomes.redirectWithConfirmation(EditMandateBacking.viewPath(result.id()), confirmation);
        } catch (ConstraintViolationException e) {
            fieldErrors.show(form, e);
        } catch (InvalidInputException e) {
            fieldErrors.show(form, e);
        } catch (ConflictException e) {
            PageOutcomes.error("mandate.conflict");
        } catch (WrongStateException e) {
            PageOutcomes.error("mandate.wrongState");
        } catch (ForbiddenException e) {
            PageOutcomes.error("mandate.forbidden");
        }
    }

    public boolean isMayEdit() {
        return mayManage && shown.status() != MandateStatus.ENDED;
    }

    public boolean isMayActivate() {
        return mayManage && shown.status() == MandateStatus.DRAFT;
    }

    public boolean isMayEnd() {
        return mayManage && shown.status() != MandateStatus.ENDED;
    }

    public boolean isMayRenew() {
        return mayManage && shown.status() != MandateStatus.DRAFT && shown.nextId() == null;
    }

    /** Feedback is held on a mandate that was granted: active, or ended and logged afterwards. */
    public boolean isMayLogFeedback() {
        return mayLogFeedback && shown.status() != MandateStatus.DRAFT;
    }

    public String pdfLink() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getExternalContext().getRequestContextPath() + "/api/mandates/" + id + "/letter.pdf?lang="
                + context.getViewRoot().getLocale().getLanguage();
    }

    public MandateView getShown() {
        return shown;
    }

    public List<MandateSummary> getEditions() {
        return editions;
    }

    public List<FeedbackView> getFeedback() {
        return feedback;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getRenewFrom() {
        return renewFrom;
    }

    public void setRenewFrom(LocalDate renewFrom) {
        this.renewFrom = renewFrom;
    }

    public LocalDate getRenewTo() {
        return renewTo;
    }

    public void setRenewTo(LocalDate renewTo) {
        this.renewTo = renewTo;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
