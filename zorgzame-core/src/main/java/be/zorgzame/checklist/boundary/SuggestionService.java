package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.ChecklistItem;
import be.zorgzame.checklist.entity.Framework;
import be.zorgzame.checklist.entity.Suggestion;
import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Collects the suggestions of every {@link SuggestionSource} for a municipality and puts them next to the
 * items they concern, with the reason in the caller's language. Suggestions for a retired item, or for an
 * item the municipality's catalogue does not hold, are left out. Only staff who may read the municipality's
 * checklist see them.
 */
@ApplicationScoped
@Transactional
public class SuggestionService {

    private static final String TEXTS = "be.zorgzame.checklist.boundary.ChecklistTexts";

    @PersistenceContext
    EntityManager em;

    @Inject
    ChecklistAccess access;

    @Inject
    @Any
    Instance<SuggestionSource> sources;

    public List<SuggestionView> forMunicipality(String nisCode, Locale locale) {
        access.requireSeesMunicipalities();
        if (em.find(Municipality.class, nisCode) == null) {
            throw new NotFoundException("Municipality", nisCode);
        }
        return suggestions(nisCode, locale);
    }

    /** Without the access check, for services that made it already. */
    List<SuggestionView> suggestions(String nisCode, Locale locale) {
        LocalDate today = LocalDate.now();
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale, SuggestionService.class.getClassLoader());
        List<SuggestionView> views = new ArrayList<>();
        for (SuggestionSource source : sources) {
            for (Suggestion suggestion : source.forMunicipality(nisCode, today)) {
                item(suggestion, nisCode).ifPresent(item -> views.add(new SuggestionView(item.getId(),
                        suggestion.frameworkCode(), suggestion.itemCode(), suggestion.reasonKey(),
                        new MessageFormat(texts.getString(suggestion.reasonKey()), locale)
                                .format(suggestion.reasonArguments().toArray()),
                        suggestion.evidence())));
            }
        }
        views.sort(Comparator.comparingLong(SuggestionView::itemId));
        return views;
    }

    private Optional<ChecklistItem> item(Suggestion suggestion, String nisCode) {
        return em.createNamedQuery("Framework.findByCode", Framework.class)
                .setParameter("code", suggestion.frameworkCode())
                .getResultStream()
                .filter(framework -> framework.appliesTo(nisCode))
                .flatMap(framework -> framework.getItems().stream())
                .filter(item -> item.getCode().equals(suggestion.itemCode()) && !item.isRetired())
                .findFirst();
    }
}
