package be.zorgzame.web.mandates;

import be.zorgzame.mandates.boundary.MandateService;
import be.zorgzame.mandates.boundary.MandateView;
import be.zorgzame.mandates.control.MandateWarning;
import be.zorgzame.mandates.entity.FeedbackCadence;
import be.zorgzame.mandates.entity.FreedomLevel;
import be.zorgzame.mandates.entity.MandateFunction;
import be.zorgzame.mandates.entity.MandateStatus;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodFilter;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodView;
import be.zorgzame.partners.boundary.InvolvementService;
import be.zorgzame.partners.boundary.OrganisationFilter;
import be.zorgzame.partners.boundary.OrganisationService;
import be.zorgzame.partners.boundary.OrganisationView;
import be.zorgzame.partners.boundary.PersonService;
import be.zorgzame.partners.boundary.RegistryAccess;
import be.zorgzame.platform.problem.ConflictException;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.WrongStateException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.PageOutcomes;
import be.zorgzame.web.mandates.MandateForm.FreedomRow;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * mandates/edit.xhtml: a new mandate for a neighbourhood, or a draft or active mandate as a whole.
 * The organisations to choose from are those taking part in the neighbourhood, and for those who see
 * the whole registry any organisation found there; the holder is one of the employer's people.
 * Holder, employer and granting organisation are fixed once the mandate exists.
 */
