package be.zorgzame.plan.boundary;

import be.zorgzame.plan.entity.Plan;
import java.io.Serializable;
import java.util.List;

/** A plan with its revisions, the newest last. */
public record PlanView(long id, String municipalityNisCode, String municipalityName, int firstYear, int lastYear,
                       String title, List<RevisionView> revisions, int version) implements Serializable {

    static PlanView of(Plan plan, List<RevisionView> revisions) {
        return new PlanView(plan.getId(), plan.getMunicipality().getNisCode(), plan.getMunicipality().getNameNl(),
                plan.getFirstYear(), plan.getLastYear(), plan.getTitle(), revisions, plan.getVersion());
    }
}
