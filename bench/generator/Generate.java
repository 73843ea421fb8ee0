import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark data generator: writes a realistic dataset over plain JDBC, in batches, into a schema that the
 * application's own Flyway migrations created (municipalities come from V2). Sizes: {@code full} (the issue's
 * figures) and {@code small} (1% of each). Rows get explicit ids above the existing ones, and each identity is
 * restarted afterwards, so the application keeps inserting without collisions.
 *
 * <p>Run as a single-file source program:
 * {@code java -cp derby.jar:derbyshared.jar:postgresql.jar Generate.java <jdbc-url> <user> <password> small|full}
 */
public final class Generate {

    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static final String[] CENTRAL_CITIES = {"11002", "44021", "31005", "24062", "12025", "41002", "34022",
            "71022", "46021", "35013", "71016", "36015", "13040", "21004"};
    private static final String[] PREFIXES = {"VZW", "LDC", "WZC", "Buurtcomité", "Dienstencentrum", "Huisartsenpraktijk",
            "Basisschool", "Sportclub", "Wijkgezondheidscentrum", "Thuiszorg", "Vereniging", "Jeugdhuis", "Bibliotheek",
            "Sociaal Huis", "Woonzorgcentrum", "CAW", "Ziekenfonds", "Mantelzorggroep", "Vrijwilligerswerking",
            "Buurthuis", "Kringwinkel", "Sociale Huisvesting", "Seniorenraad", "Cultuurcentrum", "Apotheek"};
    private static final String[] WORDS = {"Linde", "Eik", "Beuk", "Zonnebloem", "Regenboog", "Klimop", "Vlinder",
            "Horizon", "Brug", "Haven", "Molen", "Kouter", "Akker", "Bron", "Dreef", "Hoeve", "Kapel", "Kerkplein",
            "Markt", "Meers", "Polder", "Rabot", "Sluis", "Toren", "Veld", "Vijver", "Wijk", "Zorgnet", "Samen",
            "Thuis", "Nabij", "Open Deur", "Ontmoeting", "Solidariteit", "Welzijn", "Vriendschap", "Hart", "Hand",
            "Ster", "Zon", "Maan", "Kompas", "Anker", "Lindenhof", "Rozenhof", "Ter Beke", "Ten Bos", "Het Anker",
            "De Vonk", "De Schakel", "De Sleutel", "Het Nest", "De Kring", "Het Punt", "Buitenhof", "Noord", "Zuid",
            "Oost", "West", "Centrum", "Ons Huis", "Onze Wijk", "Goed Gebuurd", "Hand in Hand", "Dichtbij", "Warm",
            "Zorgzaam", "Levenslust", "Vreugde", "Geluk", "Kiem", "Groei", "Wortel", "Tuin", "Boomgaard", "Beemd",
            "Heide", "Duin", "Berg", "Dal", "Beek", "Stroom", "Rivier", "Schelde", "Leie", "Dender", "Demer", "Nete",
            "Ijzer", "Kempen", "Pajot", "Meetjesland", "Waasland", "Hageland", "Haspengouw", "Westhoek", "Voorkempen",
            "Sint-Jozef", "Sint-Pieter", "Sint-Anna", "Onze-Lieve-Vrouw", "Heilig Hart", "Sint-Maarten", "Elckerlyc"};
    private static final String[] FIRST_NAMES = {"An", "Bart", "Chloë", "Dirk", "Els", "Femke", "Geert", "Hanne",
            "Ines", "Jan", "Katrien", "Lieven", "Marie", "Nathalie", "Olivier", "Pieter", "Quinten", "Rik", "Sofie",
            "Tom", "Ursula", "Veerle", "Wim", "Yasmina", "Zoë", "Ahmed", "Fatima", "Mohamed", "Lotte", "Koen"};
    private static final String[] LAST_NAMES = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
            "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martens", "Vermeulen",
            "Van den Broeck", "De Clercq", "Hermans", "Aerts", "Van Damme", "El Amrani", "Öztürk", "Desmet", "Coppens"};
    private static final String[] KINDS = {"CARE_WELFARE_PROVIDER", "LOCAL_GOVERNMENT_SERVICE", "CITIZEN_INITIATIVE",
            "ASSOCIATION", "VOLUNTEERS_GROUP", "INFORMAL_CARERS", "ADVISORY_COUNCIL", "LOCAL_STAKEHOLDER",
            "SUPRA_LOCAL_SUPPORT"};
    private static final String[] SECTORS = {"CARE", "WELFARE", "HEALTH", "EDUCATION", "HOUSING", "SPATIAL_PLANNING",
            "MOBILITY", "LEISURE_CULTURE_SPORT", "WORK", "SAFETY", "OTHER"};
    private static final String[] ROLES = {"CORE_PARTNER", "PARTNER", "EXTERNAL_PARTNER", "SUPRA_LOCAL_SUPPORT"};
    private static final String[] LEVELS = {"EXCHANGING_INFORMATION", "ALIGNING_ACTIVITIES", "ORGANISING_TOGETHER"};
    private static final String[] LEGAL_BASES = {"CONSENT", "CONTRACT", "LEGAL_OBLIGATION", "PUBLIC_TASK",
            "LEGITIMATE_INTEREST"};
    private static final String[] PILLARS = {"PARTICIPATION", "INFORMAL_FORMAL_CARE", "INTERSECTORAL_COLLABORATION"};
    private static final String[] STATUSES = {"NOT_STARTED", "PLANNED", "IN_PROGRESS", "REALISED"};
    private static final String[] FUNCTIONS = {"coördinator", "buurtwerker", "maatschappelijk werker", "directeur",
            "verpleegkundige", "vrijwilliger", "beleidsmedewerker", "teamleider"};

    private final Connection db;
    private final Random random = new Random(20261122L);
    private final double scale;
    private final List<String> municipalities = new ArrayList<>();
    private final Map<String, String> municipalityNames = new HashMap<>();
    private final Map<String, List<Long>> organisationsByMunicipality = new HashMap<>();
    private final List<long[]> neighbourhoods = new ArrayList<>();
    private final Map<Long, String> neighbourhoodMunicipality = new HashMap<>();
    private final List<Long> organisationIds = new ArrayList<>();

    private Generate(Connection db, double scale) {
        this.db = db;
        this.scale = scale;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !Set.of("small", "full").contains(args[3])) {
            System.err.println("usage: Generate <jdbc-url> <user> <password> small|full");
            System.exit(2);
        }
        String url = args[0];
        if (url.startsWith("jdbc:derby:")) {
            // a bulk load that can be redone needs no fsync per commit
            System.setProperty("derby.system.durability", "test");
        } else if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
            url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            new Generate(db, args[3].equals("full") ? 1.0 : 0.01).run();
        }
        if (url.startsWith("jdbc:derby:")) {
            shutDownDerby(url);
        }
        System.out.printf("generator: done in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private void run() throws SQLException {
        loadMunicipalities();
        int organisations = count(100_000);
        generateNeighbourhoods(count(2_000));
        generateOrganisations(organisations);
        generatePersons(count(200_000));
        generateInvolvements();
        generateAssessments();
        generatePlans(count(2_000));
        analyse();
    }

    private int count(int full) {
        return Math.max(1, (int) Math.round(full * scale));
    }

    private void loadMunicipalities() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT nis_code, name_nl FROM municipality ORDER BY nis_code")) {
            while (rs.next()) {
                municipalities.add(rs.getString(1));
                municipalityNames.put(rs.getString(1), rs.getString(2));
            }
        }
        log("municipalities (seeded by V2)", municipalities.size());
    }

    /** A municipality, the central cities ten times as likely as the others: they hold most neighbourhoods. */
    private String someMunicipality() {
        if (random.nextInt(4) == 0) {
            String city = CENTRAL_CITIES[random.nextInt(CENTRAL_CITIES.length)];
            if (municipalityNames.containsKey(city)) {
                return city;
            }
        }
        return municipalities.get(random.nextInt(municipalities.size()));
    }

    private void generateNeighbourhoods(int n) throws SQLException {
        long id = nextId("neighbourhood");
        try (PreparedStatement row = db.prepareStatement("INSERT INTO neighbourhood (id, name, municipality_nis_code,"
                + " area_description, status, start_date, subsidy_from, subsidy_to, subsidy_amount_per_year, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement pillar = db.prepareStatement(
                     "INSERT INTO neighbourhood_pillar (neighbourhood_id, pillar) VALUES (?, ?)")) {
            for (int i = 0; i < n; i++, id++) {
                String nis = someMunicipality();
                int r = random.nextInt(20);
                String status = r == 0 ? "STOPPED" : r < 3 ? "STARTING" : r < 8 ? "SUSTAINED" : "RUNNING";
                row.setLong(1, id);
                row.setString(2, "Zorgzaam " + pick(WORDS) + " " + (i + 1));
                row.setString(3, nis);
                row.setString(4, "Buurt rond " + pick(WORDS) + " in " + municipalityNames.get(nis));
                row.setString(5, status);
                row.setDate(6, Date.valueOf(LocalDate.of(2022, 3, 1).plusDays(random.nextInt(700))));
                row.setDate(7, Date.valueOf(LocalDate.of(2022, 3, 1)));
                row.setDate(8, Date.valueOf(LocalDate.of(2024, 2, 29)));
                row.setBigDecimal(9, java.math.BigDecimal.valueOf(20_000 + random.nextInt(30_001)));
                add(row, i);
                for (String p : PILLARS) {
                    if (random.nextBoolean()) {
                        pillar.setLong(1, id);
                        pillar.setString(2, p);
                        pillar.addBatch();
                    }
                }
                neighbourhoods.add(new long[] {id, status.equals("STOPPED") ? 0 : 1});
                neighbourhoodMunicipality.put(id, nis);
            }
            row.executeBatch();
            pillar.executeBatch();
        }
        restart("neighbourhood", id);
        log("neighbourhoods", n);
    }

    private void generateOrganisations(int n) throws SQLException {
        long id = nextId("organisation");
        long tokens = 0;
        try (PreparedStatement row = db.prepareStatement("INSERT INTO organisation (id, name, name_key, legal_form, kind,"
                + " active_from, active_to, street, house_number, postcode, municipality_nis_code, website, email, phone,"
                + " kbo_number, vcode, ovo_code, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement sector = db.prepareStatement(
                     "INSERT INTO organisation_sector (organisation_id, sector) VALUES (?, ?)");
             PreparedStatement token = db.prepareStatement(
                     "INSERT INTO organisation_name_token (organisation_id, token) VALUES (?, ?)")) {
            for (int i = 0; i < n; i++, id++) {
                String nis = someMunicipality();
                String kind = pick(KINDS);
                String name = pick(PREFIXES) + " " + pick(WORDS) + " " + municipalityNames.get(nis);
                String key = nameKey(name);
                row.setLong(1, id);
                row.setString(2, name);
                row.setString(3, key);
                row.setString(4, kind.equals("CARE_WELFARE_PROVIDER") || kind.equals("ASSOCIATION") ? "VZW" : null);
                row.setString(5, kind);
                row.setDate(6, Date.valueOf(LocalDate.of(1990, 1, 1).plusDays(random.nextInt(12_000))));
                row.setDate(7, random.nextInt(25) == 0 ? Date.valueOf(TODAY.minusDays(random.nextInt(900))) : null);
                row.setString(8, pick(WORDS) + "straat");
                row.setString(9, Integer.toString(1 + random.nextInt(250)));
                row.setString(10, Integer.toString(1000 + random.nextInt(9000)));
                row.setString(11, nis);
                row.setString(12, "https://www.example.be/org" + id);
                row.setString(13, "info" + id + "@example.be");
                row.setString(14, "+32 9 " + (200 + random.nextInt(800)) + " " + (1000 + random.nextInt(9000)));
                row.setString(15, random.nextInt(10) < 6 ? kboNumber(i) : null);
                row.setString(16, kind.equals("ASSOCIATION") || kind.equals("CITIZEN_INITIATIVE")
                        ? String.format("V%07d", 1_000_000 + i) : null);
                row.setString(17, kind.equals("LOCAL_GOVERNMENT_SERVICE") || kind.equals("ADVISORY_COUNCIL")
                        ? String.format("OVO%06d", 100_000 + i) : null);
                add(row, i);
                Set<String> sectors = new LinkedHashSet<>();
                for (int s = 1 + random.nextInt(3); s > 0; s--) {
                    sectors.add(pick(SECTORS));
                }
                for (String s : sectors) {
                    sector.setLong(1, id);
                    sector.setString(2, s);
                    sector.addBatch();
                }
                for (String t : new LinkedHashSet<>(Arrays.asList(key.split(" ")))) {
                    token.setLong(1, id);
                    token.setString(2, t);
                    token.addBatch();
                    tokens++;
                }
                if (i % BATCH == BATCH - 1) {
                    sector.executeBatch();
                    token.executeBatch();
                }
                organisationIds.add(id);
                organisationsByMunicipality.computeIfAbsent(nis, k -> new ArrayList<>()).add(id);
            }
            row.executeBatch();
            sector.executeBatch();
            token.executeBatch();
        }
        restart("organisation", id);
        log("organisations (" + tokens + " name tokens)", n);
    }

    private void generatePersons(int n) throws SQLException {
        long id = nextId("person");
        long affiliationId = nextId("affiliation");
        int affiliations = 0;
        try (PreparedStatement row = db.prepareStatement("INSERT INTO person (id, name, email, phone, source,"
                + " legal_basis, version) VALUES (?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement affiliation = db.prepareStatement("INSERT INTO affiliation (id, person_id,"
                     + " organisation_id, job_function, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < n; i++, id++) {
                row.setLong(1, id);
                row.setString(2, pick(FIRST_NAMES) + " " + pick(LAST_NAMES));
                row.setString(3, "persoon" + id + "@example.be");
                row.setString(4, random.nextBoolean() ? "+32 470 " + (100_000 + random.nextInt(900_000)) : null);
                row.setString(5, "Benchmark: gegenereerd");
                row.setString(6, pick(LEGAL_BASES));
                add(row, i);
                Set<Long> organisations = new HashSet<>();
                for (int a = random.nextInt(5) == 0 ? 2 : 1; a > 0; a--) {
                    organisations.add(organisationIds.get(random.nextInt(organisationIds.size())));
                }
                for (long organisation : organisations) {
                    affiliation.setLong(1, affiliationId++);
                    affiliation.setLong(2, id);
                    affiliation.setLong(3, organisation);
                    affiliation.setString(4, pick(FUNCTIONS));
                    affiliation.setDate(5, Date.valueOf(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3_500))));
                    affiliation.setDate(6, null);
                    affiliation.addBatch();
                    affiliations++;
                }
                if (i % BATCH == BATCH - 1) {
                    affiliation.executeBatch();
                }
            }
            row.executeBatch();
            affiliation.executeBatch();
        }
        restart("person", id);
        restart("affiliation", affiliationId);
        log("persons (" + affiliations + " affiliations)", n);
    }

    /** About ten partners per neighbourhood, mostly from its own municipality; the first is the regie actor. */
    private void generateInvolvements() throws SQLException {
        long id = nextId("involvement");
        int n = 0;
        try (PreparedStatement row = db.prepareStatement("INSERT INTO involvement (id, neighbourhood_id, organisation_id,"
                + " involvement_role, collaboration_level, contribution, valid_from, valid_to, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (long[] neighbourhood : neighbourhoods) {
                List<Long> local = organisationsByMunicipality.getOrDefault(
                        neighbourhoodMunicipality.get(neighbourhood[0]), List.of());
                Set<Long> partners = new LinkedHashSet<>();
                for (int p = 6 + random.nextInt(9); p > 0; p--) {
                    partners.add(!local.isEmpty() && random.nextInt(4) != 0 ? local.get(random.nextInt(local.size()))
                            : organisationIds.get(random.nextInt(organisationIds.size())));
                }
                boolean first = true;
                for (long organisation : partners) {
                    row.setLong(1, id++);
                    row.setLong(2, neighbourhood[0]);
                    row.setLong(3, organisation);
                    row.setString(4, first ? "REGIE_ACTOR" : pick(ROLES));
                    row.setString(5, pick(LEVELS));
                    row.setString(6, "Inzet in de buurt: " + pick(FUNCTIONS));
                    row.setDate(7, Date.valueOf(LocalDate.of(2022, 3, 1).plusDays(random.nextInt(600))));
                    row.setDate(8, null);
                    add(row, n++);
                    first = false;
                }
            }
            row.executeBatch();
        }
        restart("involvement", id);
        log("involvements", n);
    }

    /**
     * Every item of the shared frameworks assessed for every municipality (the recommendations) and every
     * neighbourhood that has not stopped (toetsingskader, building blocks); subjects the demo data assessed
     * already are left as they are.
     */
    private void generateAssessments() throws SQLException {
        List<long[]> items = new ArrayList<>();
        List<Boolean> perMunicipality = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT i.id, f.assessed_per,"
                + " (SELECT MAX(e.edition) FROM checklist_item_edition e WHERE e.item_id = i.id)"
                + " FROM checklist_item i JOIN checklist_framework f ON f.id = i.framework_id"
                + " WHERE i.retired_on IS NULL AND f.retired_on IS NULL AND f.municipality_nis_code IS NULL")) {
            while (rs.next()) {
                items.add(new long[] {rs.getLong(1), rs.getLong(3)});
                perMunicipality.add(rs.getString(2).equals("MUNICIPALITY"));
            }
        }
        Set<String> existing = new HashSet<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT item_id, subject_key FROM checklist_assessment")) {
            while (rs.next()) {
                existing.add(rs.getLong(1) + "|" + rs.getString(2));
            }
        }
        long id = nextId("checklist_assessment");
        int n = 0;
        try (PreparedStatement row = db.prepareStatement("INSERT INTO checklist_assessment (id, item_id, subject_key,"
                + " municipality_nis_code, neighbourhood_id, status, owner_name, due_on, next_review_on, evidence_text,"
                + " not_applicable_reason, assessed_edition, updated_at, reviewed_at, status_at_review, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < items.size(); i++) {
                long[] item = items.get(i);
                List<Object[]> subjects = new ArrayList<>();
                if (perMunicipality.get(i)) {
                    municipalities.forEach(nis -> subjects.add(new Object[] {"M:" + nis, nis, null}));
                } else {
                    for (long[] neighbourhood : neighbourhoods) {
                        if (neighbourhood[1] == 1) {
                            subjects.add(new Object[] {"N:" + neighbourhood[0],
                                    neighbourhoodMunicipality.get(neighbourhood[0]), neighbourhood[0]});
                        }
                    }
                }
                for (Object[] subject : subjects) {
                    if (!existing.add(item[0] + "|" + subject[0])) {
                        continue;
                    }
                    String status = pick(STATUSES);
                    LocalDateTime updated = TODAY.minusDays(random.nextInt(400)).atTime(10, 0);
                    boolean reviewed = random.nextBoolean();
                    row.setLong(1, id++);
                    row.setLong(2, item[0]);
                    row.setString(3, (String) subject[0]);
                    row.setString(4, (String) subject[1]);
                    if (subject[2] == null) {
                        row.setNull(5, java.sql.Types.BIGINT);
                    } else {
                        row.setLong(5, (Long) subject[2]);
                    }
                    row.setString(6, status);
                    row.setString(7, pick(FIRST_NAMES) + " " + pick(LAST_NAMES));
                    row.setDate(8, Date.valueOf(TODAY.plusDays(random.nextInt(720) - 60)));
                    row.setDate(9, Date.valueOf(TODAY.plusDays(random.nextInt(365) - 30)));
                    row.setString(10, status.equals("NOT_STARTED") ? null : "Opgenomen in het meerjarenplan en besproken op het buurtoverleg.");
                    row.setInt(11, (int) Math.max(1, item[1]));
                    row.setTimestamp(12, Timestamp.valueOf(updated));
                    row.setTimestamp(13, reviewed ? Timestamp.valueOf(updated.minusDays(random.nextInt(60))) : null);
                    row.setString(14, reviewed ? pick(STATUSES) : null);
                    add(row, n++);
                }
            }
            row.executeBatch();
        }
        restart("checklist_assessment", id);
        log("checklist assessments", n);
    }

    /**
     * A 2026-2031 multi-year plan for each central city that has none yet: one revision with objectives, action
     * plans and the given number of actions, each with a budget for every year.
     */
    private void generatePlans(int actionsPerPlan) throws SQLException {
        long planId = nextId("multiyear_plan");
        long revisionId = nextId("plan_revision");
        long itemId = nextId("plan_item");
        int plans = 0;
        int items = 0;
        try (PreparedStatement plan = db.prepareStatement("INSERT INTO multiyear_plan (id, municipality_nis_code,"
                + " first_year, last_year, title, version) VALUES (?, ?, 2026, 2031, ?, 0)");
             PreparedStatement revision = db.prepareStatement("INSERT INTO plan_revision (id, plan_id, revision_number,"
                     + " label, imported_at, imported_by) VALUES (?, ?, 1, 'Goedgekeurd meerjarenplan', ?, 'benchmark')");
             PreparedStatement item = db.prepareStatement("INSERT INTO plan_item (id, revision_id, sort_order, item_level,"
                     + " code, parent_code, title, description, priority, policy_field, responsible_service)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement budget = db.prepareStatement("INSERT INTO plan_item_budget (item_id, budget_year,"
                     + " expenditure_operating, receipts_operating, expenditure_investment, receipts_investment)"
                     + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (String nis : CENTRAL_CITIES) {
                if (!municipalityNames.containsKey(nis) || hasPlan(nis)) {
                    continue;
                }
                plan.setLong(1, planId);
                plan.setString(2, nis);
                plan.setString(3, "Meerjarenplan 2026-2031 " + municipalityNames.get(nis));
                plan.executeUpdate();
                revision.setLong(1, revisionId);
                revision.setLong(2, planId);
                revision.setTimestamp(3, Timestamp.valueOf(LocalDateTime.of(2025, 12, 20, 14, 0)));
                revision.executeUpdate();
                int objectives = Math.max(1, actionsPerPlan / 200);
                int actionPlansPerObjective = 5;
                int sort = 0;
                for (int a = 0; a < actionsPerPlan; a++) {
                    int objective = a % objectives + 1;
                    int actionPlan = a / objectives % actionPlansPerObjective + 1;
                    String objectiveCode = "BD" + objective;
                    String actionPlanCode = "AP" + objective + "." + actionPlan;
                    if (a < objectives * actionPlansPerObjective) {
                        if (a < objectives) {
                            addItem(item, itemId++, revisionId, sort++, "OBJECTIVE", objectiveCode, null,
                                    "Beleidsdoelstelling " + objective + ": " + pick(WORDS));
                        }
                        addItem(item, itemId++, revisionId, sort++, "ACTION_PLAN", actionPlanCode, objectiveCode,
                                "Actieplan " + objective + "." + actionPlan + ": " + pick(WORDS));
                    }
                    long actionId = itemId++;
                    addItem(item, actionId, revisionId, sort++, "ACTION", "AC" + objective + "." + actionPlan + "." + (a + 1),
                            actionPlanCode, "Actie " + (a + 1) + ": zorgzame buurt " + pick(WORDS));
                    for (int year = 2026; year <= 2031; year++) {
                        budget.setLong(1, actionId);
                        budget.setInt(2, year);
                        budget.setBigDecimal(3, java.math.BigDecimal.valueOf(1_000 + random.nextInt(50_000)));
                        budget.setBigDecimal(4, java.math.BigDecimal.valueOf(random.nextInt(10_000)));
                        budget.setBigDecimal(5, java.math.BigDecimal.valueOf(random.nextInt(4) == 0 ? random.nextInt(200_000) : 0));
                        budget.setBigDecimal(6, java.math.BigDecimal.ZERO);
                        budget.addBatch();
                    }
                    items++;
                    if (items % BATCH == 0) {
                        item.executeBatch();
                        budget.executeBatch();
                        db.commit();
                    }
                }
                item.executeBatch();
                budget.executeBatch();
                planId++;
                revisionId++;
                plans++;
            }
        }
        restart("multiyear_plan", planId);
        restart("plan_revision", revisionId);
        restart("plan_item", itemId);
        log("multi-year plans of central cities (" + items + " actions)", plans);
    }

    private void addItem(PreparedStatement item, long id, long revisionId, int sort, String level, String code,
                         String parentCode, String title) throws SQLException {
        item.setLong(1, id);
        item.setLong(2, revisionId);
        item.setInt(3, sort);
        item.setString(4, level);
        item.setString(5, code);
        item.setString(6, parentCode);
        item.setString(7, title);
        item.setString(8, "Gegenereerd voor de benchmark.");
        item.setBoolean(9, random.nextInt(5) == 0);
        item.setString(10, "0900");
        item.setString(11, "Dienst Welzijn");
        item.addBatch();
    }

    private boolean hasPlan(String nis) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT COUNT(*) FROM multiyear_plan WHERE municipality_nis_code = ? AND first_year = 2026")) {
            s.setString(1, nis);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Fresh optimiser statistics, as after any bulk load; without them the planner guesses from empty tables. */
    private void analyse() throws SQLException {
        db.commit();
        String[] tables = {"NEIGHBOURHOOD", "NEIGHBOURHOOD_PILLAR", "ORGANISATION", "ORGANISATION_SECTOR",
                "ORGANISATION_NAME_TOKEN", "PERSON", "AFFILIATION", "INVOLVEMENT", "CHECKLIST_ASSESSMENT",
                "MULTIYEAR_PLAN", "PLAN_REVISION", "PLAN_ITEM", "PLAN_ITEM_BUDGET"};
        boolean derby = db.getMetaData().getURL().startsWith("jdbc:derby:");
        try (Statement s = db.createStatement()) {
            for (String table : tables) {
                if (derby) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('" + db.getSchema() + "', '" + table + "', NULL)");
                } else {
                    s.execute("ANALYZE " + table.toLowerCase(Locale.ROOT));
                }
            }
        }
        db.commit();
        System.out.println("generator: statistics updated");
    }

    private void add(PreparedStatement row, int i) throws SQLException {
        row.addBatch();
        if (i % BATCH == BATCH - 1) {
            row.executeBatch();
        }
        if (i % COMMIT_EVERY == COMMIT_EVERY - 1) {
            row.executeBatch();
            db.commit();
        }
    }

    private long nextId(String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table)) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    /** Restarts the identity after the explicit ids (same statement on Derby and PostgreSQL). */
    private void restart(String table, long next) throws SQLException {
        db.commit();
        try (Statement s = db.createStatement()) {
            s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
        db.commit();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A valid enterprise number: 0 and seven digits, then 97 minus the first eight modulo 97. */
    static String kboNumber(int i) {
        long first8 = 4_000_000L + i * 7L;
        return String.format("%08d%02d", first8, 97 - first8 % 97);
    }

    /** The application's NameKeys.key: lower case, no accents, words separated by single spaces. */
    static String nameKey(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }

    private static void log(String what, int n) {
        System.out.printf("generator: %,d %s%n", n, what);
    }

    private static void shutDownDerby(String url) {
        String database = url.substring(0, url.contains(";") ? url.indexOf(';') : url.length());
        try {
            DriverManager.getConnection(database + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (SQLState 08006)
        }
    }
}
