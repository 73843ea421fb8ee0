package be.zorgzame.web.neighbourhoods;

import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodView;
import be.zorgzame.partners.boundary.InvolvementInput;
import be.zorgzame.partners.boundary.InvolvementService;
import be.zorgzame.partners.boundary.InvolvementView;
import be.zorgzame.partners.boundary.OrganisationFilter;
import be.zorgzame.partners.boundary.OrganisationService;
import be.zorgzame.partners.boundary.OrganisationView;
import be.zorgzame.partners.entity.CollaborationLevel;
import be.zorgzame.partners.entity.InvolvementRole;
import be.zorgzame.platform.problem.ConflictException;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * neighbourhoods/involvement.xhtml: an organisation taking part in a neighbourhood, in a role and at a
 * collaboration level, from a date; added, changed or removed by municipal staff of its municipality.
 */
@Named
@ViewScoped
public class EditInvolvementBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "involvement";

    @Inject
    InvolvementService involvements;

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    OrganisationService organisations;

    @Inject
    FacesFieldErrors fieldErrors;

    private Long neighbourhoodId;
    private Long id;
    private Integer version;
    private NeighbourhoodView neighbourhood;
    private Long organisationId;
    private InvolvementRole role = InvolvementRole.PARTNER;
    private CollaborationLevel collaborationLevel = CollaborationLevel.EXCHANGING_INFORMATION;
    private String contribution;
    private LocalDate validFrom = LocalDate.now();
    private LocalDate validTo;
    private final Map<Long, String> organisationNames = new HashMap<>();

    /** Loads the neighbourhood and, with an {@code id}, the involvement to change. */
    public void load() throws IOException {
        if (neighbourhood != null) {
            return;
        }
        try {
            if (neighbourhoodId == null || !involvements.mayChange(neighbourhoodId)) {
                PageOutcomes.sendError(neighbourhoodId == null ? 404 : 403);
                return;
            }
            neighbourhood = neighbourhoods.get(neighbourhoodId);
            if (id != null) {
                InvolvementView involvement = involvements.overview(neighbourhoodId, null).involvements().stream()
                        .filter(i -> i.id() == id).findFirst()
                        .orElseThrow(() -> new NotFoundException("Involvement", id));
                version = involvement.version();
                organisationId = involvement.organisationId();
                organisationNames.put(organisationId, involvement.organisationName());
                role = involvement.role();
                collaborationLevel = involvement.collaborationLevel();
                contribution = involvement.contribution();
                validFrom = involvement.validFrom();
                validTo = involvement.validTo();
            }
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    public void save() throws IOException {
        try {
            InvolvementInput input = new InvolvementInput(organisationId, role, collaborationLevel, contribution, validFrom,
                    validTo, version);
            if (id == null) {
                involvements.add(neighbourhoodId, input);
            } else {
                involvements.update(neighbourhoodId, id, input);
            }
            PageOutcomes.redirectWithConfirmation(networkPage(), "involvement.saved");
        } catch (ConstraintViolationException e) {
            fieldErrors.show(FORM, e);
        } catch (InvalidInputException e) {
            fieldErrors.show(FORM, e);
        } catch (ConflictException e) {
            PageOutcomes.error("involvement.conflict");
        }
    }

    public void remove() throws IOException {
        involvements.remove(neighbourhoodId, id);
        PageOutcomes.redirectWithConfirmation(networkPage(), "involvement.removed");
    }

    /** Organisations whose name contains the text, by id (the labels are kept aside). */
    public List<Long> completeOrganisation(String text) {
        List<OrganisationView> found = organisations.search(new OrganisationFilter(text, null, null, null), 0, 15).items();
        found.forEach(o -> organisationNames.put(o.id(), o.name()));
        return found.stream().map(OrganisationView::id).toList();
    }

    public String organisationName(Long organisation) {
        return organisation == null ? "" : organisationNames.getOrDefault(organisation, "");
    }

    private String networkPage() {
        return "/neighbourhoods/network.xhtml?id=" + neighbourhoodId;
    }

    public boolean isNew() {
        return id == null;
    }

    public InvolvementRole[] getRoles() {
        return InvolvementRole.values();
    }

    public CollaborationLevel[] getLevels() {
        return CollaborationLevel.values();
    }

    public NeighbourhoodView getNeighbourhood() {
        return neighbourhood;
    }

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public void setNeighbourhoodId(Long neighbourhoodId) {
        this.neighbourhoodId = neighbourhoodId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public InvolvementRole getRole() {
        return role;
    }

    public void setRole(InvolvementRole role) {
        this.role = role;
    }

    public CollaborationLevel getCollaborationLevel() {
        return collaborationLevel;
    }

    public void setCollaborationLevel(CollaborationLevel collaborationLevel) {
        this.collaborationLevel = collaborationLevel;
    }

    public String getContribution() {
        return contribution;
    }

    public void setContribution(String contribution) {
        this.contribution = contribution;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
