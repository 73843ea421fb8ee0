package be.zorgzame.platform.config;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Every MicroProfile Config key the module reads, in one place. Each can be set as a system property,
 * an environment variable (upper case, dots as underscores: {@code ZORGZAME_DEMO_ENABLED}) or in a
 * server's config store. Defaults are in {@code META-INF/microprofile-config.properties} of the WAR.
 */
public final class ZorgzameConfig {

    /**
     * JNDI name of the datasource. web.xml defines it from {@code zorgzame.datasource.url},
     * {@code .user} and {@code .password}, which the server resolves itself when it creates the pool
     * (so only from server-level sources: system properties, environment, the server's config store).
     */
    public static final String DATASOURCE_JNDI = "java:app/jdbc/zorgzame";

    /** Load demo users and demo data at start-up. Never on in production. */
    public static final String DEMO_ENABLED = "zorgzame.demo.enabled";

    /** Password of a first administrator "admin", created at start-up only when no administrator exists. */
    public static final String BOOTSTRAP_ADMIN_PASSWORD = "zorgzame.bootstrap.admin-password";

    /** Consecutive failed logins after which an account is locked (default 10). */
    public static final String LOCKOUT_ATTEMPTS = "zorgzame.security.lockout.attempts";
    /** Minutes an account stays locked after too many failed logins (default 15). */
    public static final String LOCKOUT_MINUTES = "zorgzame.security.lockout.minutes";
    /** Hours after logging in that a session ends, however active it is (default 8). */
    public static final String SESSION_ABSOLUTE_HOURS = "zorgzame.security.session.absolute-hours";
    /** Minutes without a request after which a session ends (default 30). */
    public static final String SESSION_IDLE_MINUTES = "zorgzame.security.session.idle-minutes";

    /**
     * The municipality's directory (ldap:// or ldaps://, several separated by spaces); when it is not set,
     * only the built-in user store logs users in. See {@code be.zorgzame.platform.security.ldap}.
     */
    public static final String LDAP_URL = "zorgzame.ldap.url";
    /** The service account that searches the directory, and its password. */
    public static final String LDAP_BIND_DN = "zorgzame.ldap.bind-dn";
    public static final String LDAP_BIND_PASSWORD = "zorgzame.ldap.bind-password";
    /** Where users are searched, and how ({@code %s} stands for the user name; default {@code (&(objectClass=person)(uid=%s))}). */
    public static final String LDAP_USER_BASE_DN = "zorgzame.ldap.user-base-dn";
    public static final String LDAP_USER_FILTER = "zorgzame.ldap.user-filter";
    /**
     * Where groups are searched, and how ({@code %s} stands for the user's DN; default
     * {@code (|(member=%s)(uniqueMember=%s))}); without a group base the user's {@code memberOf} is read.
     */
    public static final String LDAP_GROUP_BASE_DN = "zorgzame.ldap.group-base-dn";
    public static final String LDAP_GROUP_FILTER = "zorgzame.ldap.group-filter";
    /** Prefix of the keys naming the groups (DNs, separated by ";") that grant a role: {@code zorgzame.ldap.role.ADMIN}. */
    public static final String LDAP_ROLE_PREFIX = "zorgzame.ldap.role.";
    /** The user attribute holding the display name (default displayName, else cn). */
    public static final String LDAP_DISPLAY_NAME_ATTRIBUTE = "zorgzame.ldap.display-name-attribute";
    /** The user attribute holding the enterprise number (KBO) of a partner user's organisation. */
    public static final String LDAP_ORGANISATION_ATTRIBUTE = "zorgzame.ldap.organisation-attribute";
    /** The user attribute holding the NIS code of a municipal employee's municipality. */
    public static final String LDAP_MUNICIPALITY_ATTRIBUTE = "zorgzame.ldap.municipality-attribute";

    /**
     * The municipality's OpenID Connect provider, its issuer exactly as its discovery document names it;
     * when it is not set, nobody logs in through OpenID Connect. See {@code be.zorgzame.platform.security.oidc}.
     */
    public static final String OIDC_ISSUER = "zorgzame.oidc.issuer";
    /** The module's client at the provider, and its secret (none: a public client, which PKCE protects). */
    public static final String OIDC_CLIENT_ID = "zorgzame.oidc.client-id";
    public static final String OIDC_CLIENT_SECRET = "zorgzame.oidc.client-secret";
    /** The scopes asked for, separated by spaces (default {@code openid profile}; openid is always asked). */
    public static final String OIDC_SCOPES = "zorgzame.oidc.scopes";
    /** Where the provider sends the browser back (default: {@code /oidc/callback} of the address the browser used). */
    public static final String OIDC_REDIRECT_URI = "zorgzame.oidc.redirect-uri";
    /** The ID token claim used as user name (default preferred_username). */
    public static final String OIDC_USERNAME_CLAIM = "zorgzame.oidc.username-claim";
    /** The ID token claim holding the user's groups or roles (default groups; a dotted path reaches into objects). */
    public static final String OIDC_GROUPS_CLAIM = "zorgzame.oidc.groups-claim";
    /** Prefix of the keys naming the group values (separated by ";") that grant a role: {@code zorgzame.oidc.role.ADMIN}. */
    public static final String OIDC_ROLE_PREFIX = "zorgzame.oidc.role.";
    /** The claim holding the enterprise number (KBO) of a partner user's organisation. */
    public static final String OIDC_ORGANISATION_CLAIM = "zorgzame.oidc.organisation-claim";
    /** The claim holding the NIS code of a municipal employee's municipality. */
    public static final String OIDC_MUNICIPALITY_CLAIM = "zorgzame.oidc.municipality-claim";

