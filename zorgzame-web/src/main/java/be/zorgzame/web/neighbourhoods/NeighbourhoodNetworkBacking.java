package be.zorgzame.web.neighbourhoods;

import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodView;
import be.zorgzame.partners.boundary.InvolvementOverview;
import be.zorgzame.partners.boundary.InvolvementService;
import be.zorgzame.partners.boundary.NetworkOverview;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/** neighbourhoods/network.xhtml: who takes part on a day, the network by kind, sector and level, and its gaps. */
@Named
@ViewScoped
public class NeighbourhoodNetworkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    InvolvementService involvements;

    private Long id;
    private LocalDate on = LocalDate.now();
    private NeighbourhoodView neighbourhood;
    private InvolvementOverview overview;
    private NetworkOverview network;
    private boolean mayChange;

    /** Loads the neighbourhood of the {@code id} view parameter; 404 or 403 when it cannot be shown. */
    public void load() throws IOException {
        if (id == null) {
            PageOutcomes.sendError(404);
            return;
        }
        try {
            neighbourhood = neighbourhoods.get(id);
            mayChange = involvements.mayChange(id);
            show();
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    /** Shows the network on the chosen day. */
    public void show() {
        LocalDate day = on == null ? LocalDate.now() : on;
        overview = involvements.overview(id, day);
        network = involvements.network(id, day);
    }

    /** Whether the user may change who takes part (municipal staff of the neighbourhood's municipality). */
    public boolean isMayChange() {
        return mayChange;
    }

    public NeighbourhoodView getNeighbourhood() {
        return neighbourhood;
    }

    public InvolvementOverview getOverview() {
        return overview;
    }

    public NetworkOverview getNetwork() {
        return network;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }
}
