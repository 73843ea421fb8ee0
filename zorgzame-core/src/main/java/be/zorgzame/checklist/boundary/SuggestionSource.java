package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.Suggestion;
import java.time.LocalDate;
import java.util.List;

/**
 * A component that can say, from its own data, which recommendations a municipality may have realised.
 * Each component with such data implements it once ({@code @ApplicationScoped}); the checklist collects
 * them all, so the multi-year plan (local 2) and intervision (supra-local) add theirs without changes here.
 * Called inside the checklist's transaction; it reads only and never checks the caller's rights (the
 * checklist shows suggestions only to those who may assess).
 */
public interface SuggestionSource {

    List<Suggestion> forMunicipality(String nisCode, LocalDate today);
}
