package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.boundary.VersionDifference.Aspect;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a reader needs to see between two versions: parties added and removed, and per party its
 * roles, tasks, decision rights and contributions; the coordination bodies by name. Parties are
 * matched by organisation, so a renamed organisation is still the same party.
 */
public final class VersionDifferences {

    private final List<VersionDifference> found = new ArrayList<>();

    private VersionDifferences() {
    }

    public static List<VersionDifference> between(AgreementVersionView from, AgreementVersionView to) {
        VersionDifferences differences = new VersionDifferences();
        differences.agreement(from, to);
        differences.parties(from.parties(), to.parties());
        differences.bodies(from.bodies(), to.bodies(), to.parties());
        return List.copyOf(differences.found);
    }

    private void agreement(AgreementVersionView from, AgreementVersionView to) {
        compare(Aspect.TITLE, null, null, from.title(), to.title());
        compare(Aspect.PURPOSE, null, null, from.purpose(), to.purpose());
        compare(Aspect.VALID_FROM, null, null, from.validFrom(), to.validFrom());
        compare(Aspect.VALID_TO, null, null, from.validTo(), to.validTo());
        compare(Aspect.REVIEW_DATE, null, null, from.reviewDate(), to.reviewDate());
        compare(Aspect.ESCALATION_ROUTE, null, null, from.escalationRoute(), to.escalationRoute());
        for (String area : union(from.decisionAreas(), to.decisionAreas())) {
            compare(Aspect.DECISION_AREA, null, area, from.decisionAreas().contains(area) ? area : null,
                    to.decisionAreas().contains(area) ? area : null);
        }
    }

    private void parties(List<PartyView> from, List<PartyView> to) {
        Map<Long, PartyView> before = byKey(from, PartyView::organisationId);
        Map<Long, PartyView> after = byKey(to, PartyView::organisationId);
        for (Long organisation : union(before.keySet(), after.keySet())) {
            PartyView was = before.get(organisation);
            PartyView is = after.get(organisation);
            if (was == null || is == null) {
                PartyView present = was == null ? is : was;
                compare(Aspect.PARTY, present.organisationName(), null, was == null ? null : was.organisationName(),
                        is == null ? null : is.organisationName());
                continue;
            }
            String name = is.organisationName();
            compare(Aspect.ROLES, name, null, was.roles(), is.roles());
            compare(Aspect.TASKS, name, null, was.tasks(), is.tasks());
            for (String area : union(was.decisionRights().keySet(), is.decisionRights().keySet())) {
                compare(Aspect.DECISION_RIGHT, name, area, was.decisionRights().get(area), is.decisionRights().get(area));
            }
            compare(Aspect.CONTACT_PERSON, name, null, was.contactPersonName(), is.contactPersonName());
            compare(Aspect.HOURS_PER_WEEK, name, null, was.hoursPerWeek(), is.hoursPerWeek());
            compare(Aspect.BUDGET_PER_YEAR, name, null, was.budgetPerYear(), is.budgetPerYear());
            compare(Aspect.SPACE, name, null, was.space(), is.space());
            compare(Aspect.MATERIAL, name, null, was.material(), is.material());
        }
    }

    private void bodies(List<BodyView> from, List<BodyView> to, List<PartyView> parties) {
        Map<Long, String> names = parties.stream()
                .collect(Collectors.toMap(PartyView::organisationId, PartyView::organisationName));
        Map<String, BodyView> before = byKey(from, BodyView::name);
        Map<String, BodyView> after = byKey(to, BodyView::name);
        for (String body : union(before.keySet(), after.keySet())) {
            BodyView was = before.get(body);
            BodyView is = after.get(body);
            if (was == null || is == null) {
                compare(Aspect.BODY, null, body, was == null ? null : body, is == null ? null : body);
                continue;
            }
            compare(Aspect.BODY_KIND, null, body, was.kind(), is.kind());
            compare(Aspect.BODY_CADENCE, null, body, was.cadence(), is.cadence());
            compare(Aspect.BODY_MEMBERS, null, body, memberNames(was, names), memberNames(is, names));
        }
    }

    /** Members by name where the organisation is still a party, so the reader sees who joined or left. */
    private static Set<String> memberNames(BodyView body, Map<Long, String> names) {
        return body.memberOrganisationIds().stream()
                .map(id -> names.getOrDefault(id, String.valueOf(id)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void compare(Aspect aspect, String party, String detail, Object before, Object after) {
        if (!Objects.equals(normal(before), normal(after))) {
            found.add(new VersionDifference(aspect, party, detail, before, after));
        }
    }

    /** 2.50 and 2.5 hours are the same contribution. */
    private static Object normal(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros() : value;
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> a, LinkedHashMap::new));
    }

    private static <T> Set<T> union(Collection<T> first, Collection<T> second) {
        Set<T> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return all;
    }
}
