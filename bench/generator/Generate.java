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
    private static final String[] AREAS = {"Activiteitenaanbod", "Budget van de buurt", "Inzet van vrijwilligers",
            "Communicatie", "Gebruik van de ontmoetingsruimte", "Nieuwe partners"};
    private static final String[] NEWEST_AGREEMENT_STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE",
            "ACTIVE", "ACTIVE", "DRAFT", "SUBMITTED", "TERMINATED"};
    private static final String[] PARTY_ROLES = {"EXECUTING", "SUPPORTING", "FINANCING", "PROVIDING_SPACE", "ADVISING"};
    private static final String[] MANDATE_FUNCTIONS = {"COORDINATOR", "NEIGHBOURHOOD_WORKER", "TEAM_MEMBER"};
    private static final String[] FREEDOM_LEVELS = {"AUTONOMOUS", "AFTER_CONSULTATION", "APPROVAL_NEEDED"};
    private static final String[] CADENCES = {"MONTHLY", "QUARTERLY", "HALF_YEARLY"};
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
    private final Map<Long, List<Long>> partnersByNeighbourhood = new HashMap<>();
    private final Map<Long, List<Long>> personsByOrganisation = new HashMap<>();

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
        generateAgreements(count(20_000));
        generateMandates(count(5_000));
        generateIntervision(count(1_000));
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
                    personsByOrganisation.computeIfAbsent(organisation, o -> new ArrayList<>()).add(id);
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
                partnersByNeighbourhood.put(neighbourhood[0], new ArrayList<>(partners));
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

    /**
     * Agreements between partners of a neighbourhood, as the agreements module keeps them: one to three versions
     * (an amendment supersedes the version before it), two to four parties with roles, tasks, contributions and a
     * decision right over one of the version's areas, a steering group of the parties, and every party's sign-off
     * on each version that became active. The newest version is mostly active, else a draft, submitted or ended.
     */
    private void generateAgreements(int n) throws SQLException {
        long agreementId = nextId("agreement");
        long versionId = nextId("agreement_version");
        long partyId = nextId("agreement_party");
        long bodyId = nextId("agreement_body");
        long signOffId = nextId("agreement_sign_off");
        int versions = 0;
        int parties = 0;
        try (PreparedStatement agreement = db.prepareStatement("INSERT INTO agreement (id, neighbourhood_id, version)"
                + " VALUES (?, ?, 0)");
             PreparedStatement version = db.prepareStatement("INSERT INTO agreement_version (id, agreement_id,"
                     + " version_number, status, title, purpose, valid_from, valid_to, review_date, escalation_route,"
                     + " status_changed_at, end_reason, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement area = db.prepareStatement("INSERT INTO agreement_decision_area (version_id, sort_order,"
                     + " name) VALUES (?, ?, ?)");
             PreparedStatement party = db.prepareStatement("INSERT INTO agreement_party (id, version_id, sort_order,"
                     + " organisation_id, contact_person_id, tasks, hours_per_week, budget_per_year, space_offered,"
                     + " material) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)");
             PreparedStatement role = db.prepareStatement("INSERT INTO agreement_party_role (party_id, party_role)"
                     + " VALUES (?, ?)");
             PreparedStatement right = db.prepareStatement("INSERT INTO agreement_decision_right (party_id, area,"
                     + " decision_level) VALUES (?, ?, ?)");
             PreparedStatement body = db.prepareStatement("INSERT INTO agreement_body (id, version_id, sort_order, name,"
                     + " body_kind, cadence) VALUES (?, ?, 0, ?, 'STEERING_GROUP', 'maandelijks')");
             PreparedStatement member = db.prepareStatement("INSERT INTO agreement_body_member (body_id,"
                     + " organisation_id) VALUES (?, ?)");
             PreparedStatement signOff = db.prepareStatement("INSERT INTO agreement_sign_off (id, version_id,"
                     + " organisation_id, decision, reason, signed_by, signed_at) VALUES (?, ?, ?, 'ACCEPTED', NULL, ?, ?)")) {
            List<PreparedStatement> all = List.of(agreement, version, area, party, role, right, body, member, signOff);
            for (int i = 0; i < n; i++, agreementId++) {
                long neighbourhood = neighbourhoods.get(i % neighbourhoods.size())[0];
                List<Long> partners = new ArrayList<>(partnersByNeighbourhood.get(neighbourhood));
                List<Long> chosen = partners.subList(0, Math.min(partners.size(), 2 + random.nextInt(3)));
                String title = "Samenwerkingsovereenkomst " + pick(WORDS);
                List<String> areas = distinct(AREAS, 2 + random.nextInt(2));
                agreement.setLong(1, agreementId);
                agreement.setLong(2, neighbourhood);
                agreement.addBatch();
                int count = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 1;
                LocalDate from = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(700));
                for (int v = 1; v <= count; v++, versionId++, versions++) {
                    String status = v < count ? "SUPERSEDED" : pick(NEWEST_AGREEMENT_STATUSES);
                    boolean signed = !status.equals("DRAFT") && !status.equals("SUBMITTED");
                    LocalDateTime changed = from.plusDays(20).atTime(11, 0);
                    version.setLong(1, versionId);
                    version.setLong(2, agreementId);
                    version.setInt(3, v);
                    version.setString(4, status);
                    version.setString(5, title + (v > 1 ? " (wijziging " + (v - 1) + ")" : ""));
                    version.setString(6, "Samen zorgen voor een warme buurt: wie doet wat, wie beslist en wie draagt bij.");
                    version.setDate(7, Date.valueOf(from));
                    version.setDate(8, Date.valueOf(from.plusYears(3).minusDays(1)));
                    version.setDate(9, Date.valueOf(from.plusYears(1)));
                    version.setString(10, "Eerst het kernteam, dan de stuurgroep, ten slotte het college.");
                    version.setTimestamp(11, Timestamp.valueOf(changed));
                    version.setString(12, status.equals("TERMINATED") ? "De buurtwerking is opgenomen in een grotere buurt." : null);
                    version.addBatch();
                    for (int a = 0; a < areas.size(); a++) {
                        area.setLong(1, versionId);
                        area.setInt(2, a);
                        area.setString(3, areas.get(a));
                        area.addBatch();
                    }
                    body.setLong(1, bodyId);
                    body.setLong(2, versionId);
                    body.setString(3, "Stuurgroep " + title.substring(title.indexOf(' ') + 1));
                    body.addBatch();
                    for (int p = 0; p < chosen.size(); p++, partyId++, parties++) {
                        long organisation = chosen.get(p);
                        List<Long> contacts = personsByOrganisation.getOrDefault(organisation, List.of());
                        party.setLong(1, partyId);
                        party.setLong(2, versionId);
                        party.setInt(3, p);
                        party.setLong(4, organisation);
                        if (contacts.isEmpty()) {
                            party.setNull(5, java.sql.Types.BIGINT);
                        } else {
                            party.setLong(5, contacts.get(random.nextInt(contacts.size())));
                        }
                        party.setString(6, p == 0 ? "Regie van de buurtwerking en het buurtoverleg." : "Inzet in de buurt: " + pick(FUNCTIONS));
                        party.setBigDecimal(7, java.math.BigDecimal.valueOf(2 + random.nextInt(16)));
                        party.setBigDecimal(8, random.nextBoolean() ? java.math.BigDecimal.valueOf(500 + random.nextInt(20_000)) : null);
                        party.setString(9, random.nextInt(4) == 0 ? "Ontmoetingsruimte op woensdagnamiddag" : null);
                        party.addBatch();
                        role.setLong(1, partyId);
                        role.setString(2, p == 0 ? "REGIE" : PARTY_ROLES[random.nextInt(PARTY_ROLES.length)]);
                        role.addBatch();
                        right.setLong(1, partyId);
                        right.setString(2, areas.get(p % areas.size()));
                        right.setString(3, p == 0 ? "DECIDES_ALONE" : "AFTER_CONSULTATION");
                        right.addBatch();
                        member.setLong(1, bodyId);
                        member.setLong(2, organisation);
                        member.addBatch();
                        if (signed || status.equals("SUBMITTED") && p % 2 == 0) {
                            signOff.setLong(1, signOffId++);
                            signOff.setLong(2, versionId);
                            signOff.setLong(3, organisation);
                            signOff.setString(4, "partner" + organisation);
                            signOff.setTimestamp(5, Timestamp.valueOf(changed.minusDays(p + 1)));
                            signOff.addBatch();
                        }
                    }
                    bodyId++;
                    from = from.plusDays(200 + random.nextInt(300));
                }
                if (i % 200 == 199) {
                    flush(all);
                }
            }
            flush(all);
        }
        restart("agreement", agreementId);
        restart("agreement_version", versionId);
        restart("agreement_party", partyId);
        restart("agreement_body", bodyId);
        restart("agreement_sign_off", signOffId);
        log("agreements (" + versions + " versions, " + parties + " parties)", n);
    }

    /**
     * Mandates of coordinators and neighbourhood workers: the holder works for (is affiliated with) a partner of
     * the neighbourhood, the regie actor grants it; hours or a share of a full-time job, never both; two degrees of
     * freedom over different areas; feedback moments held. One in five is a renewal of an ended edition.
     */
    private void generateMandates(int n) throws SQLException {
        long mandateId = nextId("mandate");
        long feedbackId = nextId("mandate_feedback");
        try (PreparedStatement mandate = db.prepareStatement("INSERT INTO mandate (id, previous_id, edition, holder_id,"
                + " employer_id, holder_function, granting_organisation_id, granting_body, decision_date,"
                + " decision_reference, decision_link, mandate_scope, hours_per_week, fte_share, days_per_month,"
                + " feedback_to, feedback_cadence, feedback_form, valid_from, valid_to, status, status_changed_at,"
                + " end_reason, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'College van burgemeester en schepenen', ?, ?,"
                + " NULL, ?, ?, ?, NULL, 'Stuurgroep van de buurt', ?, 'Verslag op het buurtoverleg', ?, ?, ?, ?, ?, 0)");
             PreparedStatement covers = db.prepareStatement("INSERT INTO mandate_neighbourhood (mandate_id,"
                     + " neighbourhood_id) VALUES (?, ?)");
             PreparedStatement freedom = db.prepareStatement("INSERT INTO mandate_freedom (mandate_id, sort_order,"
                     + " decision_area, freedom_level, budget_limit) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement feedback = db.prepareStatement("INSERT INTO mandate_feedback (id, mandate_id, held_on,"
                     + " note, logged_by, logged_at) VALUES (?, ?, ?, 'Besproken op het buurtoverleg.', 'coordinator', ?)")) {
            List<PreparedStatement> all = List.of(mandate, covers, freedom, feedback);
            int written = 0;
            while (written < n) {
                long[] neighbourhood = neighbourhoods.get(random.nextInt(neighbourhoods.size()));
                List<Long> partners = partnersByNeighbourhood.get(neighbourhood[0]);
                long employer = partners.get(random.nextInt(partners.size()));
                List<Long> holders = personsByOrganisation.getOrDefault(employer, List.of());
                if (holders.isEmpty()) {
                    continue;
                }
                long holder = holders.get(random.nextInt(holders.size()));
                String function = pick(MANDATE_FUNCTIONS);
                boolean renewed = written + 2 <= n && random.nextInt(5) == 0;
                LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900));
                Long previous = null;
                for (int edition = 1; edition <= (renewed ? 2 : 1); edition++, mandateId++, written++) {
                    boolean ended = renewed && edition == 1;
                    String status = ended ? "ENDED" : random.nextInt(10) == 0 ? "DRAFT" : "ACTIVE";
                    mandate.setLong(1, mandateId);
                    if (previous == null) {
                        mandate.setNull(2, java.sql.Types.BIGINT);
                    } else {
                        mandate.setLong(2, previous);
                    }
                    mandate.setInt(3, edition);
                    mandate.setLong(4, holder);
                    mandate.setLong(5, employer);
                    mandate.setString(6, function);
                    mandate.setLong(7, partners.get(0));
                    mandate.setDate(8, status.equals("DRAFT") ? null : Date.valueOf(from.minusDays(14)));
                    mandate.setString(9, status.equals("DRAFT") ? null : "CBS-" + from.getYear() + "-" + (100 + random.nextInt(900)));
                    mandate.setString(10, "Regie van de zorgzame buurt " + neighbourhood[0] + ": het buurtoverleg leiden en partners verbinden.");
                    boolean hours = random.nextBoolean();
                    mandate.setBigDecimal(11, hours ? java.math.BigDecimal.valueOf(4 + random.nextInt(30)) : null);
                    mandate.setBigDecimal(12, hours ? null : java.math.BigDecimal.valueOf(1 + random.nextInt(10), 1));
                    mandate.setString(13, pick(CADENCES));
                    mandate.setDate(14, Date.valueOf(from));
                    mandate.setDate(15, Date.valueOf(from.plusYears(2).minusDays(1)));
                    mandate.setString(16, status);
                    mandate.setTimestamp(17, Timestamp.valueOf(from.atTime(9, 0)));
                    mandate.setString(18, ended ? "Vernieuwd voor een nieuwe periode." : null);
                    mandate.addBatch();
                    covers.setLong(1, mandateId);
                    covers.setLong(2, neighbourhood[0]);
                    covers.addBatch();
                    List<String> areas = distinct(AREAS, 2);
                    for (int f = 0; f < areas.size(); f++) {
                        freedom.setLong(1, mandateId);
                        freedom.setInt(2, f);
                        freedom.setString(3, areas.get(f));
                        freedom.setString(4, FREEDOM_LEVELS[random.nextInt(FREEDOM_LEVELS.length)]);
                        freedom.setBigDecimal(5, f == 0 ? java.math.BigDecimal.valueOf(2_500) : null);
                        freedom.addBatch();
                    }
                    for (int h = status.equals("DRAFT") ? 0 : random.nextInt(4); h > 0; h--) {
                        LocalDate held = from.plusMonths(3L * h);
                        feedback.setLong(1, feedbackId++);
                        feedback.setLong(2, mandateId);
                        feedback.setDate(3, Date.valueOf(held));
                        feedback.setTimestamp(4, Timestamp.valueOf(held.atTime(17, 0)));
                        feedback.addBatch();
                    }
                    previous = mandateId;
                    from = from.plusYears(2);
                    if (written % 500 == 499) {
                        flush(all);
                    }
                }
            }
            flush(all);
        }
        restart("mandate", mandateId);
        restart("mandate_feedback", feedbackId);
        log("mandates", n);
    }

    /**
     * Intervision groups of eight workers from different neighbourhoods, ten sessions each (a few cancelled)
     * with a method from the catalogue, a place, and registrations of most members; the sessions held have
     * attendance and some evaluations.
     */
    private void generateIntervision(int sessions) throws SQLException {
        long groupId = nextId("intervision_group");
        long memberId = nextId("intervision_member");
        long sessionId = nextId("intervision_session");
        long registrationId = nextId("intervision_registration");
        String[] methods = {"INCIDENT", "GOSSIP", "QUESTIONS_HOUR", "SUCCESS_HOUR"};
        int groups = Math.max(1, sessions / 10);
        int registrations = 0;
        try (PreparedStatement group = db.prepareStatement("INSERT INTO intervision_group (id, name, description,"
                + " facilitator, max_members, confidentiality_text, preparation_days, case_days, eve_reminder, created_at,"
                + " version) VALUES (?, ?, 'Intervisie voor buurtwerkers uit verschillende buurten.', ?, 10,"
                + " 'Wat in de groep gedeeld wordt, blijft in de groep.', 7, 3, ?, ?, 0)");
             PreparedStatement member = db.prepareStatement("INSERT INTO intervision_member (id, group_id, username,"
                     + " display_name, email, neighbourhood_id, joined_on, accepted_at, left_on, version)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0)");
             PreparedStatement session = db.prepareStatement("INSERT INTO intervision_session (id, group_id, uid,"
                     + " session_kind, starts_at, ends_at, place, online_link, theme, method_code, case_bringer_id,"
                     + " capacity, status, sequence_number, changed_at, version)"
                     + " VALUES (?, ?, ?, 'INTERVISION', ?, ?, ?, NULL, ?, ?, ?, 10, ?, ?, ?, 0)");
             PreparedStatement registration = db.prepareStatement("INSERT INTO intervision_registration (id,"
                     + " session_id, member_id, registered_at, cancelled_at, attended, evaluation_score,"
                     + " evaluation_comment, version) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, 0)")) {
            List<PreparedStatement> all = List.of(group, member, session, registration);
            int written = 0;
            for (int g = 0; g < groups; g++, groupId++) {
                LocalDateTime created = TODAY.minusDays(200 + random.nextInt(300)).atTime(9, 30);
                group.setLong(1, groupId);
                group.setString(2, "Intervisiegroep " + pick(WORDS) + " " + (g + 1));
                group.setString(3, "begeleider" + (g % 25 + 1));
                group.setBoolean(4, random.nextBoolean());
                group.setTimestamp(5, Timestamp.valueOf(created));
                group.addBatch();
                List<Long> members = new ArrayList<>();
                for (int m = 0; m < 8; m++, memberId++) {
                    members.add(memberId);
                    member.setLong(1, memberId);
                    member.setLong(2, groupId);
                    member.setString(3, "buurtwerker" + (g * 8 + m + 1));
                    member.setString(4, pick(FIRST_NAMES) + " " + pick(LAST_NAMES));
                    member.setString(5, "buurtwerker" + (g * 8 + m + 1) + "@example.be");
                    member.setLong(6, neighbourhoods.get(random.nextInt(neighbourhoods.size()))[0]);
                    member.setDate(7, Date.valueOf(created.toLocalDate().plusDays(m)));
                    member.setTimestamp(8, Timestamp.valueOf(created.plusDays(m + 1)));
                    member.addBatch();
                }
                int count = g == groups - 1 ? sessions - written : Math.min(10, sessions - written);
                for (int s = 0; s < count; s++, sessionId++, written++) {
                    LocalDateTime starts = created.toLocalDate().plusDays(30L * (s + 1)).atTime(13, 30);
                    boolean cancelled = random.nextInt(20) == 0;
                    session.setLong(1, sessionId);
                    session.setLong(2, groupId);
                    session.setString(3, "bench-" + sessionId + "@zorgzame-buurten");
                    session.setTimestamp(4, Timestamp.valueOf(starts));
                    session.setTimestamp(5, Timestamp.valueOf(starts.plusMinutes(90)));
                    session.setString(6, "Lokaal dienstencentrum " + pick(WORDS));
                    session.setString(7, "Ervaringen uit de buurt: " + pick(WORDS));
                    session.setString(8, methods[random.nextInt(methods.length)]);
                    session.setLong(9, members.get(random.nextInt(members.size())));
                    session.setString(10, cancelled ? "CANCELLED" : "PLANNED");
                    session.setInt(11, cancelled ? 1 : 0);
                    session.setTimestamp(12, Timestamp.valueOf(starts.minusDays(cancelled ? 2 : 30)));
                    session.addBatch();
                    boolean held = !cancelled && starts.toLocalDate().isBefore(TODAY);
                    for (long registered : members.subList(0, 5 + random.nextInt(4))) {
                        registration.setLong(1, registrationId++);
                        registration.setLong(2, sessionId);
                        registration.setLong(3, registered);
                        registration.setTimestamp(4, Timestamp.valueOf(starts.minusDays(10 + random.nextInt(10))));
                        if (held) {
                            registration.setBoolean(5, random.nextInt(10) != 0);
                        } else {
                            registration.setNull(5, java.sql.Types.BOOLEAN);
                        }
                        boolean evaluated = held && random.nextBoolean();
                        if (evaluated) {
                            registration.setInt(6, 3 + random.nextInt(3));
                        } else {
                            registration.setNull(6, java.sql.Types.INTEGER);
                        }
                        registration.setString(7, evaluated ? "Leerrijk, concrete tips voor mijn buurt." : null);
                        registration.addBatch();
                        registrations++;
                    }
                }
                if (g % 20 == 19) {
                    flush(all);
                }
            }
            flush(all);
        }
        restart("intervision_group", groupId);
        restart("intervision_member", memberId);
        restart("intervision_session", sessionId);
        restart("intervision_registration", registrationId);
        log("intervision sessions (" + groups + " groups, " + registrations + " registrations)", sessions);
    }

    /** Runs the statements' batches in order (parents before children) and commits. */
    private void flush(List<PreparedStatement> statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        db.commit();
    }

    /** Some different values, in random order. */
    private List<String> distinct(String[] values, int count) {
        List<String> shuffled = new ArrayList<>(Arrays.asList(values));
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
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
                "MULTIYEAR_PLAN", "PLAN_REVISION", "PLAN_ITEM", "PLAN_ITEM_BUDGET", "AGREEMENT", "AGREEMENT_VERSION",
                "AGREEMENT_PARTY", "AGREEMENT_SIGN_OFF", "MANDATE", "MANDATE_NEIGHBOURHOOD", "INTERVISION_GROUP",
                "INTERVISION_MEMBER", "INTERVISION_SESSION", "INTERVISION_REGISTRATION"};
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
