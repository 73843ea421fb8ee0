package be.zorgzame.neighbourhoods.boundary;

import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.neighbourhoods.entity.MunicipalityMerger;
import be.zorgzame.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads the municipality reference data; any logged-in user may. */
@ApplicationScoped
@Transactional
public class MunicipalityService {

    @PersistenceContext
    EntityManager em;

    public List<MunicipalityView> list() {
        return em.createNamedQuery("Municipality.findAll", Municipality.class).getResultStream()
                .map(MunicipalityView::of)
                .toList();
    }

    public Optional<MunicipalityView> find(String nisCode) {
        return Optional.ofNullable(nisCode).map(code -> em.find(Municipality.class, code)).map(MunicipalityView::of);
    }

    public MunicipalityView get(String nisCode) {
        return find(nisCode).orElseThrow(() -> new NotFoundException("Municipality", nisCode));
    }

    /** The former municipalities and the ones they were merged into, to map codes in old data. */
    public List<MunicipalityMergerView> mergers() {
        return em.createNamedQuery("MunicipalityMerger.findAll", MunicipalityMerger.class).getResultStream()
                .map(MunicipalityMergerView::of)
                .toList();
    }
}
