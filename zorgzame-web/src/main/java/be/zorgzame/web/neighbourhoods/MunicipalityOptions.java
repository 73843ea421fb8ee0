package be.zorgzame.web.neighbourhoods;

import be.zorgzame.neighbourhoods.boundary.MunicipalityService;
import be.zorgzame.neighbourhoods.boundary.MunicipalityView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The municipalities as choices in select menus, named in the page's language; reference data, read once. */
@Named
@ApplicationScoped
public class MunicipalityOptions {

    @Inject
    MunicipalityService municipalities;

    private final ConcurrentMap<String, List<SelectItem>> byLanguage = new ConcurrentHashMap<>();

    public List<SelectItem> in(Locale locale) {
        return byLanguage.computeIfAbsent(locale.getLanguage(), language -> {
            Collator collator = Collator.getInstance(locale);
            return municipalities.list().stream()
                    .map(m -> new SelectItem(m.nisCode(), name(m, language) + " (" + m.nisCode() + ")"))
                    .sorted(Comparator.comparing(SelectItem::getLabel, collator))
                    .toList();
        });
    }

    private static String name(MunicipalityView m, String language) {
        return "fr".equals(language) && m.nameFr() != null ? m.nameFr() : m.nameNl();
    }
}
