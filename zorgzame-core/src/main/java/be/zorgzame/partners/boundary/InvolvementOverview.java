package be.zorgzame.partners.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Who takes part in a neighbourhood: on one day ({@code on}; for accountability), or over time when
 * {@code on} is absent. {@code regieActorMissing} flags a neighbourhood without a coordinating actor on
 * that day (today when no day was asked).
 */
public record InvolvementOverview(long neighbourhoodId, LocalDate on, List<InvolvementView> involvements,
                                  boolean regieActorMissing) implements Serializable {
}
