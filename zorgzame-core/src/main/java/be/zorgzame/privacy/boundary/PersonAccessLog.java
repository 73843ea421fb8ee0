package be.zorgzame.privacy.boundary;

import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import be.zorgzame.privacy.entity.AccessKind;
import be.zorgzame.privacy.entity.PersonAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Who read which person's data, and when: written after every successful read of a person's detail (REST
 * or page) and of a data-subject report, never with the data read. Readable by administrators only.
 */
@ApplicationScoped
@Transactional
public class PersonAccessLog {

    /** The most entries one read of the log answers. */
    public static final int MAX_SHOWN = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public void viewed(long personId, AccessKind kind) {
        em.persist(new PersonAccess(personId, currentUser.name(), kind));
    }

    /** The reads of one person, or of everyone without a person; the latest first. */
    public List<PersonAccessView> reads(Long personId) {
        currentUser.requireAnyOf(Role.ADMIN);
        TypedQuery<PersonAccess> query = personId == null
                ? em.createNamedQuery("PersonAccess.findLatest", PersonAccess.class)
                : em.createNamedQuery("PersonAccess.findByPerson", PersonAccess.class).setParameter("personId", personId);
        return query.setMaxResults(MAX_SHOWN).getResultStream().map(PersonAccessView::of).toList();
    }
}
