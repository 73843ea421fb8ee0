package be.zorgzame.platform.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A user of the built-in identity store. The password is only ever stored as a PBKDF2 hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "AppUser.findByUsername", query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(name = "AppUser.countByRole", query = "SELECT COUNT(u) FROM AppUser u JOIN u.roles r WHERE r = :role")
@NamedQuery(name = "AppUser.search", query = "SELECT u FROM AppUser u"
        + " WHERE LOWER(u.username) LIKE :pattern ESCAPE '\\' OR LOWER(u.displayName) LIKE :pattern ESCAPE '\\'"
        + " ORDER BY u.displayName, u.username")
@NamedQuery(name = "AppUser.findByOrganisation", query = "SELECT u FROM AppUser u WHERE u.organisationId = :organisation")
public class AppUser {

    public static final int USERNAME_LENGTH = 100;
    public static final int DISPLAY_NAME_LENGTH = 200;
    /** The identity source of accounts kept in step with the municipality's directory. */
    public static final String LDAP = "LDAP";
    /** The identity source of accounts kept in step with the municipality's OpenID Connect provider. */
    public static final String OIDC = "OIDC";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = USERNAME_LENGTH)
    @Column(nullable = false, length = USERNAME_LENGTH)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_LENGTH)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The organisation a partner user acts for; they may change only its data. */
    @Column(name = "organisation_id")
    private Long organisationId;

    /** The municipality a municipal employee works for. */
    @Column(name = "municipality_nis_code", length = 5)
    private String municipalityNisCode;

    /** {@value #LDAP} or {@value #OIDC} for a shadow of such a user; {@code null} for an account of the built-in store. */
    @Column(name = "identity_source", length = 10)
    private String identitySource;

    @Version
    private int version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.active = true;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isActive() {
        return active;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getMunicipalityNisCode() {
        return municipalityNisCode;
    }

    public void actFor(Long organisationId, String municipalityNisCode) {
        this.organisationId = organisationId;
        this.municipalityNisCode = municipalityNisCode;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    /** Whether this account shadows a user of this identity source, rather than being one of the built-in store or another source. */
    public boolean isShadowOf(String source) {
        return source.equals(identitySource);
    }

    /** Marks a new account as the shadow of a user of this identity source. */
    public void shadowUserOf(String source) {
        this.identitySource = Objects.requireNonNull(source);
    }

    /** Takes over what the directory says about its user at a login. */
    public void takeFromDirectory(String displayName, Set<Role> roles) {
        this.displayName = Objects.requireNonNull(displayName);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