    /** SMTP server for reminders; mail is off when it is not set. */
    public static final String MAIL_HOST = "zorgzame.mail.host";
    public static final String MAIL_PORT = "zorgzame.mail.port";
    /** Sender address of the module's mail. */
    public static final String MAIL_FROM = "zorgzame.mail.from";
    /** SMTP login, when the server asks for one. */
    public static final String MAIL_USERNAME = "zorgzame.mail.username";
    public static final String MAIL_PASSWORD = "zorgzame.mail.password";
    /** Require STARTTLS towards the SMTP server. */
    public static final String MAIL_STARTTLS = "zorgzame.mail.starttls";
    /** Language of the module's mail (nl, fr or en). */
    public static final String MAIL_LANGUAGE = "zorgzame.mail.language";

    /** Days before an agreement's review date that it is announced. */
    public static final String REMINDER_REVIEW_DAYS = "zorgzame.reminders.review-days";
    /** Days before an agreement's end date that it is announced. */
    public static final String REMINDER_EXPIRY_DAYS = "zorgzame.reminders.expiry-days";
    /** Days a version may wait for sign-off before the parties that have not answered are reminded. */
    public static final String REMINDER_SIGN_OFF_DAYS = "zorgzame.reminders.sign-off-days";
    /** How many days ahead a mandate's end date raises the warning that it expires (default 60). */
    public static final String MANDATE_EXPIRY_WARNING_DAYS = "zorgzame.mandates.expiry-warning-days";

    /**
     * How many days ahead a checklist review is shown on the start page and mailed (default 30). The
     * start page and the mail share it so that the mailbox hears of what the dashboard shows.
     */
    public static final String CHECKLIST_REVIEW_DAYS = "zorgzame.checklist.review-days";
    /**
     * Comma-separated addresses that receive the checklist review reminders of every municipality: an
     * assessment's owner is free text and accounts have no address, so a policy team's mailbox is named
     * here. {@code zorgzame.checklist.review-mail-to.<NIS code>} replaces it for one municipality; with
     * neither, no review mail is sent.
     */
    public static final String CHECKLIST_REVIEW_MAIL_TO = "zorgzame.checklist.review-mail-to";

    /** Months after a session that its case descriptions, notes and action points are purged (default 12). */
    public static final String INTERVISION_NOTE_RETENTION_MONTHS = "zorgzame.intervision.note-retention-months";

    /** Months the log of who read a contact person's data is kept; older reads are purged every night (default 24). */
    public static final String PRIVACY_ACCESS_LOG_RETENTION_MONTHS = "zorgzame.privacy.access-log-retention-months";

    /** Months the log of mails sent (with the recipients' addresses) is kept; purged every night (default 24). */
    public static final String PRIVACY_SENT_MAIL_RETENTION_MONTHS = "zorgzame.privacy.sent-mail-retention-months";

    /** Where the embedded Derby database is backed up to (default zorgzame-data/backups, below the working directory). */
    public static final String BACKUP_DIRECTORY = "zorgzame.backup.directory";
    /** How many backups are kept; older ones are removed after each new one (default 7). */
    public static final String BACKUP_KEEP = "zorgzame.backup.keep";
    /** When the backup runs: a time of day, optionally after days ("Sun 03:30"), or "off" (default 02:00, daily). */
    public static final String BACKUP_SCHEDULE = "zorgzame.backup.schedule";

    /**
     * Whether this node runs the scheduled jobs (the morning mailing, the nightly purges, the backup; default
     * true). In a cluster exactly one node keeps it on: the timers fire on every node.
     */
    public static final String SCHEDULED_JOBS_ENABLED = "zorgzame.scheduled-jobs.enabled";

    private ZorgzameConfig() {
    }

    /** The key's value without surrounding blanks; empty when it is not set or blank. */
    public static Optional<String> text(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(value -> !value.isEmpty());
    }
}
