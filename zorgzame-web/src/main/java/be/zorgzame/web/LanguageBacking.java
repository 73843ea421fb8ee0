package be.zorgzame.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The language of the user's pages: the browser's preference among nl/fr/en at first, then their choice. */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            boolean browserSaid = external.getRequestHeaderMap().containsKey("Accept-Language");
            List<Locale> requested = new ArrayList<>();
            external.getRequestLocales().forEachRemaining(requested::add);
            locale = browserSaid ? Languages.bestOf(requested) : Languages.DUTCH;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return Languages.SUPPORTED;
    }

    public void switchTo(String language) {
        locale = Languages.bestOf(List.of(Locale.forLanguageTag(language)));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
