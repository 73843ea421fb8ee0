package be.zorgzame.platform.security;

import be.zorgzame.partners.control.KboNumbers;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps an account row in step with each user of the municipality's directory or OpenID Connect
 * provider who logs in, so that everything reading the
 * acting user's organisation or municipality ({@code CurrentUser}) works for them as for built-in users.
 * The row's password hash is of a random password nobody knows, so the built-in store never logs it in.
 * Creations and changes go to the audit trail like any other account change.
 */
@ApplicationScoped
@Transactional
public class DirectoryAccounts {

    private static final Logger LOG = Logger.getLogger(DirectoryAccounts.class.getName());
    private static final int NIS_CODE_LENGTH = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AuditTrail auditTrail;

    /**
     * Creates or updates the account of this user; false, and nothing changed, when the name belongs to
     * an account of the built-in store or of the other identity source (which this source must not take
     * over) or the account was deactivated here.
     */
    public boolean keepInStep(DirectoryUser user) {
        Optional<AppUser> existing = em.createNamedQuery("AppUser.findByUsername", AppUser.class)
                .setParameter("username", user.callerName())
                .getResultStream()
                .findFirst();
        if (existing.isPresent() && !existing.get().isShadowOf(user.source())) {
            LOG.warning(() -> user.source() + " user " + user.callerName() + " refused: the name belongs to another account");
            return false;
        }
        if (existing.isPresent() && !existing.get().isActive()) {
            return false;
        }
        String displayName = truncated(user.displayName(), AppUser.DISPLAY_NAME_LENGTH);
        Long organisationId = user.roles().contains(Role.PARTNER_STAFF) ? organisation(user) : null;
        String nisCode = nisCode(user.municipalityNisCode());
        if (existing.isEmpty()) {
            create(user, displayName, organisationId, nisCode);
        } else {
            update(existing.get(), user, displayName, organisationId, nisCode);
        }
        return true;
    }

    private void create(DirectoryUser user, String displayName, Long organisationId, String nisCode) {
        AppUser account = new AppUser(user.callerName(), displayName, unusableHash(), user.roles());
        account.shadowUserOf(user.source());
        account.actFor(organisationId, nisCode);
        em.persist(account);
        em.flush();
        auditTrail.created(AppUser.class, account.getId(), new FieldChanges()
                .added("username", user.callerName())
                .added("displayName", displayName)
                .added("roles", user.roles())
                .added("organisationId", organisationId)
                .added("municipalityNisCode", nisCode)
                .added("identitySource", user.source()));
    }

    private void update(AppUser account, DirectoryUser user, String displayName, Long organisationId, String nisCode) {
        FieldChanges changes = new FieldChanges()
                .compare("displayName", account.getDisplayName(), displayName)
                .compare("roles", account.getRoles(), user.roles())
                .compare("organisationId", account.getOrganisationId(), organisationId)
                .compare("municipalityNisCode", account.getMunicipalityNisCode(), nisCode);
        if (changes.isEmpty()) {
            return;
        }
        account.takeFromDirectory(displayName, user.roles());
        account.actFor(organisationId, nisCode);
        auditTrail.updated(AppUser.class, account.getId(), changes);
    }

    /** The registered organisation with the enterprise number the identity source gives; none when it is unknown. */
    private Long organisation(DirectoryUser user) {
        Optional<String> kbo = Optional.ofNullable(user.organisationKbo()).flatMap(KboNumbers::normalise);
        Optional<Long> found = kbo.flatMap(number -> em.createQuery(
                        "SELECT o.id FROM Organisation o WHERE o.kboNumber = :kbo", Long.class)
                .setParameter("kbo", number)
                .getResultStream()
                .findFirst());
        if (found.isEmpty()) {
            LOG.warning(() -> "Partner user " + user.callerName() + " from " + user.source() + " acts for no organisation:"
                    + " no registered organisation has the enterprise number " + user.organisationKbo());
        }
        return found.orElse(null);
    }

    private static String nisCode(String value) {
        return value != null && value.length() == NIS_CODE_LENGTH && value.chars().allMatch(Character::isDigit)
                ? value : null;
    }

    private static String truncated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private String unusableHash() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return passwordHashing.hash(Base64.getEncoder().encodeToString(random).toCharArray());
    }
}
