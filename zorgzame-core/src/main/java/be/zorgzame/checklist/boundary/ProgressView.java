package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.AssessmentStatus;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The dashboard of a municipality (with its neighbourhoods) or of one neighbourhood: progress per
 * framework and level, and the assessments changed since their last review.
 */
public record ProgressView(String municipalityNisCode, Long neighbourhoodId, List<FrameworkProgress> frameworks,
                           List<ChangedSinceReview> changedSinceReview) implements Serializable {

    /** An assessment changed after its last review, with its status then and now (times in UTC). */
    public record ChangedSinceReview(long assessmentId, String frameworkCode, String itemCode, Translation itemTitle,
                                     Long neighbourhoodId, String neighbourhoodName, AssessmentStatus statusAtReview,
                                     AssessmentStatus status, LocalDateTime reviewedAt, LocalDateTime updatedAt) implements Serializable {
    }
}
