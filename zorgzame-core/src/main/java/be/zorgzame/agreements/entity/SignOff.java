package be.zorgzame.agreements.entity;

import be.zorgzame.partners.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A party's acceptance or refusal of a submitted version: who answered for the organisation, and when. */
@Entity
@Table(name = "agreement_sign_off")
public class SignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id", nullable = false)
    private AgreementVersion agreementVersion;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignOffDecision decision;

    @Column(length = AgreementVersion.REASON_LENGTH)
    private String reason;

    @Column(name = "signed_by", nullable = false, length = 100)
    private String signedBy;

    /** In UTC. */
    @Column(name = "signed_at", nullable = false)
    private LocalDateTime signedAt = LocalDateTime.now(ZoneOffset.UTC);

    protected SignOff() {
    }

    SignOff(AgreementVersion agreementVersion, Organisation organisation, SignOffDecision decision, String reason,
            String signedBy) {
        this.agreementVersion = Objects.requireNonNull(agreementVersion);
        this.organisation = Objects.requireNonNull(organisation);
        this.decision = Objects.requireNonNull(decision);
        this.reason = reason;
        this.signedBy = Objects.requireNonNull(signedBy);
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public SignOffDecision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }
}
