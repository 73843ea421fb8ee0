package be.zorgzame.agreements.control;

import be.zorgzame.agreements.entity.ReminderKind;
import java.time.LocalDate;
import java.util.List;

/**
 * Something about an agreement that needs attention by a date: its review, its end, or parties that
 * have not answered a version submitted for sign-off ({@code waitingFor}, by name).
 */
public record AgreementReminder(ReminderKind kind, long agreementId, int number, String title, String neighbourhoodName,
                                LocalDate dueOn, List<String> waitingFor) {
}
