package be.zorgzame.web.checklist;

import be.zorgzame.checklist.boundary.AssessmentService;
import be.zorgzame.checklist.boundary.MeetingPlaceInput;
import be.zorgzame.checklist.boundary.MeetingPlaceService;
import be.zorgzame.checklist.boundary.MeetingPlaceView;
import be.zorgzame.checklist.entity.PlaceSetting;
import be.zorgzame.neighbourhoods.boundary.MunicipalityService;
import be.zorgzame.neighbourhoods.boundary.MunicipalityView;
import be.zorgzame.platform.problem.ConflictException;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InUseException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * checklist/meeting-places.xhtml: the register of meeting places of a municipality (Flemish recommendation 6,
 * local 3), and registering, changing and removing places for staff who keep it. One form serves both: a
 * row's "change" loads the place into it with the version read, so a change made meanwhile by someone else
 * is refused rather than overwritten. Without a {@code municipality} parameter: the user's own municipality.
 */
@Named
@ViewScoped
public class MeetingPlacesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "place";

    @Inject
    MeetingPlaceService places;

    @Inject
    AssessmentService assessments;

    @Inject
    MunicipalityService municipalities;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesFieldErrors fieldErrors;

    private String nisCode;
    private MunicipalityView municipality;
    private List<MeetingPlaceView> registered;
    private boolean mayKeep;

    /** The place being changed and what the form does not show, kept as read; {@code editing} null while registering. */
    private Long editing;
    private Integer version;
    private Long neighbourhoodId;
    private Long ownerOrganisationId;

    private String name;
    private String street;
    private String houseNumber;
    private String postcode;
    private PlaceSetting setting = PlaceSetting.INDOOR;
    private boolean multifunctional;
    private String accessibility;
    private String availability;

    public void load() throws IOException {
        if (registered != null) {
            return;
        }
        if (nisCode == null) {
            nisCode = currentUser.municipalityNisCode().orElse(null);
        }
        if (nisCode == null) {
            PageOutcomes.sendError(404);
            return;
        }
        try {
            municipality = municipalities.get(nisCode);
            registered = places.list(nisCode, null);
            mayKeep = assessments.mayAssess(nisCode);
        } catch (NotFoundException | InvalidInputException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    /** Loads a row into the form, to be changed. */
    public void edit(MeetingPlaceView place) {
        editing = place.id();
        version = place.version();
        neighbourhoodId = place.neighbourhoodId();
        ownerOrganisationId = place.ownerOrganisationId();
        name = place.name();
        street = place.street();
        houseNumber = place.houseNumber();
        postcode = place.postcode();
        setting = place.setting();
        multifunctional = place.multifunctional();
        accessibility = place.accessibility();
        availability = place.availability();
    }

    public void save() throws IOException {
        try {
            MeetingPlaceInput input = new MeetingPlaceInput(name, street, houseNumber, postcode, nisCode, neighbourhoodId,
                    setting, multifunctional, ownerOrganisationId, accessibility, availability, version);
            if (editing == null) {
                places.create(input);
            } else {
                places.update(editing, input);
            }
            PageOutcomes.redirectWithConfirmation(page(), editing == null ? "meetingPlace.saved" : "meetingPlace.updated");
        } catch (ConstraintViolationException e) {
            fieldErrors.show(FORM, e);
        } catch (InvalidInputException e) {
            fieldErrors.show(FORM, e);
        } catch (ForbiddenException e) {
            PageOutcomes.error("meetingPlace.forbidden");
        } catch (ConflictException | NotFoundException e) {
            PageOutcomes.error("meetingPlace.conflict");
        }
    }

    public void remove(MeetingPlaceView place) throws IOException {
        try {
            places.delete(place.id());
            PageOutcomes.redirectWithConfirmation(page(), "meetingPlace.removed");
        } catch (InUseException e) {
            PageOutcomes.error("meetingPlace.inUse");
        } catch (ForbiddenException e) {
            PageOutcomes.error("meetingPlace.forbidden");
        } catch (NotFoundException e) {
            PageOutcomes.error("meetingPlace.conflict");
        }
    }

    private String page() {
        return "/checklist/meeting-places.xhtml?municipality=" + nisCode;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public PlaceSetting[] getSettings() {
        return PlaceSetting.values();
    }

    public MunicipalityView getMunicipality() {
        return municipality;
    }

    public List<MeetingPlaceView> getRegistered() {
        return registered;
    }

    public boolean isMayKeep() {
        return mayKeep;
    }

    public String getNisCode() {
        return nisCode;
    }

    public void setNisCode(String nisCode) {
        this.nisCode = nisCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public PlaceSetting getSetting() {
        return setting;
    }

    public void setSetting(PlaceSetting setting) {
        this.setting = setting;
    }

    public boolean isMultifunctional() {
        return multifunctional;
    }

    public void setMultifunctional(boolean multifunctional) {
        this.multifunctional = multifunctional;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(String accessibility) {
        this.accessibility = accessibility;
    }

    public String getAvailability() {
        return availability;
    }

    public void setAvailability(String availability) {
        this.availability = availability;
    }
}
