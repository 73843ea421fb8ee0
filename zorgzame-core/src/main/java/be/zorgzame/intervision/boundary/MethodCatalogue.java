package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.IntervisionMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The catalogue of intervision methods. It holds no personal or confidential data: anyone logged in may read it. */
@ApplicationScoped
@Transactional
public class MethodCatalogue {

    @PersistenceContext
    EntityManager em;

    public List<MethodView> methods(String language) {
        return em.createNamedQuery("IntervisionMethod.findAll", IntervisionMethod.class)
                .getResultStream()
                .map(method -> MethodView.of(method, language))
                .toList();
    }
}
