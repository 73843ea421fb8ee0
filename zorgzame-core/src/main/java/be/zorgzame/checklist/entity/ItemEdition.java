package be.zorgzame.checklist.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One wording of an item, in Dutch, French and English, with who recorded it, when (UTC) and why. Never changed. */
@Entity
@Table(name = "checklist_item_edition")
public class ItemEdition {

    public static final int TITLE_LENGTH = 500;
    public static final int EXPLANATION_LENGTH = 2000;
    public static final int REASON_LENGTH = 2000;

    /** The texts of an edition; the explanations are optional. */
    public record Wording(String titleNl, String titleFr, String titleEn,
                          String explanationNl, String explanationFr, String explanationEn) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private ChecklistItem item;

    @Column(nullable = false)
    private int edition;

    @Column(name = "title_nl", nullable = false, length = TITLE_LENGTH)
    private String titleNl;

    @Column(name = "title_fr", nullable = false, length = TITLE_LENGTH)
    private String titleFr;

    @Column(name = "title_en", nullable = false, length = TITLE_LENGTH)
    private String titleEn;

    @Column(name = "explanation_nl", length = EXPLANATION_LENGTH)
    private String explanationNl;

    @Column(name = "explanation_fr", length = EXPLANATION_LENGTH)
    private String explanationFr;

    @Column(name = "explanation_en", length = EXPLANATION_LENGTH)
    private String explanationEn;

    @Column(name = "change_reason", length = REASON_LENGTH)
    private String changeReason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected ItemEdition() {
    }

    ItemEdition(ChecklistItem item, int edition, Wording wording, String changeReason, String createdBy) {
        this.item = Objects.requireNonNull(item);
        this.edition = edition;
        this.titleNl = Objects.requireNonNull(wording.titleNl());
        this.titleFr = Objects.requireNonNull(wording.titleFr());
        this.titleEn = Objects.requireNonNull(wording.titleEn());
        this.explanationNl = wording.explanationNl();
        this.explanationFr = wording.explanationFr();
        this.explanationEn = wording.explanationEn();
        this.changeReason = changeReason;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Wording wording() {
        return new Wording(titleNl, titleFr, titleEn, explanationNl, explanationFr, explanationEn);
    }

    public Long getId() {
        return id;
    }

    public ChecklistItem getItem() {
        return item;
    }

    public int getEdition() {
        return edition;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
