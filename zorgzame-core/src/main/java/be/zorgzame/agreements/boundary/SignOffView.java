package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.entity.SignOff;
import be.zorgzame.agreements.entity.SignOffDecision;
import java.io.Serializable;
import java.time.LocalDateTime;

/** Who answered for which party, how and when (UTC). */
public record SignOffView(long organisationId, String organisationName, SignOffDecision decision, String reason,
                          String signedBy, LocalDateTime signedAt) implements Serializable {

    static SignOffView of(SignOff s) {
        return new SignOffView(s.getOrganisation().getId(), s.getOrganisation().getName(), s.getDecision(), s.getReason(),
                s.getSignedBy(), s.getSignedAt());
    }
}
