package be.zorgzame.privacy.boundary;

import be.zorgzame.privacy.entity.PersonErasure;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a person is erased (their request, the end of the collaboration); it must not repeat their data.
 * The canonical constructor is written out so that the constraints stay on the field only: Payara 6's
 * OpenAPI scanner fails on constraint annotations of constructor parameters.
 */
public record ErasureInput(@NotBlank @Size(max = PersonErasure.REASON_LENGTH) String reason) {

    public ErasureInput(String reason) {
        this.reason = reason;
    }
}
