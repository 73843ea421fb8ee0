package be.zorgzame.web.agreements;

import be.zorgzame.agreements.boundary.AgreementInput;
import be.zorgzame.agreements.boundary.AgreementLifecycle;
import be.zorgzame.agreements.boundary.AgreementService;
import be.zorgzame.agreements.boundary.AgreementVersionView;
import be.zorgzame.agreements.boundary.StepInput;
import be.zorgzame.agreements.control.AgreementWarning;
import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.agreements.entity.BodyKind;
import be.zorgzame.agreements.entity.DecisionLevel;
import be.zorgzame.agreements.entity.PartyRole;
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
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.PageOutcomes;
import be.zorgzame.web.agreements.AgreementForm.BodyRow;
import be.zorgzame.web.agreements.AgreementForm.PartyRow;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * agreements/edit.xhtml: a new agreement for a neighbourhood, started from the shipped template, or
 * the draft version of an existing one. Only those who may draft for the neighbourhood get here.
 */
@Named
@ViewScoped
public class EditAgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "agreement";

    @Inject
    AgreementService agreements;

    @Inject
    AgreementLifecycle lifecycle;

    @Inject
    OrganisationService organisations;

    @Inject
    PersonService persons;

    @Inject
    RegistryAccess registry;

    @Inject
    FacesFieldErrors fieldErrors;

    private Long id;
    private Long neighbourhoodId;
    private int number;
    private Integer version;
    private AgreementForm form;
    private List<AgreementWarning> warnings = List.of();
    private Long newPartyId;
    private Long foundPartyId;
    private final Map<Long, String> organisationNames = new HashMap<>();
    private final Map<Long, String> candidates = new LinkedHashMap<>();
    private final Map<Long, String> contactNames = new HashMap<>();
    private final Map<Long, List<SelectItem>> contacts = new HashMap<>();

    /** Loads the draft of the {@code id} parameter, or the template for the {@code neighbourhood} parameter. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        try {
            if (id != null) {
                show(agreements.latest(id));
            } else if (neighbourhoodId != null && agreements.mayDraft(neighbourhoodId)) {
                candidates.putAll(agreements.candidateParties(neighbourhoodId));
                organisationNames.putAll(candidates);
                form = AgreementForm.of(agreements.template(neighbourhoodId, locale()), this::organisationName);
            } else {
                PageOutcomes.sendError(neighbourhoodId == null ? 404 : 403);
            }
        } catch (NotFoundException | InvalidInputException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    private void show(AgreementVersionView draft) throws IOException {
        if (draft.status() != AgreementStatus.DRAFT || !agreements.mayDraft(draft.neighbourhoodId())) {
            FacesContext.getCurrentInstance().getExternalContext().redirect(viewPage(draft.agreementId()));
            return;
        }
        candidates.putAll(agreements.candidateParties(draft.neighbourhoodId()));
        organisationNames.putAll(candidates);
        draft.parties().forEach(p -> {
            organisationNames.put(p.organisationId(), p.organisationName());
            if (p.contactPersonId() != null) {
                contactNames.put(p.contactPersonId(), p.contactPersonName());
            }
        });
        number = draft.number();
        version = draft.version();
        warnings = draft.warnings();
        form = AgreementForm.of(AgreementInput.of(draft), this::organisationName);
    }

    public void save() throws IOException {
        try {
            AgreementVersionView saved = id == null ? agreements.create(form.toInput(null))
                    : agreements.update(id, number, form.toInput(version));
            if (id == null) {
                PageOutcomes.redirectWithConfirmation("/agreements/edit.xhtml?id=" + saved.agreementId(), "agreement.saved");
                return;
            }
            version = saved.version();
            warnings = saved.warnings();
            PageOutcomes.confirm("agreement.saved");
        } catch (ConstraintViolationException e) {
            fieldErrors.show(FORM, e);
        } catch (InvalidInputException e) {
            fieldErrors.show(FORM, e);
        } catch (ConflictException e) {
            PageOutcomes.error("agreement.conflict");
        } catch (WrongStateException e) {
            PageOutcomes.error("agreement.wrongState");
        }
    }

    /** Submits the saved draft for sign-off; unsaved changes in the form are not part of it. */
    public void submit() throws IOException {
        try {
            lifecycle.submit(id, number, new StepInput(version, null));
            PageOutcomes.redirectWithConfirmation(viewPath(id), "agreement.submitted");
        } catch (InvalidInputException e) {
            fieldErrors.show(FORM, e);
        } catch (ConflictException e) {
            PageOutcomes.error("agreement.conflict");
        } catch (WrongStateException e) {
            PageOutcomes.error("agreement.wrongState");
        }
    }

    /** Whether the user can search the whole registry for a party (partner staff see only their own entry). */
    public boolean isSearchesRegistry() {
        return registry.seesWholeRegistry();
    }

    /** Organisations of the registry whose name contains the text, by id (the labels are kept aside). */
    public List<Long> completeOrganisation(String text) {
        List<OrganisationView> found = organisations.search(new OrganisationFilter(text, null, null, null), 0, 15).items();
        found.forEach(o -> organisationNames.put(o.id(), o.name()));
        return found.stream().map(OrganisationView::id).toList();
    }

    public String organisationName(long organisationId) {
        return organisationNames.getOrDefault(organisationId, "");
    }

    /** The neighbourhood's partners that are not a party yet. */
    public List<SelectItem> getCandidates() {
        return candidates.entrySet().stream()
                .filter(c -> form.getParties().stream().noneMatch(p -> p.getOrganisationId() == c.getKey()))
                .map(c -> new SelectItem(c.getKey(), c.getValue()))
                .toList();
    }

    public void addParty() {
        Long chosen = foundPartyId != null ? foundPartyId : newPartyId;
        if (chosen != null) {
            form.addParty(chosen, organisationName(chosen));
        }
        newPartyId = null;
        foundPartyId = null;
    }

    public void removeParty(PartyRow party) {
        form.removeParty(party);
    }

    public void addBody() {
        form.addBody();
    }

    public void removeBody(BodyRow body) {
        form.removeBody(body);
    }

    /**
     * The people of a party's organisation, for choosing its contact person. Partner staff see only
     * their own organisation's people; for another party they keep the contact already chosen.
     */
    public List<SelectItem> contactsOf(PartyRow party) {
        return contacts.computeIfAbsent(party.getOrganisationId(), organisation -> {
            try {
                return persons.ofOrganisation(organisation).stream()
                        .map(person -> new SelectItem(person.id(), person.name())).toList();
            } catch (ForbiddenException e) {
                Long current = party.getContactPersonId();
                return current == null ? List.of() : List.of(new SelectItem(current, contactNames.get(current)));
            }
        });
    }

    public PartyRole[] getRoles() {
        return PartyRole.values();
    }

    public DecisionLevel[] getLevels() {
        return DecisionLevel.values();
    }

    public BodyKind[] getBodyKinds() {
        return BodyKind.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public AgreementForm getForm() {
        return form;
    }

    public List<AgreementWarning> getWarnings() {
        return warnings;
    }

    public Long getNewPartyId() {
        return newPartyId;
    }

    public void setNewPartyId(Long newPartyId) {
        this.newPartyId = newPartyId;
    }

    public Long getFoundPartyId() {
        return foundPartyId;
    }

    public void setFoundPartyId(Long foundPartyId) {
        this.foundPartyId = foundPartyId;
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

    static String viewPath(long agreementId) {
        return "/agreements/view.xhtml?id=" + agreementId;
    }

    private static String viewPage(long agreementId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + viewPath(agreementId);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
