package be.zorgzame.platform.migration;

import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Fills every table of a schema with a few rows made from the schema's own metadata, and reads them
 * back later. Nothing names a table or column, so the rows follow the schema as migrations change it:
 * foreign keys point at rows made earlier, identity columns are left to the database, and every other
 * value is unique per row (so unique constraints hold). Values are compared as text.
 */
public final class SampleRows {

    private static final int ROWS_PER_TABLE = 2;
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    /** A table as the metadata describes it. */
    public record Table(String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys) {

        ForeignKey foreignKeyOf(String column) {
            return foreignKeys.stream().filter(fk -> fk.columns().contains(column)).findFirst().orElse(null);
        }
    }

    public record Column(String name, int type, int size, int scale, boolean nullable, boolean generated) {
    }

    public record ForeignKey(String parent, List<String> columns, List<String> parentColumns) {
    }

    /** One row as read back: column name → value as text (null for SQL NULL). */
    public record Row(Map<String, String> values) {

        List<String> key(List<String> primaryKey) {
            return primaryKey.stream().map(values::get).toList();
        }
    }

    private final Connection connection;
    private final DatabaseMetaData metaData;
    private final String schema;
    private final String quote;
    private int counter;

    public SampleRows(Connection connection) throws SQLException {
        this.connection = connection;
        this.metaData = connection.getMetaData();
        this.schema = connection.getSchema();
        this.quote = metaData.getIdentifierQuoteString().strip();
    }

