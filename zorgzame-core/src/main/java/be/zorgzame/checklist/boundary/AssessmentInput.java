package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.Assessment;
import be.zorgzame.checklist.entity.AssessmentStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An assessment as a whole: the item and the subject (a municipality for an item assessed per municipality,
 * a neighbourhood otherwise; both fixed once created), status (not applicable with a reason), owner,
 * dates, evidence text and links. {@code version}: the assessment's version as read (absent when creating).
 */
public record AssessmentInput(
        @NotNull Long itemId,
        @Pattern(regexp = "\\d{5}", message = "{zorgzame.nisCode.invalid}") String municipalityNisCode,
        Long neighbourhoodId,
        @NotNull AssessmentStatus status,
        @Size(max = Assessment.OWNER_LENGTH) String owner,
        LocalDate dueOn,
        LocalDate nextReviewOn,
        @Size(max = Assessment.EVIDENCE_LENGTH) String evidenceText,
        @Size(max = Assessment.REASON_LENGTH) String notApplicableReason,
        List<@NotNull @Valid EvidenceLinkInput> evidenceLinks,
        Integer version) {

    public AssessmentInput(Long itemId, String municipalityNisCode, Long neighbourhoodId, AssessmentStatus status,
                           String owner, LocalDate dueOn, LocalDate nextReviewOn, String evidenceText,
                           String notApplicableReason, List<EvidenceLinkInput> evidenceLinks, Integer version) {
        this.itemId = itemId;
        this.municipalityNisCode = municipalityNisCode;
        this.neighbourhoodId = neighbourhoodId;
        this.status = status;
        this.owner = owner;
        this.dueOn = dueOn;
        this.nextReviewOn = nextReviewOn;
        this.evidenceText = evidenceText;
        this.notApplicableReason = notApplicableReason;
        this.evidenceLinks = evidenceLinks == null ? List.of() : evidenceLinks;
        this.version = version;
    }
}
