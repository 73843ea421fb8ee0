package be.zorgzame.web.checklist;

import be.zorgzame.checklist.boundary.AssessmentService;
import be.zorgzame.checklist.boundary.ChecklistAccess;
import be.zorgzame.checklist.boundary.ChecklistDashboard;
import be.zorgzame.checklist.boundary.ChecklistEntry;
import be.zorgzame.checklist.boundary.ProgressView;
import be.zorgzame.neighbourhoods.boundary.MunicipalityService;
import be.zorgzame.neighbourhoods.boundary.MunicipalityView;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * checklist/municipality.xhtml: the recommendations a municipality is assessed on, each with its assessment and
 * the suggestions drawn from the module's data, and the progress per framework and level (its neighbourhoods
 * included). Without a {@code municipality} parameter: the user's own municipality, or a choice for those who
 * follow every municipality.
 */
@Named
@ViewScoped
public class MunicipalityChecklistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentService assessments;

    @Inject
    ChecklistDashboard dashboard;

    @Inject
    MunicipalityService municipalities;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChecklistAccess access;

    private String nisCode;
    private MunicipalityView municipality;
    private List<ChecklistEntry> entries;
    private ProgressView progress;
    private boolean mayAssess;

    public void load() throws IOException {
        if (entries != null) {
            return;
        }
        if (nisCode == null) {
            nisCode = currentUser.municipalityNisCode().orElse(null);
        }
        if (nisCode == null) {
            if (!access.seesEveryAssessment()) {
                PageOutcomes.sendError(403);
            }
            return;
        }
        try {
            municipality = municipalities.get(nisCode);
            entries = assessments.municipalityChecklist(nisCode, null, FacesContext.getCurrentInstance().getViewRoot().getLocale());
            progress = dashboard.municipality(nisCode);
            mayAssess = assessments.mayAssess(nisCode);
        } catch (NotFoundException | InvalidInputException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    /** For those who follow every municipality: which one to show. */
    public List<MunicipalityView> getMunicipalities() {
        return municipalities.list();
    }

    public boolean isChosen() {
        return entries != null;
    }

    public MunicipalityView getMunicipality() {
        return municipality;
    }

    public List<ChecklistEntry> getEntries() {
        return entries;
    }

    public ProgressView getProgress() {
        return progress;
    }

    public boolean isMayAssess() {
        return mayAssess;
    }

    public String getNisCode() {
        return nisCode;
    }

    public void setNisCode(String nisCode) {
        this.nisCode = nisCode;
    }
}
