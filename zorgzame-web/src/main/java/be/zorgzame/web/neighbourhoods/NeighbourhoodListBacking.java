package be.zorgzame.web.neighbourhoods;

import be.zorgzame.neighbourhoods.boundary.NeighbourhoodFilter;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodView;
import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.platform.query.ResultPage;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** neighbourhoods/list.xhtml: the neighbourhoods, filtered by municipality, status and name, page by page. */
@Named
@ViewScoped
public class NeighbourhoodListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    CurrentUser currentUser;

    private String municipality;
    private NeighbourhoodStatus status;
    private String nameContains;

    private final LazyDataModel<NeighbourhoodView> model = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) neighbourhoods.list(filter(), 0, 1).total();
        }

        @Override
        public List<NeighbourhoodView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            ResultPage<NeighbourhoodView> page = neighbourhoods.list(filter(), first,
                    Math.min(pageSize, NeighbourhoodService.MAX_PAGE_SIZE));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(NeighbourhoodView neighbourhood) {
            return String.valueOf(neighbourhood.id());
        }
    };

    private NeighbourhoodFilter filter() {
        return new NeighbourhoodFilter(municipality, status, nameContains);
    }

    public boolean isMayEdit() {
        return currentUser.hasRole(Role.MUNICIPAL_STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    public LazyDataModel<NeighbourhoodView> getModel() {
        return model;
    }

    public NeighbourhoodStatus[] getStatuses() {
        return NeighbourhoodStatus.values();
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public NeighbourhoodStatus getStatus() {
        return status;
    }

    public void setStatus(NeighbourhoodStatus status) {
        this.status = status;
    }

    public String getNameContains() {
        return nameContains;
    }

    public void setNameContains(String nameContains) {
        this.nameContains = nameContains;
    }
}
