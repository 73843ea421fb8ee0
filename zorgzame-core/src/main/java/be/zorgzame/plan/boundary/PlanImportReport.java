package be.zorgzame.plan.boundary;

import be.zorgzame.plan.control.RevisionDiff;
import java.io.Serializable;
import java.util.List;

/**
 * The outcome of a plan import: the items read per level, the rows refused, and, when none is, the
 * differences with the newest revision and the links affected. {@code applied} is false for a dry run and
 * for a refused file; {@code revision} is the number of the revision made.
 */
public record PlanImportReport(boolean applied, Integer revision, int objectives, int actionPlans, int actions,
                               int rejected, List<RejectedRow> rejectedRows, RevisionDiff.Differences differences,
                               List<AffectedLink> affectedLinks) implements Serializable {
}
