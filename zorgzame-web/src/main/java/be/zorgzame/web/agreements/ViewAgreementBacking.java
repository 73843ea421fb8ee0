package be.zorgzame.web.agreements;

import be.zorgzame.agreements.boundary.AgreementLifecycle;
import be.zorgzame.agreements.boundary.AgreementService;
import be.zorgzame.agreements.boundary.AgreementVersionView;
import be.zorgzame.agreements.boundary.PartyView;
import be.zorgzame.agreements.boundary.SignOffInput;
import be.zorgzame.agreements.boundary.StepInput;
import be.zorgzame.agreements.boundary.VersionDifference;
import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.agreements.entity.SignOffDecision;
import be.zorgzame.platform.audit.AuditEntry;
import be.zorgzame.platform.problem.ConflictException;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.WrongStateException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.Messages;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * agreements/view.xhtml: one version as agreed, with the step the user may take on it (submit,
 * accept or decline for their own organisation, amend, terminate), the versions, what differs
 * between two of them, the history, and the PDF.
 */
@Named
@ViewScoped
public class ViewAgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "steps";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    AgreementService agreements;

    @Inject
    AgreementLifecycle lifecycle;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesFieldErrors fieldErrors;

    private Long id;
    private Integer number;
    private List<AgreementVersionView> versions;
    private AgreementVersionView shown;
    private boolean mayDraft;
    private String reason;
    private Integer compareFrom;
    private Integer compareTo;
    private List<VersionDifference> differences = List.of();
    private List<AuditEntry> history = List.of();

    public void load() throws IOException {
        if (versions != null) {
            return;
        }
        if (id == null) {
            PageOutcomes.sendError(404);
            return;
        }
        try {
            versions = agreements.versions(id);
            shown = versions.stream().filter(v -> number == null || v.number() == number).reduce((a, b) -> b)
                    .orElseThrow(() -> new NotFoundException("AgreementVersion", id + "/" + number));
            mayDraft = agreements.mayDraft(shown.neighbourhoodId());
            history = agreements.history(id);
            if (versions.size() > 1) {
                compareTo = shown.number();
                compareFrom = shown.number() > 1 ? shown.number() - 1 : 2;
                compare();
            }
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    public void compare() {
        differences = agreements.differences(id, compareFrom, compareTo);
    }

    public void submit() throws IOException {
        step(() -> lifecycle.submit(id, shown.number(), new StepInput(shown.version(), null)), "agreement.submitted");
    }

    public void accept() throws IOException {
        step(() -> lifecycle.signOff(id, shown.number(), new SignOffInput(SignOffDecision.ACCEPTED, null, shown.version())),
                "agreement.answered");
    }

    public void decline() throws IOException {
        step(() -> lifecycle.signOff(id, shown.number(), new SignOffInput(SignOffDecision.DECLINED, reason, shown.version())),
                "agreement.answered");
    }

    public void amend() throws IOException {
        step(() -> lifecycle.amend(id, new StepInput(shown.version(), null)), "agreement.amended");
    }

    public void terminate() throws IOException {
        step(() -> lifecycle.terminate(id, new StepInput(shown.version(), reason)), "agreement.terminated");
    }

    /** Takes a step and shows the agreement as it now is; a refusal shows next to the reason or on top. */
    private void step(Runnable action, String confirmation) throws IOException {
        try {
            action.run();
            PageOutcomes.redirectWithConfirmation(EditAgreementBacking.viewPath(id), confirmation);
        } catch (ConstraintViolationException e) {
            fieldErrors.show(FORM, e);
        } catch (InvalidInputException e) {
            fieldErrors.show(FORM, e);
        } catch (ConflictException e) {
            PageOutcomes.error("agreement.conflict");
        } catch (WrongStateException e) {
            PageOutcomes.error("agreement.wrongState");
        } catch (ForbiddenException e) {
            PageOutcomes.error("agreement.forbidden");
        }
    }

    public boolean isDraft() {
        return shown.status() == AgreementStatus.DRAFT;
    }

    public boolean isMayDraft() {
        return mayDraft;
    }

    /** The user's organisation is a party to the submitted version and has not answered yet. */
    public boolean isMaySign() {
        Optional<Long> own = currentUser.organisationId();
        return shown.status() == AgreementStatus.SUBMITTED && own.isPresent()
                && shown.parties().stream().anyMatch(p -> p.organisationId() == own.get())
                && shown.signOffs().stream().noneMatch(s -> s.organisationId() == own.get());
    }

    public boolean isMayAmend() {
        return mayDraft && shown.status() == AgreementStatus.ACTIVE && isLatest();
    }

    public boolean isMayTerminate() {
        return mayDraft && shown.status() == AgreementStatus.ACTIVE;
    }

    public boolean isLatest() {
        return versions.get(versions.size() - 1).number() == shown.number();
    }

    /** A value of a difference or a party as the reader understands it: enum codes in words, dates as dd/mm/yyyy. */
    public String text(Object value) {
        if (value == null) {
            return Messages.text(locale(), "agreement.none");
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(this::text).collect(Collectors.joining(", "));
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Enum<?> code) {
            return Messages.text(locale(), keyOf(code));
        }
        return value.toString();
    }

    private static String keyOf(Enum<?> code) {
        String kind = switch (code.getDeclaringClass().getSimpleName()) {
            case "PartyRole" -> "role";
            case "DecisionLevel" -> "level";
            case "BodyKind" -> "bodyKind";
            case "SignOffDecision" -> "decision";
            default -> "status";
        };
        return "agreement." + kind + "." + code.name();
    }

    public String levelOf(PartyView party, String area) {
        return text(party.decisionRights().get(area));
    }

    public String pdfLink() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getExternalContext().getRequestContextPath() + "/api/agreements/" + id + "/versions/"
                + shown.number() + "/pdf?lang=" + locale().getLanguage();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public AgreementVersionView getShown() {
        return shown;
    }

    public List<AgreementVersionView> getVersions() {
        return versions;
    }

    public List<VersionDifference> getDifferences() {
        return differences;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(Integer compareFrom) {
        this.compareFrom = compareFrom;
    }

    public Integer getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(Integer compareTo) {
        this.compareTo = compareTo;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }
}
