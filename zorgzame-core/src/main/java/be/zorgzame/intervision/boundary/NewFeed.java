package be.zorgzame.intervision.boundary;

import java.time.LocalDateTime;

/** A calendar feed just created: its secret, handed out this once, and when it was made (UTC). */
public record NewFeed(String secret, LocalDateTime createdAt) {
}
