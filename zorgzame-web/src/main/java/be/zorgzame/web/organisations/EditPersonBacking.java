package be.zorgzame.web.organisations;

import be.zorgzame.partners.boundary.AffiliationView;
import be.zorgzame.partners.boundary.PersonInput;
import be.zorgzame.partners.boundary.PersonService;
import be.zorgzame.partners.boundary.PersonView;
import be.zorgzame.partners.entity.LegalBasis;
import be.zorgzame.platform.problem.ConflictException;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import be.zorgzame.privacy.boundary.DataSubjectService;
import be.zorgzame.privacy.boundary.ErasureInput;
import be.zorgzame.privacy.boundary.PersonAccessLog;
import be.zorgzame.partners.boundary.PersonErasedException;
import be.zorgzame.privacy.entity.AccessKind;
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;

/**
 * organisations/person.xhtml: a contact person of one organisation, registered there with their
 * function, or changed; or removed from that organisation. Partner staff only for their own
 * organisation (the service decides).
 */
@Named
@ViewScoped
public class EditPersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "person";
    static final String ERASURE_FORM = "erasure";

    @Inject
    PersonService persons;

    @Inject
    FacesFieldErrors fieldErrors;

    @Inject
    PersonAccessLog accessLog;

    @Inject
    DataSubjectService dataSubjects;

    @Inject
    CurrentUser currentUser;

    private Long organisationId;
    private Long id;
    private Integer version;
    private Long affiliationId;
    private String name;
    private String function;
    private String email;
    private String phone;
    private String source;
    private LegalBasis legalBasis = LegalBasis.PUBLIC_TASK;
    private String erasureReason;
    private Boolean mayErase;

    /** Loads the person of the {@code id} parameter, as a contact of the {@code organisation} parameter. */
    public void load() throws IOException {
        if (organisationId == null) {
            PageOutcomes.sendError(404);
            return;
        }
        if (id == null || version != null) {
            return;
        }
        try {
            PersonView person = persons.get(id);
            AffiliationView affiliation = person.affiliations().stream()
                    .filter(a -> a.organisationId() == organisationId).findFirst()
                    .orElseThrow(() -> new NotFoundException("Affiliation", organisationId));
            accessLog.viewed(id, AccessKind.DETAIL);
            version = person.version();
            affiliationId = affiliation.id();
            name = person.name();
            function = affiliation.function();
            email = person.email();
            phone = person.phone();
            source = person.source();
            legalBasis = person.legalBasis();
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    public void save() throws IOException {
        try {
            PersonInput input = new PersonInput(name, function, email, phone, source, legalBasis, version);
            if (id == null) {
                persons.register(organisationId, input);
            } else {
                persons.updateIn(organisationId, id, input);
            }
            PageOutcomes.redirectWithConfirmation(organisationPage(), "person.saved");
        } catch (ConstraintViolationException e) {
            fieldErrors.show(FORM, e);
        } catch (InvalidInputException e) {
            fieldErrors.show(FORM, e);
        } catch (PersonErasedException e) {
            PageOutcomes.error("problem.personErased.detail");
        } catch (ConflictException e) {
            PageOutcomes.error("person.conflict");
        }
    }

    /** Ends the person's affiliation with this organisation (the person goes when it was their last). */
    public void remove() throws IOException {
        try {
            persons.removeAffiliation(id, affiliationId);
            PageOutcomes.redirectWithConfirmation(organisationPage(), "person.removed");
        } catch (PersonErasedException e) {
            PageOutcomes.error("problem.personErased.detail");
        }
    }

    /** Erases the person by anonymisation (administrators, on the person's request); the page then shows the placeholder. */
    public void erase() throws IOException {
        try {
            dataSubjects.erase(id, new ErasureInput(erasureReason));
            PageOutcomes.redirectWithConfirmation("/organisations/person.xhtml?organisation=" + organisationId + "&id=" + id,
                    "person.erased");
        } catch (ConstraintViolationException e) {
            fieldErrors.show(ERASURE_FORM, e);
        } catch (InvalidInputException e) {
            fieldErrors.show(ERASURE_FORM, e);
        } catch (PersonErasedException e) {
            PageOutcomes.error("problem.personErased.detail");
        } catch (ConflictException e) {
            PageOutcomes.error("person.conflict");
        }
    }

    /** Administrators answer data-subject requests: the report and the erasure. */
    public boolean isMayExerciseRights() {
        return id != null && currentUser.hasRole(Role.ADMIN);
    }

    public boolean isMayErase() {
        if (mayErase == null) {
            mayErase = isMayExerciseRights() && !dataSubjects.isErased(id);
        }
        return mayErase;
    }

    public String reportLink() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getExternalContext().getRequestContextPath() + "/api/persons/" + id + "/data-subject-report.pdf?lang="
                + context.getViewRoot().getLocale().getLanguage();
    }

    public String getErasureReason() {
        return erasureReason;
    }

    public void setErasureReason(String erasureReason) {
        this.erasureReason = erasureReason;
    }

    private String organisationPage() {
        return "/organisations/edit.xhtml?id=" + organisationId;
    }

    public boolean isNew() {
        return id == null;
    }

    public LegalBasis[] getLegalBases() {
        return LegalBasis.values();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }
}
