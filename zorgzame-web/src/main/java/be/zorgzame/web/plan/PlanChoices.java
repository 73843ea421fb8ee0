package be.zorgzame.web.plan;

import be.zorgzame.plan.boundary.PlanView;
import be.zorgzame.plan.boundary.RevisionView;
import be.zorgzame.web.Messages;
import jakarta.faces.model.SelectItem;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The plans and revisions as choices on the plan pages, and which plan a page opens on when none is asked for. */
final class PlanChoices {

    private PlanChoices() {
    }

    static List<SelectItem> plans(List<PlanView> plans, Locale locale) {
        return plans.stream()
                .map(p -> new SelectItem(p.id(), Messages.text(locale, "plan.option", p.municipalityName(), p.firstYear(),
                        p.lastYear(), p.title())))
                .toList();
    }

    /** The newest revision first. */
    static List<SelectItem> revisions(PlanView plan, Locale locale) {
        return plan.revisions().stream()
                .sorted(Comparator.comparingInt(RevisionView::number).reversed())
                .map(r -> new SelectItem(r.number(), Messages.text(locale, "plan.revisionOption", r.number(), label(r), r.actions())))
                .toList();
    }

    private static String label(RevisionView revision) {
        return revision.label() == null ? "" : " \u2013 " + revision.label();
    }

    /** The plan of the user's own municipality in force this year, else its latest, else the first one listed. */
    static Optional<Long> preferred(List<PlanView> plans, Optional<String> municipality) {
        int now = Year.now().getValue();
        List<PlanView> own = municipality.map(nis -> plans.stream().filter(p -> p.municipalityNisCode().equals(nis)).toList())
                .filter(list -> !list.isEmpty())
                .orElse(plans);
        return own.stream().filter(p -> p.firstYear() <= now && now <= p.lastYear()).findFirst()
                .or(() -> own.stream().findFirst())
                .map(PlanView::id);
    }
}
