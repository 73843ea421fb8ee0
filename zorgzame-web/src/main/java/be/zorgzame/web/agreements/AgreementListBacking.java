package be.zorgzame.web.agreements;

import be.zorgzame.agreements.boundary.AgreementService;
import be.zorgzame.agreements.boundary.AgreementSummary;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodView;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.web.PageOutcomes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * agreements/list.xhtml: the agreements the user may see, of one neighbourhood (reached from the
 * neighbourhood's pages, where a new one can be drafted) or of all.
 */
@Named
@RequestScoped
public class AgreementListBacking {

    @Inject
    AgreementService agreements;

    @Inject
    NeighbourhoodService neighbourhoods;

    private Long neighbourhoodId;
    private NeighbourhoodView neighbourhood;
    private List<AgreementSummary> list = List.of();
    private boolean mayDraft;

    public void load() throws IOException {
        try {
            if (neighbourhoodId != null) {
                neighbourhood = neighbourhoods.get(neighbourhoodId);
                mayDraft = agreements.mayDraft(neighbourhoodId);
            }
            list = agreements.list(neighbourhoodId);
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    public List<AgreementSummary> getList() {
        return list;
    }

    public NeighbourhoodView getNeighbourhood() {
        return neighbourhood;
    }

    public boolean isMayDraft() {
        return mayDraft;
    }

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public void setNeighbourhoodId(Long neighbourhoodId) {
        this.neighbourhoodId = neighbourhoodId;
    }
}
