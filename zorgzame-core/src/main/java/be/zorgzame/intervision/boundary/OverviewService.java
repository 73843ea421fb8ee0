package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.GroupMember;
import be.zorgzame.intervision.entity.IntervisionSession;
import be.zorgzame.intervision.entity.Registration;
import be.zorgzame.intervision.entity.SessionKind;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.platform.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The counts-only overview for regional support actors, municipal staff and administrators. */
@ApplicationScoped
@Transactional
public class OverviewService {

    @PersistenceContext
    EntityManager em;

    @Inject
    IntervisionAccess access;

    /** Sessions held from {@code from} up to and including {@code to}, both optional (default: the last twelve months). */
    public IntervisionOverview overview(LocalDate from, LocalDate to) {
        access.requireMayReadOverview();
        LocalDate until = Optional.ofNullable(to).orElse(LocalDate.now(RegistrationService.BELGIUM));
        LocalDate since = Optional.ofNullable(from).orElse(until.minusYears(1).plusDays(1));
        if (since.isAfter(until)) {
            throw new InvalidInputException("to", "{zorgzame.period.endBeforeStart}");
        }
        LocalDateTime start = since.atStartOfDay();
        LocalDateTime end = min(until.plusDays(1).atStartOfDay(), RegistrationService.now());
        List<Registration> takingPart = em.createNamedQuery("Registration.findActiveBetween", Registration.class)
                .setParameter("from", start)
                .setParameter("to", end)
                .getResultStream()
                .filter(Registration::isTakingPart)
                .toList();
        return new IntervisionOverview(since, until, quarters(start, end),
                participation(takingPart, member -> member.getNeighbourhood()
                        .map(n -> new Place(String.valueOf(n.getId()), n.getName(), n.getMunicipality().getNameNl()))),
                participation(takingPart, member -> member.getNeighbourhood().map(Neighbourhood::getMunicipality)
                        .map(m -> new Place(m.getNisCode(), m.getNameNl(), m.getNameNl()))));
    }

    private List<IntervisionOverview.Quarter> quarters(LocalDateTime start, LocalDateTime end) {
        Map<String, Long> counts = new TreeMap<>();
        em.createNamedQuery("IntervisionSession.findPlannedBetween", IntervisionSession.class)
                .setParameter("from", start)
                .setParameter("to", end)
                .getResultStream()
                .forEach(s -> counts.merge(s.getStartsAt().getYear() + "-" + ((s.getStartsAt().getMonthValue() + 2) / 3)
                        + "-" + s.getKind().name(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("-");
            return new IntervisionOverview.Quarter(Integer.parseInt(key[0]), Integer.parseInt(key[1]),
                    SessionKind.valueOf(key[2]), e.getValue());
        }).toList();
    }

    private record Place(String code, String name, String municipality) {
    }

    private static List<IntervisionOverview.Participation> participation(List<Registration> takingPart,
                                                                         Function<GroupMember, Optional<Place>> placeOf) {
        Map<Optional<Place>, List<Registration>> byPlace = takingPart.stream()
                .collect(Collectors.groupingBy(r -> placeOf.apply(r.getMember())));
        return byPlace.entrySet().stream()
                .map(e -> new IntervisionOverview.Participation(
                        e.getKey().map(Place::code).orElse(null), e.getKey().map(Place::name).orElse(null),
                        e.getKey().map(Place::municipality).orElse(null),
                        e.getValue().stream().map(r -> r.getMember().getUsername()).distinct().count(),
                        e.getValue().size()))
                .sorted(Comparator.comparing(IntervisionOverview.Participation::municipality, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(IntervisionOverview.Participation::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
