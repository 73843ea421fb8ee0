package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.MeetingPlace;
import be.zorgzame.checklist.entity.PlaceSetting;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A meeting place as a whole: name, address, municipality and optionally the neighbourhood, indoor or
 * outdoor, multifunctional, the owning organisation (from the registry), accessibility and availability.
 * {@code version} as read (absent when registering).
 */
public record MeetingPlaceInput(
        @NotBlank @Size(max = MeetingPlace.NAME_LENGTH) String name,
        @Size(max = MeetingPlace.STREET_LENGTH) String street,
        @Size(max = MeetingPlace.HOUSE_NUMBER_LENGTH) String houseNumber,
        @Pattern(regexp = "\\d{4}", message = "{zorgzame.postcode.invalid}") String postcode,
        @NotNull @Pattern(regexp = "\\d{5}", message = "{zorgzame.nisCode.invalid}") String municipalityNisCode,
        Long neighbourhoodId,
        @NotNull PlaceSetting setting,
        boolean multifunctional,
        Long ownerOrganisationId,
        @Size(max = MeetingPlace.TEXT_LENGTH) String accessibility,
        @Size(max = MeetingPlace.TEXT_LENGTH) String availability,
        Integer version) {

    public MeetingPlaceInput(String name, String street, String houseNumber, String postcode, String municipalityNisCode,
                             Long neighbourhoodId, PlaceSetting setting, boolean multifunctional, Long ownerOrganisationId,
                             String accessibility, String availability, Integer version) {
        this.name = name;
        this.street = street;
        this.houseNumber = houseNumber;
        this.postcode = postcode;
        this.municipalityNisCode = municipalityNisCode;
        this.neighbourhoodId = neighbourhoodId;
        this.setting = setting;
        this.multifunctional = multifunctional;
        this.ownerOrganisationId = ownerOrganisationId;
        this.accessibility = accessibility;
        this.availability = availability;
        this.version = version;
    }
}