    /** Every table of the schema except Flyway's own, with its columns and keys. */
    public Map<String, Table> tables() throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet rs = metaData.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(FLYWAY_HISTORY)) {
                    tables.put(name, null);
                }
            }
        }
        for (String name : List.copyOf(tables.keySet())) {
            tables.put(name, new Table(name, columns(name), primaryKey(name), foreignKeys(name)));
        }
        return tables;
    }

    /**
     * Inserts {@value #ROWS_PER_TABLE} rows into every table, parents before children, and returns
     * them as read back, per table.
     */
    public Map<String, List<Row>> insertIntoEveryTable() throws SQLException {
        Map<String, Table> pending = new TreeMap<>(tables());
        Map<String, List<Row>> inserted = new LinkedHashMap<>();
        while (!pending.isEmpty()) {
            Table next = pending.values().stream()
                    .filter(table -> requiredParents(table).stream().allMatch(inserted::containsKey))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Required foreign keys form a cycle among " + pending.keySet()));
            if (next.primaryKey().isEmpty()) {
                throw new IllegalStateException("Table " + next.name() + " has no primary key to find its rows by");
            }
            inserted.put(next.name(), insert(next, inserted));
            pending.remove(next.name());
        }
        return inserted;
    }

    /** All rows of a table, by primary key. */
    public Map<List<String>, Row> rowsOf(Table table) throws SQLException {
        Map<List<String>, Row> rows = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + quoted(table.name()))) {
            ResultSetMetaData columns = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    values.put(columns.getColumnName(i), text(rs.getObject(i)));
                }
                Row row = new Row(values);
                rows.put(row.key(table.primaryKey()), row);
            }
        }
        return rows;
    }

    private Set<String> requiredParents(Table table) {
        return table.foreignKeys().stream()
                .filter(fk -> !fk.parent().equals(table.name()))
                .filter(fk -> fk.columns().stream().anyMatch(c -> !column(table, c).nullable()))
                .map(ForeignKey::parent)
                .collect(Collectors.toSet());
    }

    private List<Row> insert(Table table, Map<String, List<Row>> inserted) throws SQLException {
        Set<List<String>> existing = rowsOf(table).keySet();
        List<Row> made = new ArrayList<>();
        List<Column> given = table.columns().stream().filter(c -> !c.generated()).toList();
        String sql = "INSERT INTO " + quoted(table.name())
                + given.stream().map(c -> quoted(c.name())).collect(Collectors.joining(", ", " (", ")"))
                + given.stream().map(c -> "?").collect(Collectors.joining(", ", " VALUES (", ")"));
        for (int i = 0; i < ROWS_PER_TABLE; i++) {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int p = 0; p < given.size(); p++) {
                    Column column = given.get(p);
                    ForeignKey fk = table.foreignKeyOf(column.name());
                    if (fk == null) {
                        bind(insert, p + 1, column);
                    } else {
                        List<Row> parents = fk.parent().equals(table.name()) ? made : inserted.get(fk.parent());
                        Row parent = parents == null || parents.isEmpty() ? null : parents.get(i % parents.size());
                        if (parent == null && !column.nullable()) {
                            throw new IllegalStateException(table.name() + "." + column.name() + " needs a row of " + fk.parent());
                        }
                        String value = parent == null ? null : parent.values().get(fk.parentColumns().get(fk.columns().indexOf(column.name())));
                        insert.setObject(p + 1, value == null ? null : convert(value, column), column.type());
                    }
                }
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new SQLException("Could not insert a sample row into " + table.name() + ": " + e.getMessage(), e);
            }
            made = rowsOf(table).entrySet().stream()
                    .filter(entry -> !existing.contains(entry.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
        }
        return made;
    }

    private void bind(PreparedStatement insert, int index, Column column) throws SQLException {
        int n = ++counter;
        switch (column.type()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> insert.setLong(index, n);
            case Types.DECIMAL, Types.NUMERIC -> insert.setBigDecimal(index, decimal(n, column));
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> insert.setDouble(index, n + 0.5);
            case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, n % 2 == 0);
            case Types.DATE -> insert.setDate(index, java.sql.Date.valueOf(LocalDate.of(2025, 1, 1).plusDays(n)));
            case Types.TIME -> insert.setTime(index, java.sql.Time.valueOf(LocalTime.of(8, 0).plusMinutes(n % 600)));
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> insert.setTimestamp(index,
                    Timestamp.valueOf(LocalDateTime.of(2025, 1, 1, 8, 30, 15, 123_000_000).plusMinutes(n)));
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB ->
                    insert.setString(index, text(n, column.size()));
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY ->
                    insert.setBytes(index, new byte[] {(byte) n, 0, (byte) 0xff});
            default -> throw new IllegalStateException("No sample value for column " + column.name() + " of JDBC type " + column.type());
        }
    }

    /** A value unique per row that fits the column, with a non-ASCII letter so encodings are tested too. */
    private static String text(int n, int size) {
        String text = "ë" + n;
        return text.length() <= size ? text : text.substring(text.length() - size);
    }

    private static BigDecimal decimal(int n, Column column) {
        int integerDigits = Math.min(column.size() - column.scale(), 6);
        long whole = n % (long) (Math.pow(10, integerDigits) - 1) + 1;
        BigDecimal fraction = column.scale() == 0 ? BigDecimal.ZERO : new BigDecimal("0.25");
        return BigDecimal.valueOf(whole).add(fraction).setScale(column.scale(), java.math.RoundingMode.DOWN);
    }

    private static Object convert(String value, Column column) {
        return switch (column.type()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Long.valueOf(value);
            case Types.DECIMAL, Types.NUMERIC -> new BigDecimal(value);
            default -> value;
        };
    }

    /** Values as text, the same for the same value whatever the driver's Java type. */
    static String text(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value.toString();
    }

    private String quoted(String identifier) {
        return quote + identifier + quote;
    }

    private static Column column(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private List<Column> columns(String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = metaData.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                String defaultValue = Objects.requireNonNullElse(rs.getString("COLUMN_DEF"), "");
                boolean generated = "YES".equals(rs.getString("IS_AUTOINCREMENT"))
                        || defaultValue.toUpperCase().contains("GENERATED");
                columns.add(new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE"),
                        rs.getInt("DECIMAL_DIGITS"), rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable, generated));
            }
        }
        return columns;
    }

    private List<String> primaryKey(String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = metaData.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(columns.values());
    }

    private List<ForeignKey> foreignKeys(String table) throws SQLException {
        Map<String, Map<Integer, String[]>> keys = new TreeMap<>();
        try (ResultSet rs = metaData.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                keys.computeIfAbsent(rs.getString("FK_NAME"), name -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"),
                        new String[] {rs.getString("PKTABLE_NAME"), rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
            }
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (Map<Integer, String[]> parts : keys.values()) {
            List<String[]> ordered = List.copyOf(parts.values());
            foreignKeys.add(new ForeignKey(ordered.get(0)[0], ordered.stream().map(p -> p[1]).toList(),
                    ordered.stream().map(p -> p[2]).toList()));
        }
        return foreignKeys;
    }
}
