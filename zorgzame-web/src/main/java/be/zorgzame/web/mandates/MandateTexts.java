package be.zorgzame.web.mandates;

import be.zorgzame.mandates.control.MandateWarning;
import be.zorgzame.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** What the mandate pages share: a warning in the reader's words, and dates as dd/mm/yyyy. */
@Named
@ApplicationScoped
public class MandateTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String warning(MandateWarning warning) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                "mandate.warning." + warning.code(), date(warning.date()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
