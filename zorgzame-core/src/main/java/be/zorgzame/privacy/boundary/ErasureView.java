package be.zorgzame.privacy.boundary;

import java.time.LocalDateTime;

/** The outcome of an erasure: what now stands in for the person, by whom and when, and how many trail entries were blanked. */
public record ErasureView(long personId, String placeholder, String erasedBy, LocalDateTime erasedAt,
                          int auditEntriesRedacted) {
}
