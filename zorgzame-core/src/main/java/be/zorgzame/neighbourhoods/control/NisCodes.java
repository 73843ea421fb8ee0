package be.zorgzame.neighbourhoods.control;

import java.util.regex.Pattern;

/**
 * Rules for Belgian NIS (REFNIS) municipality codes: five digits, the first naming the province
 * (1 to 9; 2 covers Brussels and both Brabants). Existence is checked against the reference table.
 */
public final class NisCodes {

    private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{4}");

    private NisCodes() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}