@Named
@ViewScoped
public class EditMandateBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "mandate";

    @Inject
    MandateService mandates;

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    InvolvementService involvements;

    @Inject
    OrganisationService organisations;

    @Inject
    PersonService persons;

    @Inject
    RegistryAccess registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesFieldErrors fieldErrors;

    private Long id;
    private Long neighbourhoodId;
    private Integer version;
    private MandateForm form;
    private MandateView shown;
    private List<MandateWarning> warnings = List.of();
    private final Map<Long, String> organisationChoices = new LinkedHashMap<>();
    private final Map<Long, String> neighbourhoodChoices = new LinkedHashMap<>();
    private final Map<Long, String> foundOrganisations = new HashMap<>();
    private final Map<Long, String> foundNeighbourhoods = new HashMap<>();
    private List<SelectItem> holders;
    private Long foundOrganisationId;
    private Long foundNeighbourhoodId;

    /** Loads the mandate of the {@code id} parameter, or a new one for the {@code neighbourhood} parameter. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        try {
            if (id != null) {
                show(mandates.get(id));
            } else if (neighbourhoodId != null && mandates.mayDraftIn(neighbourhoodId)) {
                NeighbourhoodView neighbourhood = neighbourhoods.get(neighbourhoodId);
                neighbourhoodChoices.put(neighbourhood.id(), neighbourhood.name());
                involvements.overview(neighbourhoodId, LocalDate.now()).involvements()
                        .forEach(i -> organisationChoices.put(i.organisationId(), i.organisationName()));
                Long own = currentUser.organisationId().filter(organisationChoices::containsKey).orElse(null);
                form = MandateForm.forNeighbourhood(neighbourhoodId, own);
            } else {
                PageOutcomes.sendError(neighbourhoodId == null ? 404 : 403);
            }
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    private void show(MandateView mandate) throws IOException {
        if (mandate.status() == MandateStatus.ENDED || !mandates.mayManage(mandate.id())) {
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + viewPath(mandate.id()));
            return;
        }
        shown = mandate;
        version = mandate.version();
        warnings = mandate.warnings();
        mandate.neighbourhoods().forEach(n -> neighbourhoodChoices.put(n.id(), n.name()));
        form = MandateForm.of(mandate);
    }

    public void save() throws IOException {
        try {
            MandateView saved = id == null ? mandates.create(form.toInput(null)) : mandates.update(id, form.toInput(version));
            PageOutcomes.redirectWithConfirmation(viewPath(saved.id()), "mandate.saved");
        } catch (ConstraintViolationException e) {
            fieldErrors.show(FORM, e);
        } catch (InvalidInputException e) {
            fieldErrors.show(FORM, e);
        } catch (ConflictException e) {
            PageOutcomes.error("mandate.conflict");
        } catch (WrongStateException e) {
            PageOutcomes.error("mandate.wrongState");
        } catch (ForbiddenException e) {
            PageOutcomes.error("mandate.forbidden");
        }
    }

    /** The employer's people; partner staff see only their own organisation's, so for another employer there are none. */
    public List<SelectItem> getHolders() {
        if (holders == null) {
            Long employer = form.getEmployerId();
            try {
                holders = employer == null ? List.of() : persons.ofOrganisation(employer).stream()
                        .map(person -> new SelectItem(person.id(), person.name())).toList();
            } catch (ForbiddenException | NotFoundException e) {
                holders = List.of();
            }
        }
        return holders;
    }

    /** Another employer has other people. */
    public void employerChanged() {
        holders = null;
        form.setHolderId(null);
    }

    public boolean isSearchesRegistry() {
        return registry.seesWholeRegistry();
    }

    /** Organisations of the registry whose name contains the text, by id (the names are kept aside for the labels). */
    public List<Long> completeOrganisation(String text) {
        List<OrganisationView> found = organisations.search(new OrganisationFilter(text, null, null, null), 0, 15).items();
        found.forEach(o -> foundOrganisations.put(o.id(), o.name()));
        return found.stream().map(OrganisationView::id).toList();
    }

    /** Neighbourhoods the user sees whose name contains the text, by id (the names are kept aside for the labels). */
    public List<Long> completeNeighbourhood(String text) {
        List<NeighbourhoodView> found = neighbourhoods.list(new NeighbourhoodFilter(null, null, text), 0, 15).items();
        found.forEach(n -> foundNeighbourhoods.put(n.id(), n.name()));
        return found.stream().map(NeighbourhoodView::id).toList();
    }

    public String foundOrganisationName(Long organisationId) {
        return organisationId == null ? "" : foundOrganisations.getOrDefault(organisationId, "");
    }

    public String foundNeighbourhoodName(Long neighbourhoodId) {
        return neighbourhoodId == null ? "" : foundNeighbourhoods.getOrDefault(neighbourhoodId, "");
    }

    /** An organisation found in the registry becomes a choice for employer and granting organisation. */
    public void addFoundOrganisation() {
        if (foundOrganisationId != null) {
            organisationChoices.putIfAbsent(foundOrganisationId, foundOrganisationName(foundOrganisationId));
        }
        foundOrganisationId = null;
    }

    /** A neighbourhood found is covered at once; unticking it leaves it out again. */
    public void addFoundNeighbourhood() {
        if (foundNeighbourhoodId != null) {
            neighbourhoodChoices.putIfAbsent(foundNeighbourhoodId, foundNeighbourhoodName(foundNeighbourhoodId));
            if (!form.getNeighbourhoodIds().contains(String.valueOf(foundNeighbourhoodId))) {
                form.getNeighbourhoodIds().add(String.valueOf(foundNeighbourhoodId));
            }
        }
        foundNeighbourhoodId = null;
    }

    public List<SelectItem> getOrganisationChoices() {
        return organisationChoices.entrySet().stream().map(o -> new SelectItem(o.getKey(), o.getValue())).toList();
    }

    public List<SelectItem> getNeighbourhoodChoices() {
        return neighbourhoodChoices.entrySet().stream()
                .map(n -> new SelectItem(String.valueOf(n.getKey()), n.getValue())).toList();
    }

    public void addFreedom() {
        form.addFreedom();
    }

    public void removeFreedom(FreedomRow row) {
        form.removeFreedom(row);
    }

    public MandateFunction[] getFunctions() {
        return MandateFunction.values();
    }

    public FreedomLevel[] getLevels() {
        return FreedomLevel.values();
    }

    public FeedbackCadence[] getCadences() {
        return FeedbackCadence.values();
    }

    public boolean isNew() {
        return id == null;
    }

    /** The mandate as stored, when editing one: for showing its fixed holder, employer and granting organisation. */
    public MandateView getShown() {
        return shown;
    }

    public MandateForm getForm() {
        return form;
    }

    public List<MandateWarning> getWarnings() {
        return warnings;
    }

    public Long getFoundOrganisationId() {
        return foundOrganisationId;
    }

    public void setFoundOrganisationId(Long foundOrganisationId) {
        this.foundOrganisationId = foundOrganisationId;
    }

    public Long getFoundNeighbourhoodId() {
        return foundNeighbourhoodId;
    }

    public void setFoundNeighbourhoodId(Long foundNeighbourhoodId) {
        this.foundNeighbourhoodId = foundNeighbourhoodId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public void setNeighbourhoodId(Long neighbourhoodId) {
        this.neighbourhoodId = neighbourhoodId;
    }

    static String viewPath(long mandateId) {
        return "/mandates/view.xhtml?id=" + mandateId;
    }
}
