package be.zorgzame.mandates.boundary;

import be.zorgzame.mandates.control.MandateChecks;
import be.zorgzame.mandates.control.MandateWarning;
import be.zorgzame.mandates.entity.Mandate;
import be.zorgzame.mandates.entity.MandateStatus;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodAccess;
import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The continuity warnings per neighbourhood and per municipality, and the linchpin status that regional
 * support may see. A municipality's overview leaves out stopped neighbourhoods.
 */
@ApplicationScoped
@Transactional
public class MandateDashboard {

    @Inject
    @ConfigProperty(name = ZorgzameConfig.MANDATE_EXPIRY_WARNING_DAYS, defaultValue = "60")
    int expiringWithinDays;

    @PersistenceContext
    EntityManager em;

    @Inject
    MandateAccess access;

    @Inject
    NeighbourhoodAccess neighbourhoodAccess;

    /** The warnings of one neighbourhood; partner staff get those about other organisations' mandates left out. */
    public NeighbourhoodWarnings warnings(long neighbourhoodId) {
        Neighbourhood neighbourhood = neighbourhood(neighbourhoodId);
        access.requireMaySeeWarnings(neighbourhoodId);
        return warnings(neighbourhood, active(neighbourhoodId), visibleMandates());
    }

    /** The warnings of every neighbourhood of a municipality that has not stopped: for municipal staff and administrators. */
    public List<NeighbourhoodWarnings> warningsOfMunicipality(String nisCode) {
        access.requireSeesEveryMandate();
        Map<Long, List<Mandate>> active = activeIn(nisCode);
        return running(nisCode).stream()
                .map(n -> warnings(n, active.getOrDefault(n.getId(), List.of()), mandate -> true))
                .toList();
    }

    /**
     * Whether a neighbourhood, or each running neighbourhood of a municipality, has a coordinator mandate
     * in force; for everyone who sees the neighbourhood, without anything about the mandates themselves.
     */
    public List<LinchpinStatus> linchpins(Long neighbourhoodId, String nisCode) {
        LocalDate today = LocalDate.now();
        if (neighbourhoodId != null) {
            Neighbourhood neighbourhood = neighbourhood(neighbourhoodId);
            neighbourhoodAccess.requireMaySee(neighbourhoodId);
            return List.of(linchpin(neighbourhood, active(neighbourhoodId), today));
        }
        if (nisCode == null) {
            throw new InvalidInputException("municipality", "{zorgzame.mandate.neighbourhoodOrMunicipality}");
        }
        Map<Long, List<Mandate>> active = activeIn(nisCode);
        return running(nisCode).stream()
                .filter(n -> neighbourhoodAccess.maySee(n.getId()))
                .map(n -> linchpin(n, active.getOrDefault(n.getId(), List.of()), today))
                .toList();
    }

    /** The warnings about one mandate, today. */
    List<MandateWarning> warningsOf(Mandate mandate) {
        return MandateChecks.of(facts(mandate), LocalDate.now(), expiringWithinDays);
    }

    LocalDate feedbackDue(Mandate mandate) {
        return MandateChecks.feedbackDue(facts(mandate)).orElse(null);
    }

    private NeighbourhoodWarnings warnings(Neighbourhood neighbourhood, List<Mandate> active, Predicate<Mandate> visible) {
        LocalDate today = LocalDate.now();
        Map<Long, Mandate> byId = new HashMap<>();
        active.forEach(m -> byId.put(m.getId(), m));
        List<MandateChecks.Facts> facts = active.stream().map(MandateDashboard::facts).toList();
        List<MandateWarning> warnings = MandateChecks.forNeighbourhood(facts, today, expiringWithinDays).stream()
                .filter(w -> w.mandateId() == null || visible.test(byId.get(w.mandateId())))
                .toList();
        return new NeighbourhoodWarnings(neighbourhood.getId(), neighbourhood.getName(),
                neighbourhood.getMunicipality().getNisCode(), MandateChecks.hasLinchpin(facts, today), warnings);
    }

    private static LinchpinStatus linchpin(Neighbourhood neighbourhood, List<Mandate> active, LocalDate today) {
        return new LinchpinStatus(neighbourhood.getId(), neighbourhood.getName(), neighbourhood.getMunicipality().getNisCode(),
                MandateChecks.hasLinchpin(active.stream().map(MandateDashboard::facts).toList(), today));
    }

    /** Which mandates the caller may see, decided once for the whole overview. */
    private Predicate<Mandate> visibleMandates() {
        Optional<Long> only = access.onlyThoseOfOrganisation();
        return mandate -> only.map(mandate::concerns).orElse(true);
    }

    static MandateChecks.Facts facts(Mandate m) {
        return new MandateChecks.Facts(m.getId(), m.getHolder().getId(), m.getFunction(), m.getStatus(), m.getValidFrom(),
                m.getValidTo(), !m.getDegreesOfFreedom().isEmpty(), m.getDaysPerMonth(), m.getFeedbackCadence(),
                m.lastFeedbackOn().orElse(null));
    }

    private List<Mandate> active(long neighbourhoodId) {
        return em.createNamedQuery("Mandate.findByNeighbourhoodAndStatus", Mandate.class)
                .setParameter("neighbourhood", neighbourhoodId)
                .setParameter("status", MandateStatus.ACTIVE)
                .getResultList();
    }

    private Map<Long, List<Mandate>> activeIn(String nisCode) {
        Map<Long, List<Mandate>> byNeighbourhood = new HashMap<>();
        em.createNamedQuery("Mandate.findInMunicipalityByStatus", Object[].class)
                .setParameter("municipality", nisCode)
                .setParameter("status", MandateStatus.ACTIVE)
                .getResultList()
                .forEach(row -> byNeighbourhood.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add((Mandate) row[1]));
        return byNeighbourhood;
    }

    private List<Neighbourhood> running(String nisCode) {
        if (em.find(Municipality.class, nisCode) == null) {
            throw new NotFoundException("Municipality", nisCode);
        }
        return em.createQuery("SELECT n FROM Neighbourhood n WHERE n.municipality.nisCode = :municipality"
                        + " AND n.status <> :stopped ORDER BY n.name, n.id", Neighbourhood.class)
                .setParameter("municipality", nisCode)
                .setParameter("stopped", NeighbourhoodStatus.STOPPED)
                .getResultList();
    }

    private Neighbourhood neighbourhood(long id) {
        return Optional.ofNullable(em.find(Neighbourhood.class, id)).orElseThrow(() -> new NotFoundException("Neighbourhood", id));
    }
}
