package be.zorgzame.web.organisations;

import be.zorgzame.partners.boundary.AffiliationView;
import be.zorgzame.partners.boundary.OrganisationService;
import be.zorgzame.partners.boundary.OrganisationView;
import be.zorgzame.partners.boundary.PersonService;
import be.zorgzame.partners.boundary.PersonView;
import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;
import be.zorgzame.platform.problem.ConflictException;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.privacy.boundary.PersonAccessLog;
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** organisations/edit.xhtml: register an organisation, or change one (partner staff: their own only). */
@Named
@ViewScoped
public class EditOrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "organisation";
    private static final String LIST = "/organisations/list.xhtml";

    @Inject
    OrganisationService organisations;

    @Inject
    PersonService persons;

    @Inject
    PersonAccessLog accessLog;

    @Inject
    FacesFieldErrors fieldErrors;

    private Long id;
    private Integer version;
    private OrganisationForm form = new OrganisationForm();
    private List<PersonView> people = List.of();

    /** Loads the organisation named by the {@code id} view parameter; 404 or 403 when it cannot be shown. */
    public void load() throws IOException {
        if (id == null || version != null) {
            return;
        }
        try {
            OrganisationView organisation = organisations.get(id);
            version = organisation.version();
            form = OrganisationForm.of(organisation);
            people = persons.ofOrganisation(id);
            accessLog.listed(people.stream().map(PersonView::id).toList());
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    public void save() throws IOException {
        try {
            if (id == null) {
                organisations.create(form.toInput(null));
            } else {
                organisations.update(id, form.toInput(version));
            }
            PageOutcomes.redirectWithConfirmation(LIST, "organisation.saved");
        } catch (ConstraintViolationException e) {
            fieldErrors.show(FORM, e);
        } catch (InvalidInputException e) {
            fieldErrors.show(FORM, e);
        } catch (ConflictException e) {
            PageOutcomes.error("organisation.conflict");
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public Sector[] getAllSectors() {
        return Sector.values();
    }

    /** The organisation's contact persons, with their function in it. */
    public List<PersonView> getPeople() {
        return people;
    }

    /** A person's function in this organisation. */
    public String functionOf(PersonView person) {
        return person.affiliations().stream()
                .filter(affiliation -> affiliation.organisationId() == id)
                .map(AffiliationView::function)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse("");
    }

    public OrganisationForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
