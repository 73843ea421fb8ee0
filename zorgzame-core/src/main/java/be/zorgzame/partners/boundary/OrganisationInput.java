package be.zorgzame.partners.boundary;

import be.zorgzame.neighbourhoods.control.NisCode;
import be.zorgzame.partners.control.KboNumber;
import be.zorgzame.partners.control.OvoCode;
import be.zorgzame.partners.control.VCode;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a client sends to register or change an organisation. Identifiers may be typed as people do
 * ("BE 0203.201.340", "v1234567"); they are stored normalised. {@code version} is required for a change.
 * <p>
 * The canonical constructor is written out so that the constraints stay on the fields only: Payara
 * 6's OpenAPI scanner fails on constraint annotations of constructor parameters.
 */
public record OrganisationInput(
        @NotBlank @Size(max = Organisation.NAME_LENGTH) String name,
        @Size(max = Organisation.LEGAL_FORM_LENGTH) String legalForm,
        @NotNull OrganisationKind kind,
        Set<@NotNull Sector> sectors,
        LocalDate activeFrom,
        LocalDate activeTo,
        @Size(max = Organisation.STREET_LENGTH) String street,
        @Size(max = Organisation.HOUSE_NUMBER_LENGTH) String houseNumber,
        @Pattern(regexp = "[1-9][0-9]{3}", message = "{zorgzame.postcode.invalid}") String postcode,
        @NisCode String municipalityNisCode,
        @Size(max = Organisation.WEBSITE_LENGTH) @Pattern(regexp = "https?://\\S+", message = "{zorgzame.website.invalid}") String website,
        @Size(max = Organisation.EMAIL_LENGTH) @Email String email,
        @Pattern(regexp = "\\+?[0-9 ()./-]{6,40}", message = "{zorgzame.phone.invalid}") String phone,
        @KboNumber String kboNumber,
        @VCode String vcode,
        @OvoCode String ovoCode,
        Integer version) {

    public OrganisationInput(String name, String legalForm, OrganisationKind kind, Set<Sector> sectors,
                             LocalDate activeFrom, LocalDate activeTo, String street, String houseNumber,
                             String postcode, String municipalityNisCode, String website, String email,
                             String phone, String kboNumber, String vcode, String ovoCode, Integer version) {
        this.name = name;
        this.legalForm = legalForm;
        this.kind = kind;
        this.sectors = sectors;
        this.activeFrom = activeFrom;
        this.activeTo = activeTo;
        this.street = street;
        this.houseNumber = houseNumber;
        this.postcode = postcode;
        this.municipalityNisCode = municipalityNisCode;
        this.website = website;
        this.email = email;
        this.phone = phone;
        this.kboNumber = kboNumber;
        this.vcode = vcode;
        this.ovoCode = ovoCode;
        this.version = version;
    }

    public Set<Sector> sectorsOrNone() {
        return sectors == null ? Set.of() : sectors;
    }
}
