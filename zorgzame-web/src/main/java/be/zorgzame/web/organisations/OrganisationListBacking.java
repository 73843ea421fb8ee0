package be.zorgzame.web.organisations;

import be.zorgzame.partners.boundary.OrganisationFilter;
import be.zorgzame.partners.boundary.OrganisationService;
import be.zorgzame.partners.boundary.OrganisationView;
import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;
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

/** organisations/list.xhtml: find organisations by name or identifier, kind, sector and municipality. */
@Named
@ViewScoped
public class OrganisationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentUser currentUser;

    private String text;
    private OrganisationKind kind;
    private Sector sector;
    private String municipality;

    private final LazyDataModel<OrganisationView> model = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) organisations.search(filter(), 0, 1).total();
        }

        @Override
        public List<OrganisationView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            ResultPage<OrganisationView> page = organisations.search(filter(), first,
                    Math.min(pageSize, OrganisationService.MAX_PAGE_SIZE));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(OrganisationView organisation) {
            return String.valueOf(organisation.id());
        }
    };

    private OrganisationFilter filter() {
        return new OrganisationFilter(text, kind, sector, municipality);
    }

    public boolean isMayCreate() {
        return currentUser.hasRole(Role.MUNICIPAL_STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    public boolean mayEdit(OrganisationView organisation) {
        return isMayCreate() || currentUser.actsFor(organisation.id());
    }

    public LazyDataModel<OrganisationView> getModel() {
        return model;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }
}
