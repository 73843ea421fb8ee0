package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.Assessment;
import be.zorgzame.checklist.entity.AssessmentStatus;
import be.zorgzame.checklist.entity.ChecklistItem;
import be.zorgzame.checklist.entity.ItemEdition;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An assessment with its item's current wording. {@code assessedEdition} lower than {@code itemEdition}
 * means the wording changed since it was last assessed. Times in UTC; {@code changedSinceReview} when it
 * was changed after its last review.
 */
public record AssessmentView(long id, long itemId, String frameworkCode, String itemCode, Translation itemTitle,
                             int itemEdition, int assessedEdition, String municipalityNisCode, Long neighbourhoodId,
                             String neighbourhoodName, AssessmentStatus status, String owner, LocalDate dueOn,
                             LocalDate nextReviewOn, String evidenceText, String notApplicableReason,
                             List<EvidenceLinkInput> evidenceLinks, LocalDateTime updatedAt, LocalDateTime reviewedAt,
                             AssessmentStatus statusAtReview, boolean changedSinceReview, int version) implements Serializable {

    static AssessmentView of(Assessment a) {
        ChecklistItem item = a.getItem();
        ItemEdition.Wording w = item.current().wording();
        return new AssessmentView(a.getId(), item.getId(), item.getFramework().getCode(), item.getCode(),
                new Translation(w.titleNl(), w.titleFr(), w.titleEn()), item.current().getEdition(), a.getAssessedEdition(),
                a.getMunicipality().getNisCode(), a.getNeighbourhood() == null ? null : a.getNeighbourhood().getId(),
                a.getNeighbourhood() == null ? null : a.getNeighbourhood().getName(), a.getStatus(), a.getOwner(),
                a.getDueOn(), a.getNextReviewOn(), a.getEvidenceText(), a.getNotApplicableReason(),
                a.getEvidenceLinks().stream().map(EvidenceLinkInput::of).toList(), a.getUpdatedAt(), a.getReviewedAt(),
                a.getStatusAtReview(), a.changedSinceReview(), a.getVersion());
    }
}
