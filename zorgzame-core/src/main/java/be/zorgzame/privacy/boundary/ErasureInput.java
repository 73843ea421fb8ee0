package be.zorgzame.privacy.boundary;

import be.zorgzame.privacy.entity.PersonErasure;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a person is erased (their request, the end of the collaboration); it must not repeat their data. */
public record ErasureInput(@NotBlank @Size(max = PersonErasure.REASON_LENGTH) String reason) {
}
