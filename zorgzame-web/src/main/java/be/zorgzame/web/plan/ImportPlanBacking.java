package be.zorgzame.web.plan;

import be.zorgzame.plan.boundary.PlanImport;
import be.zorgzame.plan.boundary.PlanImportReport;
import be.zorgzame.plan.boundary.PlanService;
import be.zorgzame.plan.boundary.PlanView;
import be.zorgzame.plan.boundary.RejectedRow;
import be.zorgzame.plan.control.RevisionDiff;
import be.zorgzame.platform.problem.ConflictException;
import be.zorgzame.platform.problem.FieldErrors;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.Messages;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;

/**
 * plan/import.xhtml: upload a plan's file, see the refused rows or the differences with the newest
 * revision and the links they affect (a dry run), then apply it as the next revision. The file is kept in
 * the view between the two steps, so what is applied is what was checked; applying is offered only when
 * no row is refused.
 */
@Named
@ViewScoped
public class ImportPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "import";
    private static final String FILE = "file";

    @Inject
    PlanService plans;

    @Inject
    PlanImport imports;

    @Inject
    FieldErrors fieldErrors;

    @Inject
    FacesFieldErrors facesFieldErrors;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private List<PlanView> all;
    private String label;
    private transient UploadedFile upload;
    private byte[] file;
    private String fileName;
    private PlanImportReport report;

    public void load() throws IOException {
        if (all != null) {
            return;
        }
        all = plans.list(null);
        if (id == null) {
            id = PlanChoices.preferred(all, currentUser.municipalityNisCode()).orElse(null);
        } else if (all.stream().noneMatch(p -> p.id() == id)) {
            PageOutcomes.sendError(404);
        }
    }

    /** Checks the uploaded file against the chosen plan: the dry run. */
    public void check() {
        report = null;
        file = null;
        if (upload == null || upload.getSize() == 0) {
            fileError(Messages.text(locale(), "import.noFile"));
            return;
        }
        byte[] content = upload.getContent();
        fileName = upload.getFileName();
        try {
            report = imports.dryRun(id, content, locale());
            file = content;
        } catch (InvalidInputException e) {
            fileError(e);
        } catch (ForbiddenException e) {
            PageOutcomes.error("plan.otherMunicipality");
        }
    }

    /** Applies the checked file as the next revision: everything, or nothing when a row is refused. */
    public void apply() {
        if (file == null) {
            fileError(Messages.text(locale(), "import.noFile"));
            return;
        }
        try {
            report = imports.apply(id, file, label, locale());
            if (report.applied()) {
                file = null;
                String text = Messages.text(locale(), "plan.import.applied", report.revision());
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(text));
            }
        } catch (InvalidInputException e) {
            fileError(e);
        } catch (ConstraintViolationException e) {
            fieldErrors.of(e, locale()).forEach(error -> FacesFieldErrors.showAt(FORM + ":label", error.message()));
        } catch (ForbiddenException e) {
            PageOutcomes.error("plan.otherMunicipality");
        } catch (ConflictException e) {
            PageOutcomes.error("plan.import.conflict");
        }
    }

    /** The row's errors as one line: "column: message; column: message". */
    public String errors(RejectedRow row) {
        return row.errors().stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }

    /** The changed fields of an item, named in the page's language. */
    public String fields(RevisionDiff.Change change) {
        return change.fields().stream().map(field -> Messages.text(locale(), "plan.field." + field))
                .collect(Collectors.joining(", "));
    }

    public boolean isApplicable() {
        return file != null && report != null && report.rejected() == 0 && !report.applied();
    }

    public List<SelectItem> getPlanChoices() {
        return PlanChoices.plans(all, locale());
    }

    private void fileError(InvalidInputException refusal) {
        facesFieldErrors.showFileRefusal(FORM, FILE, refusal);
    }

    private static void fileError(String text) {
        FacesFieldErrors.showAt(FORM + ":" + FILE, text);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public String getFileName() {
        return fileName;
    }

    public PlanImportReport getReport() {
        return report;
    }
}
