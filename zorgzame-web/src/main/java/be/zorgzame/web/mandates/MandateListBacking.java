package be.zorgzame.web.mandates;

import be.zorgzame.mandates.boundary.CoveredNeighbourhood;
import be.zorgzame.mandates.boundary.LinchpinStatus;
import be.zorgzame.mandates.boundary.MandateAccess;
import be.zorgzame.mandates.boundary.MandateDashboard;
import be.zorgzame.mandates.boundary.MandateService;
import be.zorgzame.mandates.boundary.MandateSummary;
import be.zorgzame.mandates.boundary.NeighbourhoodWarnings;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodAccess;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodView;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.web.PageOutcomes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * mandates/list.xhtml: the mandates the user may see, of one neighbourhood or of all, with the
 * warnings of each neighbourhood concerned. Regional support sees no mandates, only whether the
 * neighbourhood has a linchpin, so the page shows them that instead.
 */
@Named
@RequestScoped
public class MandateListBacking {

    @Inject
    MandateService mandates;

    @Inject
    MandateDashboard dashboard;

    @Inject
    MandateAccess access;

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    NeighbourhoodAccess neighbourhoodAccess;

    private Long neighbourhoodId;
    private NeighbourhoodView neighbourhood;
    private boolean seesMandates;
    private List<MandateSummary> list = List.of();
    private List<NeighbourhoodWarnings> warnings = List.of();
    private List<LinchpinStatus> linchpins = List.of();
    private boolean mayDraft;

    public void load() throws IOException {
        try {
            if (neighbourhoodId != null) {
                neighbourhood = neighbourhoods.get(neighbourhoodId);
            }
            seesMandates = access.maySeeMandates();
            if (!seesMandates) {
                linchpins = neighbourhoodId == null ? List.of() : dashboard.linchpins(neighbourhoodId, null);
                return;
            }
            list = mandates.list(neighbourhoodId);
            if (neighbourhoodId != null) {
                mayDraft = mandates.mayDraftIn(neighbourhoodId);
                warnings = List.of(dashboard.warnings(neighbourhoodId));
            } else {
                warnings = coveredNeighbourhoods().stream().map(dashboard::warnings).toList();
            }
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    /**
     * The neighbourhoods the listed mandates cover and the user sees, by name: without a chosen
     * neighbourhood, theirs are the warnings shown.
     */
    private List<Long> coveredNeighbourhoods() {
        return list.stream().flatMap(m -> m.neighbourhoods().stream())
                .sorted(Comparator.comparing(CoveredNeighbourhood::name).thenComparing(CoveredNeighbourhood::id))
                .map(CoveredNeighbourhood::id)
                .distinct()
                .filter(neighbourhoodAccess::maySee)
                .toList();
    }

    public String neighbourhoodNames(MandateSummary mandate) {
        return String.join(", ", mandate.neighbourhoods().stream().map(CoveredNeighbourhood::name).toList());
    }

    public boolean isSeesMandates() {
        return seesMandates;
    }

    public List<MandateSummary> getList() {
        return list;
    }

    public List<NeighbourhoodWarnings> getWarnings() {
        return warnings;
    }

    public List<LinchpinStatus> getLinchpins() {
        return linchpins;
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
