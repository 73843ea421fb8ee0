package be.zorgzame.privacy.boundary;

import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import be.zorgzame.privacy.entity.AccessKind;
import be.zorgzame.privacy.entity.PersonAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Who read which person's data, and when: written after every successful read of a person's detail (REST
 * or page), of a data-subject report and of a list of people, never with the data read. A list writes one
 * row per person it showed, so "who saw this person" is one query whatever the read was, and all of them in
 * one statement, so a list costs one insert however long it is. Readable by administrators only.
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

    /** Rows of a list written in one statement; a longer list takes one statement per this many. */
    static final int ROWS_A_STATEMENT = 200;

    public void viewed(long personId, AccessKind kind) {
        em.persist(new PersonAccess(personId, currentUser.name(), kind));
    }

    /** A list showed these people (each once, however many rows it gave them). */
    public void listed(Collection<Long> personIds) {
        List<Long> distinct = personIds.stream().distinct().toList();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        for (int from = 0; from < distinct.size(); from += ROWS_A_STATEMENT) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + ROWS_A_STATEMENT));
            Query insert = em.createNativeQuery("INSERT INTO person_access (person_id, accessed_by, accessed_at, access_kind) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?)")));
            int parameter = 1;
            for (long personId : chunk) {
                insert.setParameter(parameter++, personId)
                        .setParameter(parameter++, currentUser.name())
                        .setParameter(parameter++, now)
                        .setParameter(parameter++, AccessKind.LIST.name());
            }
            insert.executeUpdate();
        }
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
