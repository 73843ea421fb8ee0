package be.zorgzame.checklist.control;

import be.zorgzame.checklist.entity.AssessmentStatus;
import be.zorgzame.checklist.entity.EvidenceLink;
import be.zorgzame.platform.problem.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules an assessment must meet beyond its single fields. */
public final class AssessmentRules {

    private AssessmentRules() {
    }

    /**
     * "Not applicable" needs a reason, and a reason belongs only there (so a status changed back does not
     * keep a stale one); no evidence link twice.
     */
    public static void check(AssessmentStatus status, String notApplicableReason, List<EvidenceLink> links) {
        boolean reasoned = notApplicableReason != null && !notApplicableReason.isBlank();
        if (status == AssessmentStatus.NOT_APPLICABLE && !reasoned) {
            throw new InvalidInputException("notApplicableReason", "{zorgzame.checklist.reasonRequired}");
        }
        if (status != AssessmentStatus.NOT_APPLICABLE && reasoned) {
            throw new InvalidInputException("notApplicableReason", "{zorgzame.checklist.reasonOnlyNotApplicable}");
        }
        Set<String> seen = new HashSet<>();
        for (EvidenceLink link : links) {
            if (!seen.add(link.getTargetType() + ":" + link.getTargetId())) {
                throw new InvalidInputException("evidenceLinks", "{zorgzame.checklist.linkTwice}");
            }
        }
    }
}
