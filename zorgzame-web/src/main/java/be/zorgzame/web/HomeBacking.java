package be.zorgzame.web;

import be.zorgzame.agreements.boundary.AgreementReminderService;
import be.zorgzame.agreements.control.AgreementReminder;
import be.zorgzame.checklist.boundary.ChecklistDashboard;
import be.zorgzame.checklist.boundary.ReviewDue;
import be.zorgzame.mandates.boundary.MandateDashboard;
import be.zorgzame.mandates.boundary.NeighbourhoodWarnings;
import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * index.xhtml: the start page, with what needs the user's attention: the agreements they take part in,
 * the mandates of their municipality, and the checklist assessments they may see whose review is due
 * within the configured window (a month by default) or overdue.
 */
@Named
@RequestScoped
public class HomeBacking {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    AgreementReminderService reminders;

    @Inject
    MandateDashboard mandates;

    @Inject
    ChecklistDashboard checklist;

    @Inject
    CurrentUser currentUser;

    /** How far ahead a coming checklist review is shown: the same window the review reminders are mailed in. */
    @Inject
    @ConfigProperty(name = ZorgzameConfig.CHECKLIST_REVIEW_DAYS, defaultValue = "30")
    int reviewDays;

    private List<AgreementReminder> due;
    private List<NeighbourhoodWarnings> mandateWarnings;
    private List<ReviewDue> reviews;

    public List<AgreementReminder> getReminders() {
        if (due == null) {
            due = reminders.due();
        }
        return due;
    }

    /** For municipal staff of a municipality: its neighbourhoods whose mandates need attention. */
    public List<NeighbourhoodWarnings> getMandateWarnings() {
        if (mandateWarnings == null) {
            mandateWarnings = currentUser.hasRole(Role.MUNICIPAL_STAFF)
                    ? currentUser.municipalityNisCode().map(mandates::warningsOfMunicipality).orElse(List.of()).stream()
                            .filter(n -> !n.warnings().isEmpty()).toList()
                    : List.of();
        }
        return mandateWarnings;
    }

    public String date(AgreementReminder reminder) {
        return DATE.format(reminder.dueOn());
    }

    public String waitingFor(AgreementReminder reminder) {
        return String.join(", ", reminder.waitingFor());
    }

    /** Regional support follows no assessments, so has no reviews. */
    public List<ReviewDue> getReviews() {
        if (reviews == null) {
            try {
                reviews = checklist.reviews(reviewDays);
            } catch (ForbiddenException e) {
                reviews = List.of();
            }
        }
        return reviews;
    }

    public String date(ReviewDue review) {
        return DATE.format(review.nextReviewOn());
    }
}
