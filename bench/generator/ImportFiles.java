import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The files the benchmark imports through the application's own import endpoints: {@code organisations.csv}, new
 * organisations in the columns of the registry's export (names and enterprise numbers unlike any of the generated
 * data's, so every row is created), {@code organisations-floor.csv}, as many others for the plain-JDBC floor, and
 * {@code plan.csv}, a 2026-2031 plan revision with objectives, action plans
 * and the given number of actions, each with its budget per year, as the financial software exports it.
 *
 * <p>Run as a single-file source program: {@code java ImportFiles.java <directory> <organisations> <actions>}
 */
public final class ImportFiles {

    private static final String[] KINDS = {"CARE_WELFARE_PROVIDER", "CITIZEN_INITIATIVE", "ASSOCIATION",
            "VOLUNTEERS_GROUP", "LOCAL_STAKEHOLDER"};
    private static final String[] SECTORS = {"CARE", "WELFARE", "HEALTH", "HOUSING", "LEISURE_CULTURE_SPORT"};
    private static final String[] WORDS = {"Linde", "Eik", "Regenboog", "Klimop", "Horizon", "Molen", "Kouter",
            "Bron", "Samen", "Nabij", "Warm", "Tuin", "Heide", "Beek"};
    private static final String[] PLACES = {"9000,44021", "2000,11002", "3000,24062", "8000,31005", "1000,21004"};

    private ImportFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ImportFiles <directory> <organisations> <actions>");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        Random random = new Random(20261123L);
        organisations(directory.resolve("organisations.csv"), Integer.parseInt(args[1]), "vereniging", 6_000_000L, random);
        organisations(directory.resolve("organisations-floor.csv"), Integer.parseInt(args[1]), "stichting", 7_000_000L, random);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(directory.resolve("plan.csv"), StandardCharsets.UTF_8))) {
            StringBuilder header = new StringBuilder("level,code,parent_code,title,priority,policy_field,responsible_service");
            for (int year = 2026; year <= 2031; year++) {
                header.append(",expenditure_operating_").append(year).append(",receipts_operating_").append(year);
            }
            out.print(header.append('\n'));
            int actions = Integer.parseInt(args[2]);
            int objectives = Math.max(1, actions / 200);
            int actionPlans = 5;
            for (int o = 1; o <= objectives; o++) {
                out.printf("objective,BD%d,,Beleidsdoelstelling %d: zorgzame buurten,ja,0900,Dienst Welzijn%s%n", o, o, budget(random, false));
                for (int p = 1; p <= actionPlans; p++) {
                    out.printf("action_plan,AP%d.%d,BD%d,Actieplan %d.%d: %s,nee,0900,Dienst Welzijn%s%n", o, p, o, o, p,
                            WORDS[random.nextInt(WORDS.length)], budget(random, false));
                }
            }
            for (int a = 1; a <= actions; a++) {
                int o = (a - 1) % objectives + 1;
                int p = (a - 1) / objectives % actionPlans + 1;
                out.printf("action,AC%d.%d.%d,AP%d.%d,Actie %d: buurtwerking %s,nee,0900,Dienst Welzijn%s%n", o, p, a, o, p, a,
                        WORDS[random.nextInt(WORDS.length)], budget(random, true));
            }
        }
    }

    private static void organisations(Path file, int rows, String kind, long firstNumber, Random random) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.print("name,kind,sectors,postcode,municipality_nis_code,kbo_number,email\n");
            for (int i = 0; i < rows; i++) {
                long first8 = firstNumber + i * 7L;
                String kbo = i % 5 < 3 ? String.format("%08d%02d", first8, 97 - first8 % 97) : "";
                out.printf("Ingevoerde %s %d %s,%s,%s|%s,%s,%s,%s%d@example.be%n", kind, i + 1,
                        WORDS[random.nextInt(WORDS.length)], KINDS[random.nextInt(KINDS.length)],
                        SECTORS[random.nextInt(SECTORS.length)], SECTORS[random.nextInt(SECTORS.length)],
                        PLACES[random.nextInt(PLACES.length)], kbo, kind, i + 1);
            }
        }
    }

    private static String budget(Random random, boolean amounts) {
        StringBuilder cells = new StringBuilder();
        for (int year = 2026; year <= 2031; year++) {
            cells.append(',').append(amounts ? 1_000 + random.nextInt(40_000) : 0).append(',').append(amounts ? random.nextInt(5_000) : 0);
        }
        return cells.toString();
    }
}
