package be.zorgzame.partners.boundary;

import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.partners.control.FormulaGuard;
import be.zorgzame.partners.control.KboNumbers;
import be.zorgzame.partners.control.NameKeys;
import be.zorgzame.partners.control.TableFiles;
import be.zorgzame.partners.control.RegisterCode;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;
import be.zorgzame.platform.problem.FieldError;
import be.zorgzame.platform.problem.FieldErrors;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.query.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Imports organisations from the CSV or XLSX that municipalities keep (the export's columns; only name
 * and kind are required). A dry run reports per row what would be created or updated and every error;
 * applying does the same in one transaction, and refuses the whole file when any row is rejected, so
 * an import is never left half done. A row whose identifier is known updates that organisation (the
 * columns present only); a row that only resembles one (same name and postcode) is rejected as a
 * likely duplicate.
 */
@ApplicationScoped
@Transactional
public class OrganisationImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    private static final String FILE = "file";
    private static final Set<String> REQUIRED = Set.of("name", "kind");

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    RegistryAccess access;

    @Inject
    Validator validator;

    @Inject
    FieldErrors fieldErrors;

    public ImportReport dryRun(byte[] file, Locale locale) {
        access.requireManages();
        return ImportReport.of(false, plan(file, locale).stream().map(Planned::row).toList());
    }

    public ImportReport apply(byte[] file, Locale locale) {
        access.requireManages();
        List<Planned> plan = plan(file, locale);
        ImportReport checked = ImportReport.of(false, plan.stream().map(Planned::row).toList());
        if (checked.hasRejectedRows()) {
            return checked;
        }
        List<ImportRow> done = new ArrayList<>();
        for (Planned planned : plan) {
            ImportRow row = planned.row();
            long id = row.action() == ImportRow.Action.CREATE
                    ? organisations.create(planned.input()).id()
                    : organisations.update(row.organisationId(), planned.input()).id();
            done.add(new ImportRow(row.row(), row.action(), id, row.name(), List.of()));
            // every query flushes, and a flush compares every object the transaction holds: without this the
            // import took time in the square of its rows (10,000 rows 399 s against 17 s for 2,000; bench/RESULTS.md)
            em.flush();
            em.clear();
        }
        return ImportReport.of(true, done);
    }

    /** A checked row and, when it is accepted, the input to create or update with. */
    private record Planned(ImportRow row, OrganisationInput input) {
    }

    private List<Planned> plan(byte[] file, Locale locale) {
        if (file.length > MAX_BYTES) {
            throw new InvalidInputException(FILE, "{zorgzame.import.tooLarge}");
        }
        List<List<String>> records = TableFiles.records(file, MAX_ROWS + 1);
        if (records.isEmpty()) {
            throw new InvalidInputException(FILE, "{zorgzame.import.empty}");
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw new InvalidInputException(FILE, "{zorgzame.import.tooManyRows}");
        }
        Map<String, Integer> columns = columns(records.get(0));
        List<Planned> plan = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < records.size(); i++) {
            if (records.get(i).stream().allMatch(String::isBlank)) {
                continue;
            }
            plan.add(planRow(i + 1, cells(columns, records.get(i)), seen, locale));
        }
        return plan;
    }

    private Planned planRow(int rowNumber, Map<String, String> cells, Set<String> seen, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        String name = cells.get("name");
        Optional<Organisation> existing = existing(cells, errors, locale);
        OrganisationView base = existing.map(OrganisationView::of).orElse(null);
        OrganisationInput input = input(cells, base, errors, locale);
        if (errors.isEmpty()) {
            for (ConstraintViolation<OrganisationInput> violation : validator.validate(input)) {
                errors.addAll(fieldErrors.of(new ConstraintViolationException(Set.of(violation)), locale).stream()
                        .map(error -> new FieldError(column(error.field()), error.message())).toList());
            }
        }
        if (errors.isEmpty() && input.municipalityNisCode() != null
                && em.find(Municipality.class, input.municipalityNisCode()) == null) {
            errors.add(error("municipality_nis_code", "{zorgzame.municipality.unknown}", locale));
        }
        if (errors.isEmpty() && existing.isEmpty()) {
            likelyDuplicate(input).ifPresent(id -> errors.add(error("name", "{zorgzame.import.likelyDuplicate}", locale)));
        }
        if (errors.isEmpty() && !seen.add(identity(input))) {
            errors.add(error("name", "{zorgzame.import.twiceInFile}", locale));
        }
        if (!errors.isEmpty()) {
            return new Planned(new ImportRow(rowNumber, ImportRow.Action.REJECT, existing.map(Organisation::getId).orElse(null),
                    name, errors), null);
        }
        ImportRow.Action action = existing.isPresent() ? ImportRow.Action.UPDATE : ImportRow.Action.CREATE;
        return new Planned(new ImportRow(rowNumber, action, existing.map(Organisation::getId).orElse(null), name, List.of()), input);
    }

    /** The organisation an identifier in the row already belongs to; identifiers naming two is an error. */
    private Optional<Organisation> existing(Map<String, String> cells, List<FieldError> errors, Locale locale) {
        Set<Long> matches = new HashSet<>();
        Map<String, Function<String, Optional<String>>> identifiers = Map.of(
                "kbo_number", KboNumbers::normalise, "vcode", RegisterCode.VCODE::normalise, "ovo_code", RegisterCode.OVO::normalise);
        Map<String, String> attributes = Map.of("kbo_number", "kboNumber", "vcode", "vcode", "ovo_code", "ovoCode");
        identifiers.forEach((column, normalise) -> normalise.apply(cells.get(column))
                .ifPresent(value -> matches.addAll(organisations.holdersOf(attributes.get(column), value))));
        if (matches.size() > 1) {
            errors.add(error("kbo_number", "{zorgzame.import.identifiersDisagree}", locale));
            return Optional.empty();
        }
        return matches.stream().findFirst().map(id -> em.find(Organisation.class, id));
    }

    private Optional<Long> likelyDuplicate(OrganisationInput input) {
        return em.createQuery("SELECT o.id FROM Organisation o WHERE o.nameKey = :key AND o.postcode = :postcode", Long.class)
                .setParameter("key", NameKeys.key(input.name()))
                .setParameter("postcode", input.postcode() == null ? "" : input.postcode())
                .getResultStream()
                .findFirst();
    }

    private static String identity(OrganisationInput input) {
        return KboNumbers.normalise(input.kboNumber()).orElse(NameKeys.key(input.name()) + "|" + input.postcode());
    }

    /** The row's values over the organisation's current ones: an update changes only the columns present. */
    static OrganisationInput input(Map<String, String> cells, OrganisationView base, List<FieldError> errors,
                                   Locale locale) {
        return new OrganisationInput(
                pick(cells, "name", base == null ? null : base.name()),
                pick(cells, "legal_form", base == null ? null : base.legalForm()),
                cells.containsKey("kind") ? kind(cells.get("kind"), errors, locale) : base == null ? null : base.kind(),
                cells.containsKey("sectors") ? sectors(cells.get("sectors"), errors, locale) : base == null ? Set.of() : base.sectors(),
                cells.containsKey("active_from") ? date("active_from", cells.get("active_from"), errors, locale) : base == null ? null : base.activeFrom(),
                cells.containsKey("active_to") ? date("active_to", cells.get("active_to"), errors, locale) : base == null ? null : base.activeTo(),
                pick(cells, "street", base == null ? null : base.street()),
                pick(cells, "house_number", base == null ? null : base.houseNumber()),
                pick(cells, "postcode", base == null ? null : base.postcode()),
                pick(cells, "municipality_nis_code", base == null ? null : base.municipalityNisCode()),
                pick(cells, "website", base == null ? null : base.website()),
                pick(cells, "email", base == null ? null : base.email()),
                pick(cells, "phone", base == null ? null : base.phone()),
                pick(cells, "kbo_number", base == null ? null : base.kboNumber()),
                pick(cells, "vcode", base == null ? null : base.vcode()),
                pick(cells, "ovo_code", base == null ? null : base.ovoCode()),
                base == null ? null : base.version());
    }

    private static String pick(Map<String, String> cells, String column, String current) {
        return cells.containsKey(column) ? cells.get(column) : current;
    }

    private static OrganisationKind kind(String value, List<FieldError> errors, Locale locale) {
        if (value == null) {
            return null;
        }
        try {
            return OrganisationKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(error("kind", "{zorgzame.value.unknown}", locale));
            return null;
        }
    }

    private static Set<Sector> sectors(String value, List<FieldError> errors, Locale locale) {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        if (value == null) {
            return sectors;
        }
        for (String name : value.split("[|,;]")) {
            if (!name.isBlank()) {
                try {
                    sectors.add(Sector.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.add(error("sectors", "{zorgzame.value.unknown}", locale));
                }
            }
        }
        return sectors;
    }

    private static LocalDate date(String column, String value, List<FieldError> errors, Locale locale) {
        if (value == null) {
            return null;
        }
        return Dates.parse(value).orElseGet(() -> {
            errors.add(error(column, "{zorgzame.date.invalid}", locale));
            return null;
        });
    }

    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!OrganisationCsv.COLUMNS.contains(column)) {
                throw new InvalidInputException(column.isEmpty() ? FILE : column, "{zorgzame.import.unknownColumn}");
            }
            columns.put(column, i);
        }
        REQUIRED.stream().filter(column -> !columns.containsKey(column)).findFirst().ifPresent(column -> {
            throw new InvalidInputException(column, "{zorgzame.import.missingColumn}");
        });
        return columns;
    }

    /** The row's cells by column: stripped, empty as null, and the export's formula guard undone. */
    static Map<String, String> cells(Map<String, Integer> columns, List<String> record) {
        Map<String, String> cells = new HashMap<>();
        columns.forEach((column, index) -> {
            String value = FormulaGuard.restored(index < record.size() ? record.get(index).strip() : "");
            cells.put(column, value.isEmpty() ? null : value);
        });
        return cells;
    }

    /** The file's column of an input property: kboNumber → kbo_number. */
    private static String column(String property) {
        return property.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static FieldError error(String column, String messageKey, Locale locale) {
        return new FieldError(column, FieldErrors.message(messageKey, locale));
    }
}
