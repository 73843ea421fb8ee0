package be.zorgzame.partners.boundary;

import be.zorgzame.platform.problem.FieldError;
import java.io.Serializable;
import java.util.List;

/**
 * What an import does with one row of the file ({@code row} counts the header as row 1): create an
 * organisation, update the one with the same identifier, or reject the row for the errors listed
 * (fields named by their column).
 */
public record ImportRow(int row, Action action, Long organisationId, String name, List<FieldError> errors) implements Serializable {

    /** The outcome of a row. */
    public enum Action { CREATE, UPDATE, REJECT }
}
