package be.zorgzame.intervision.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Suggests who brings the next case, so that everyone's questions get their turn: the member who never
 * brought one, else the one whose last case is longest ago; among equals the longest-standing member,
 * then by name.
 */
public final class CaseBringerRotation {

    /** A member who may bring a case, with the day they joined. */
    public record Candidate(long memberId, String name, LocalDate joinedOn) {
    }

    private CaseBringerRotation() {
    }

    /** {@code lastCase} maps a member to the start of the latest session they brought a case to. */
    public static Optional<Candidate> next(Collection<Candidate> candidates, Map<Long, LocalDateTime> lastCase) {
        Comparator<Candidate> order = Comparator
                .comparing((Candidate c) -> lastCase.get(c.memberId()), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Candidate::joinedOn)
                .thenComparing(Candidate::name);
        return candidates.stream().min(order);
    }
}
