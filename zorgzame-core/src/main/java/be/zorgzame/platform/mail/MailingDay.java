package be.zorgzame.platform.mail;

import java.time.LocalDate;

/** The day's reminder mailing is due: each component that mails reminders observes this. */
public record MailingDay(LocalDate date) {
}
