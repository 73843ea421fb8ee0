package be.zorgzame.partners.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The SQL of the organisation search on the beginnings of words of the name (portable: Derby and PostgreSQL), with
 * every value a bound parameter. It starts from the token index: a range scan for the first word, then for each
 * match a look-up of the other words in the organisation's tokens (primary key) and of the organisation itself, so
 * only matching organisations are read; counting without further criteria reads the tokens alone. Derby's optimiser,
 * given the choice, walked all organisations in name order (to spare the sort) probing the tokens of each, and ran an
 * uncorrelated IN per further word once per row: seconds over 100,000 organisations (bench/RESULTS.md). The
 * {@code --DERBY-PROPERTIES} comments fix Derby's join order and strategy; other databases read them as comments.
 * The benchmark's plain-JDBC floor runs this same SQL.
 *
 * @param count      one row, the number of matching organisations
 * @param page       the matching organisations' ids (and name keys) in name order; its last two parameters are the
 *                   offset and the size
 * @param parameters the values of the criteria, in the order of their parameters (the same in both statements)
 */
public record OrganisationWordSearch(String count, String page, List<Object> parameters) {

    /** The criteria besides the words; {@code null} for any. */
    public record Criteria(Long onlyOrganisation, String kind, String sector, String municipalityNisCode) {
    }

    private static final String NESTED_LOOP = " --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n";

    public OrganisationWordSearch {
        parameters = List.copyOf(parameters);
    }

    /**
     * @param words the words as {@link NameKeys#tokens} gives them: letters and digits only, so no LIKE escapes
     */
    public static OrganisationWordSearch of(Set<String> words, Criteria criteria) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a word search needs at least one word");
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder tokens = new StringBuilder(" FROM --DERBY-PROPERTIES joinOrder=FIXED\n organisation_name_token t0");
        StringBuilder where = new StringBuilder(" WHERE t0.token LIKE ?");
        int i = 0;
        for (String word : words) {
            if (i > 0) {
                tokens.append(", organisation_name_token t").append(i)
                        .append(" --DERBY-PROPERTIES constraint=PK_ORGANISATION_NAME_TOKEN, joinStrategy=NESTEDLOOP\n");
                where.append(" AND t").append(i).append(".organisation_id = t0.organisation_id AND t").append(i)
                        .append(".token LIKE ?");
            }
            parameters.add(word + "%");
            i++;
        }
        String wordsOnly = "SELECT COUNT(DISTINCT t0.organisation_id)" + tokens + where;
        String from = tokens + ", organisation o" + NESTED_LOOP + where + " AND o.id = t0.organisation_id";
        StringBuilder filtered = new StringBuilder(from);
        criterion(filtered, parameters, "o.id = ?", criteria.onlyOrganisation());
        criterion(filtered, parameters, "o.kind = ?", criteria.kind());
        criterion(filtered, parameters, "o.id IN (SELECT s.organisation_id FROM organisation_sector s WHERE s.sector = ?)",
                criteria.sector());
        criterion(filtered, parameters, "o.municipality_nis_code = ?", criteria.municipalityNisCode());
        String count = parameters.size() == words.size() ? wordsOnly : "SELECT COUNT(DISTINCT o.id)" + filtered;
        return new OrganisationWordSearch(count, "SELECT DISTINCT o.id, o.name_key" + filtered
                + " ORDER BY o.name_key, o.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", parameters);
    }

    /** The page statement's parameters: the criteria's, then the offset and the size. */
    public List<Object> pageParameters(int first, int size) {
        List<Object> all = new ArrayList<>(parameters);
        Collections.addAll(all, first, size);
        return all;
    }

    private static void criterion(StringBuilder where, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            parameters.add(value);
        }
    }
}
