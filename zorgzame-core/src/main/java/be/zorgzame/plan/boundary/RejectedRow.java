package be.zorgzame.plan.boundary;

import be.zorgzame.platform.problem.FieldError;
import java.io.Serializable;
import java.util.List;

/** A row of an import file that was refused ({@code row} counts the header as row 1), with the errors per column. */
public record RejectedRow(int row, String code, List<FieldError> errors) implements Serializable {
}
