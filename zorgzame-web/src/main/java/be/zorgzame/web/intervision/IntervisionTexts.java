package be.zorgzame.web.intervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** What the intervision pages share: session times as dd/mm/yyyy hh:mm, and the reader's language for the catalogue. */
@Named
@ApplicationScoped
public class IntervisionTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(LocalDateTime moment) {
        return moment == null ? "" : DATE_TIME.format(moment);
    }

    /** A session's time as one reads it: the end without its date when it ends on the day it starts. */
    public String period(LocalDateTime start, LocalDateTime end) {
        return DATE_TIME.format(start) + "\u2013"
                + (end.toLocalDate().equals(start.toLocalDate()) ? TIME : DATE_TIME).format(end);
    }

    /** The language the methods of the catalogue are shown in: the page's. */
    static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }
}
