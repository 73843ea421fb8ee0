package be.zorgzame.partners.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Normalised organisation names: lower case, without accents and punctuation. "VZW Ons Huis" and
 * "vzw ons-huis" get the same key, so searches and duplicate checks do not depend on spelling details.
 */
public final class NameKeys {

    private NameKeys() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }

    /** The distinct words of a name's key, in order: what a search on a word's beginning matches. */
    public static Set<String> tokens(String name) {
        String key = key(name);
        return key.isEmpty() ? Set.of()
                : Arrays.stream(key.split(" ")).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
