package be.zorgzame.web.plan;

import be.zorgzame.neighbourhoods.boundary.NeighbourhoodFilter;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodView;
import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.plan.boundary.MunicipalityCoverage;
import be.zorgzame.plan.boundary.NeighbourhoodCoverage;
import be.zorgzame.plan.boundary.PlanCoverageService;
import be.zorgzame.plan.control.CoverageCalculator;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import be.zorgzame.web.PageOutcomes;
import be.zorgzame.web.neighbourhoods.MunicipalityOptions;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * plan/coverage.xhtml: per neighbourhood of a municipality and year of the plan in force, the linked
 * budget, as a heat map and a table, with the gap years marked. Municipal staff, administrators and
 * regional support get the municipality's totals; partner staff, who may not see those, the coverage of
 * the neighbourhoods they take part in. Those who read plans can open a neighbourhood's actions; regional
 * support sees totals only.
 */
@Named
@ViewScoped
public class PlanCoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HEAT_LEVELS = 4;

    /** One neighbourhood × year cell: the amount, the actions carrying it, whether it is a gap year, and its shade (0–4). */
    public record Cell(int year, BigDecimal amount, int actions, boolean gap, int heat) implements Serializable {
    }

    /** One neighbourhood: its cells, gap years and total over the cycle. */
    public record Row(long neighbourhoodId, String name, NeighbourhoodStatus status, LocalDate subsidyTo, List<Cell> cells,
                      List<Integer> gapYears, BigDecimal total) implements Serializable {

        public String gapYearList() {
            return gapYears.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
    }

    /** A neighbourhood's coverage as read, before the shades are known. */
    private record Totals(long id, String name, NeighbourhoodStatus status, LocalDate subsidyTo, List<BigDecimal> amounts,
                          List<Integer> actions, List<Integer> gapYears) {
    }

    @Inject
    PlanCoverageService coverage;

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    MunicipalityOptions municipalityOptions;

    @Inject
    CurrentUser currentUser;

    private String municipality;
    private Integer year;
    private Long neighbourhood;
    private boolean loaded;
    private boolean noPlan;
    private List<Integer> years = List.of();
    private List<Row> rows = List.of();
    private NeighbourhoodCoverage details;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (municipality == null) {
            municipality = currentUser.municipalityNisCode()
                    .or(() -> isAggregatesOnly() ? Optional.empty() : visibleNeighbourhoods(null).stream().findFirst()
                            .map(NeighbourhoodView::municipalityNisCode))
                    .orElse(null);
        }
        try {
            show();
            if (neighbourhood != null && !isAggregatesOnly()) {
                details = coverage.neighbourhood(neighbourhood, year);
            }
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        }
    }

    /** Reads the coverage of the chosen municipality in the plan in force in the chosen year (by default now). */
    public void show() {
        rows = List.of();
        years = List.of();
        details = null;
        noPlan = false;
        if (municipality == null) {
            return;
        }
        try {
            List<Totals> totals = mayReadTotals() ? municipalityTotals() : partnerTotals();
            BigDecimal largest = totals.stream().flatMap(t -> t.amounts().stream()).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            rows = totals.stream().map(t -> row(t, largest)).toList();
        } catch (NotFoundException e) {
            noPlan = true;
        }
    }

    private List<Totals> municipalityTotals() {
        MunicipalityCoverage totals = coverage.municipality(municipality, year);
        years = IntStream.rangeClosed(totals.firstYear(), totals.lastYear()).boxed().toList();
        return totals.neighbourhoods().stream()
                .map(n -> new Totals(n.neighbourhoodId(), n.name(), n.status(), n.subsidyTo(),
                        n.years().stream().map(MunicipalityCoverage.YearTotal::amount).toList(),
                        n.years().stream().map(MunicipalityCoverage.YearTotal::actions).toList(), n.gapYears()))
                .toList();
    }

    private List<Totals> partnerTotals() {
        List<Totals> totals = new ArrayList<>();
        for (NeighbourhoodView n : visibleNeighbourhoods(municipality)) {
            NeighbourhoodCoverage c = coverage.neighbourhood(n.id(), year);
            years = IntStream.rangeClosed(c.firstYear(), c.lastYear()).boxed().toList();
            totals.add(new Totals(n.id(), n.name(), n.status(), n.subsidyTo(),
                    c.years().stream().map(CoverageCalculator.Year::amount).toList(),
                    c.years().stream().map(y -> y.actions().size()).toList(), c.gapYears()));
        }
        return totals;
    }

    private Row row(Totals totals, BigDecimal largest) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            BigDecimal amount = totals.amounts().get(i);
            int heat = largest.signum() == 0 || amount.signum() == 0 ? 0
                    : 1 + amount.multiply(BigDecimal.valueOf(HEAT_LEVELS - 1)).divide(largest, 0, RoundingMode.DOWN).intValue();
            cells.add(new Cell(years.get(i), amount, totals.actions().get(i), totals.gapYears().contains(years.get(i)), heat));
        }
        return new Row(totals.id(), totals.name(), totals.status(), totals.subsidyTo(), cells, totals.gapYears(),
                totals.amounts().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The neighbourhoods the user sees, of one municipality or of all (at most a page: partner staff take part in few). */
    private List<NeighbourhoodView> visibleNeighbourhoods(String nisCode) {
        return neighbourhoods.list(new NeighbourhoodFilter(nisCode, null, null), 0, NeighbourhoodService.MAX_PAGE_SIZE).items();
    }

    private boolean mayReadTotals() {
        return currentUser.hasRole(Role.MUNICIPAL_STAFF) || currentUser.hasRole(Role.REGIONAL_SUPPORT)
                || currentUser.hasRole(Role.ADMIN);
    }

    /** Regional support: the totals, never the actions behind them. */
    public boolean isAggregatesOnly() {
        return currentUser.hasRole(Role.REGIONAL_SUPPORT) && !currentUser.hasRole(Role.MUNICIPAL_STAFF)
                && !currentUser.hasRole(Role.ADMIN);
    }

    public List<SelectItem> getMunicipalities() {
        return municipalityOptions.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<Row> getRows() {
        return rows;
    }

    public NeighbourhoodCoverage getDetails() {
        return details;
    }

    public boolean isNoPlan() {
        return noPlan;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getNeighbourhood() {
        return neighbourhood;
    }

    public void setNeighbourhood(Long neighbourhood) {
        this.neighbourhood = neighbourhood;
    }
}
