package be.zorgzame.web.checklist;

import be.zorgzame.checklist.boundary.AssessmentService;
import be.zorgzame.checklist.boundary.ChecklistDashboard;
import be.zorgzame.checklist.boundary.ChecklistEntry;
import be.zorgzame.checklist.boundary.ProgressView;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodView;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * checklist/neighbourhood.xhtml: the toetsingskader and the building blocks for one neighbourhood, each item
 * with its assessment, and the progress per framework and level. Partner staff taking part read it.
 */
@Named
@ViewScoped
public class NeighbourhoodChecklistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentService assessments;

    @Inject
    ChecklistDashboard dashboard;

    @Inject
    NeighbourhoodService neighbourhoods;

    private Long neighbourhoodId;
    private NeighbourhoodView neighbourhood;
    private List<ChecklistEntry> entries;
    private ProgressView progress;
    private boolean mayAssess;

    public void load() throws IOException {
        if (entries != null) {
            return;
        }
        if (neighbourhoodId == null) {
            PageOutcomes.sendError(404);
            return;
        }
        try {
            entries = assessments.neighbourhoodChecklist(neighbourhoodId, null);
            neighbourhood = neighbourhoods.get(neighbourhoodId);
            progress = dashboard.neighbourhood(neighbourhoodId);
            mayAssess = assessments.mayAssess(neighbourhood.municipalityNisCode());
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    public NeighbourhoodView getNeighbourhood() {
        return neighbourhood;
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

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public void setNeighbourhoodId(Long neighbourhoodId) {
        this.neighbourhoodId = neighbourhoodId;
    }
}
