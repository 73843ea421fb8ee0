package be.zorgzame.platform.query;

/** Text as services store and search it. */
public final class Texts {

    private Texts() {
    }

    /** Stripped, and absent when nothing is left: an empty form field stores nothing. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A text for a LIKE pattern with {@code \} as escape character, its wildcards taken literally. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
