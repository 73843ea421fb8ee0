package be.zorgzame.platform.security;

import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/** Keeps the users of the built-in identity store. */
@ApplicationScoped
@Transactional
public class UserService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AuditTrail auditTrail;

    public Optional<AppUser> findByUsername(String username) {
        return em.createNamedQuery("AppUser.findByUsername", AppUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public boolean anyUserHas(Role role) {
        return em.createNamedQuery("AppUser.countByRole", Long.class).setParameter("role", role).getSingleResult() > 0;
    }

    public AppUser create(String username, String displayName, char[] password, Set<Role> roles) {
        return create(username, displayName, password, roles, null, null);
    }

    /** A user acting for an organisation (partner staff) or a municipality (municipal staff). */
    public AppUser create(String username, String displayName, char[] password, Set<Role> roles,
                          Long organisationId, String municipalityNisCode) {
        AppUser user = new AppUser(username, displayName, passwordHashing.hash(password), roles);
        user.actFor(organisationId, municipalityNisCode);
        em.persist(user);
        em.flush();
        auditTrail.created(AppUser.class, user.getId(), new FieldChanges()
                .added("username", username)
                .added("displayName", displayName)
                .added("roles", roles)
                .added("organisationId", organisationId)
                .added("municipalityNisCode", municipalityNisCode));
        return user;
    }

    /** The accounts of partner staff of a merged organisation act for the organisation it was merged into. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void passOnOrganisation(long mergedId, long survivorId) {
        em.createNamedQuery("AppUser.findByOrganisation", AppUser.class)
                .setParameter("organisation", mergedId)
                .getResultList()
                .forEach(user -> {
                    user.actFor(survivorId, user.getMunicipalityNisCode());
                    auditTrail.updated(AppUser.class, user.getId(),
                            new FieldChanges().compare("organisationId", mergedId, survivorId));
                });
    }
}
