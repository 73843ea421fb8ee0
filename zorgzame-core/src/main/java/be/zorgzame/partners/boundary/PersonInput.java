package be.zorgzame.partners.boundary;

import be.zorgzame.partners.entity.Affiliation;
import be.zorgzame.partners.entity.LegalBasis;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.partners.entity.Person;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A contact person as a client sends it: no more than collaboration needs, with the source of the
 * data and the legal basis for keeping it. {@code function} is the person's function in the
 * organisation they are registered for; {@code version} is required for a change.
 * <p>
 * The canonical constructor is written out so that the constraints stay on the fields only: Payara
 * 6's OpenAPI scanner fails on constraint annotations of constructor parameters.
 */
public record PersonInput(
        @NotBlank @Size(max = Person.NAME_LENGTH) String name,
        @Size(max = Affiliation.FUNCTION_LENGTH) String function,
        @Size(max = Organisation.EMAIL_LENGTH) @Email String email,
        @Pattern(regexp = "\\+?[0-9 ()./-]{6,40}", message = "{zorgzame.phone.invalid}") String phone,
        @NotBlank @Size(max = Person.SOURCE_LENGTH) String source,
        @NotNull LegalBasis legalBasis,
        Integer version) {

    public PersonInput(String name, String function, String email, String phone, String source,
                       LegalBasis legalBasis, Integer version) {
        this.name = name;
        this.function = function;
        this.email = email;
        this.phone = phone;
        this.source = source;
        this.legalBasis = legalBasis;
        this.version = version;
    }
}
