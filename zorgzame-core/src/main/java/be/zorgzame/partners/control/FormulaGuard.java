package be.zorgzame.partners.control;

/**
 * Keeps exported cells from running as spreadsheet formulas: a value a spreadsheet would take for a
 * formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe. An
 * import takes the apostrophe off again, so an export can be edited and imported unchanged.
 */
public final class FormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String RESTORED_STARTS = "=+-@";

    private FormulaGuard() {
    }

    /** The value, with a leading apostrophe when a spreadsheet would run it as a formula. */
    public static String neutralised(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A stripped cell as the export wrote it, with the guard's apostrophe taken off. */
    public static String restored(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && RESTORED_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }
}
