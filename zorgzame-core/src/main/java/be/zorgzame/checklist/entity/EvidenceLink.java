package be.zorgzame.checklist.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A link from an assessment to what proves it: an agreement, a mandate, a meeting place, a plan item, an intervision session. */
@Embeddable
public class EvidenceLink {

    public static final int NOTE_LENGTH = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, length = 30)
    private EvidenceTarget targetType;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(length = NOTE_LENGTH)
    private String note;

    protected EvidenceLink() {
    }

    public EvidenceLink(EvidenceTarget targetType, long targetId, String note) {
        this.targetType = Objects.requireNonNull(targetType);
        this.targetId = targetId;
        this.note = note;
    }

    public EvidenceTarget getTargetType() {
        return targetType;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getNote() {
        return note;
    }
}
