package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.Registration;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A registration as the group sees it. The evaluation itself is for the facilitator and the member who
 * gave it; others see only whether one was given.
 */
public record RegistrationView(long id, long memberId, String displayName, LocalDateTime registeredAt,
                               LocalDateTime cancelledAt, Boolean attended, Integer evaluationScore,
                               String evaluationComment, boolean evaluated, int version) implements Serializable {

    static RegistrationView of(Registration registration, boolean withEvaluation) {
        return new RegistrationView(registration.getId(), registration.getMember().getId(),
                registration.getMember().getDisplayName(), registration.getRegisteredAt(),
                registration.getCancelledAt().orElse(null), registration.getAttended().orElse(null),
                withEvaluation ? registration.getEvaluationScore().orElse(null) : null,
                withEvaluation ? registration.getEvaluationComment() : null,
                registration.getEvaluationScore().isPresent(), registration.getVersion());
    }
}
