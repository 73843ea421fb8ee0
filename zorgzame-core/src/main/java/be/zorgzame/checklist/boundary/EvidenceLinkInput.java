package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.EvidenceLink;
import be.zorgzame.checklist.entity.EvidenceTarget;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Evidence: an object by type and id, with a note on what it shows. Also how links are shown. */
public record EvidenceLinkInput(@NotNull EvidenceTarget targetType, @NotNull Long targetId,
                                @Size(max = EvidenceLink.NOTE_LENGTH) String note) implements Serializable {

    public EvidenceLinkInput(EvidenceTarget targetType, Long targetId, String note) {
        this.targetType = targetType;
        this.targetId = targetId;
        this.note = note;
    }

    static EvidenceLinkInput of(EvidenceLink link) {
        return new EvidenceLinkInput(link.getTargetType(), link.getTargetId(), link.getNote());
    }
}
