package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.AssessmentStatus;
import java.time.LocalDate;

/** An assessment whose next review falls within the period asked for, or is past ({@code overdue}). */
public record ReviewDue(long assessmentId, String frameworkCode, String itemCode, Translation itemTitle,
                        String municipalityNisCode, Long neighbourhoodId, String neighbourhoodName, AssessmentStatus status,
                        LocalDate nextReviewOn, boolean overdue) {
}
