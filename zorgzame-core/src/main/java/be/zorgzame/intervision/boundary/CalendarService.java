package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.control.SessionCalendar;
import be.zorgzame.intervision.control.SessionOutline;
import be.zorgzame.intervision.entity.CalendarFeed;
import be.zorgzame.intervision.entity.IntervisionSession;
import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sessions as iCalendar: one session's invitation for its group's confidants, and a personal feed that a
 * calendar program polls without logging in. The feed's address carries a random secret; only its SHA-256
 * hash is kept and looked up, so the stored table opens no calendar and the lookup compares no secret
 * byte by byte. A user has at most one active feed: a new one revokes the old.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    /** How far back a feed reaches, so recent sessions stay in the calendar. */
    static final int FEED_MONTHS_BACK = 3;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String FEED = "CalendarFeed";

    @PersistenceContext
    EntityManager em;

    @Inject
    IntervisionAccess access;

    @Inject
    SessionService sessions;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.MAIL_FROM, defaultValue = "zorgzame-buurten@localhost")
    String organiserAddress;

    /** One session as an invitation; for the group's facilitator and members who accepted its agreement. */
    public String sessionCalendar(long sessionId, Locale locale) {
        IntervisionSession session = sessions.session(sessionId);
        access.requireConfidant(session.getGroup());
        return SessionCalendar.ics(List.of(SessionOutline.of(session)), organiserAddress, locale);
    }

    /** The caller's active feed, if any (without its secret, which is not kept). */
    public Optional<FeedView> myFeed() {
        return active(access.userName()).map(FeedView::of);
    }

    /** A new feed for the caller, revoking the one before; the secret is returned this once. */
    public NewFeed createFeed() {
        String username = access.userName();
        active(username).ifPresent(CalendarFeed::revoke);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        CalendarFeed feed = new CalendarFeed(username, hash(secret));
        em.persist(feed);
        return new NewFeed(secret, feed.getCreatedAt());
    }

    /** Revokes the caller's feed; calendars subscribed to it get nothing more. */
    public void revokeFeed() {
        CalendarFeed feed = active(access.userName()).orElseThrow(() -> new NotFoundException(FEED, access.userName()));
        feed.revoke();
    }

    /**
     * The sessions, planned and cancelled (so cancellations reach the calendar), of the groups the feed's owner
     * now facilitates or takes part in as a confidant, from a few months back. No login: the secret is the key.
     */
    public String feedCalendar(String secret, Locale locale) {
        CalendarFeed feed = Optional.ofNullable(secret).filter(s -> SECRET.matcher(s).matches())
                .flatMap(s -> em.createNamedQuery("CalendarFeed.findBySecretHash", CalendarFeed.class)
                        .setParameter("hash", hash(s)).getResultStream().findFirst())
                .filter(CalendarFeed::isActive)
                .orElseThrow(() -> new NotFoundException(FEED, "with this address"));
        List<SessionOutline> outlines = em.createNamedQuery("IntervisionSession.findForUser", IntervisionSession.class)
                .setParameter("username", feed.getUsername())
                .setParameter("from", LocalDate.now(SessionCalendar.BELGIUM).minusMonths(FEED_MONTHS_BACK).atStartOfDay())
                .getResultStream()
                .map(SessionOutline::of)
                .toList();
        return SessionCalendar.ics(outlines, organiserAddress, locale);
    }

    private Optional<CalendarFeed> active(String username) {
        return em.createNamedQuery("CalendarFeed.findActive", CalendarFeed.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
