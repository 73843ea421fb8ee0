package be.zorgzame.web.organisations;

import be.zorgzame.partners.boundary.ImportReport;
import be.zorgzame.partners.boundary.ImportRow;
import be.zorgzame.partners.boundary.OrganisationImport;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;

/**
 * organisations/import.xhtml: upload a file, see per row what the import would do (a dry run), then
 * apply it. The file is kept in the view between the two steps, so what is applied is what was checked.
 */
@Named
@ViewScoped
public class ImportOrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "import";
    private static final String FILE = "file";

    @Inject
    OrganisationImport imports;

    @Inject
    FacesFieldErrors fieldErrors;

    private transient UploadedFile upload;
    private byte[] file;
    private String fileName;
    private ImportReport report;

    /** Checks the uploaded file: the dry run. */
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
            report = imports.dryRun(content, locale());
            file = content;
        } catch (InvalidInputException e) {
            fileError(e);
        }
    }

    /** Applies the checked file: everything, or nothing when a row is rejected (the report then says why). */
    public void apply() {
        if (file == null) {
            fileError(Messages.text(locale(), "import.noFile"));
            return;
        }
        try {
            report = imports.apply(file, locale());
            if (report.applied()) {
                file = null;
                info(Messages.text(locale(), "import.applied", report.created(), report.updated()));
            }
        } catch (InvalidInputException e) {
            fileError(e);
        }
    }

    /** The row's errors as one line: "column: message; column: message". */
    public String errors(ImportRow row) {
        return row.errors().stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }

    public boolean isApplicable() {
        return file != null && report != null && !report.hasRejectedRows() && !report.applied();
    }

    private void fileError(InvalidInputException refusal) {
        fieldErrors.showFileRefusal(FORM, FILE, refusal);
    }

    private static void fileError(String text) {
        FacesFieldErrors.showAt(FORM + ":" + FILE, text);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
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

    public ImportReport getReport() {
        return report;
    }
}
