package be.zorgzame.partners.boundary;

import java.io.Serializable;
import java.util.List;

/** The outcome of an import, row by row; {@code applied} is false for a dry run and for a refused import. */
public record ImportReport(boolean applied, int created, int updated, int rejected, List<ImportRow> rows) implements Serializable {

    static ImportReport of(boolean applied, List<ImportRow> rows) {
        return new ImportReport(applied, count(rows, ImportRow.Action.CREATE), count(rows, ImportRow.Action.UPDATE),
                count(rows, ImportRow.Action.REJECT), rows);
    }

    public boolean hasRejectedRows() {
        return rejected > 0;
    }

    private static int count(List<ImportRow> rows, ImportRow.Action action) {
        return (int) rows.stream().filter(row -> row.action() == action).count();
    }
}
