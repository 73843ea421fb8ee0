package be.zorgzame.web.intervision;

import be.zorgzame.intervision.boundary.IntervisionOverview;
import be.zorgzame.intervision.boundary.OverviewService;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.web.FacesFieldErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * intervision/overview.xhtml: sessions per quarter and participation per neighbourhood and municipality
 * over a period (the last twelve months unless chosen), in counts only.
 */
@Named
@ViewScoped
public class IntervisionOverviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "period";

    @Inject
    OverviewService overviews;

    @Inject
    FacesFieldErrors fieldErrors;

    private LocalDate from;
    private LocalDate to;
    private IntervisionOverview overview;

    public void load() {
        if (overview == null) {
            show();
        }
    }

    public void show() {
        try {
            overview = overviews.overview(from, to);
            from = overview.from();
            to = overview.to();
        } catch (InvalidInputException e) {
            fieldErrors.show(FORM, e);
        }
    }

    public IntervisionOverview getOverview() {
        return overview;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
