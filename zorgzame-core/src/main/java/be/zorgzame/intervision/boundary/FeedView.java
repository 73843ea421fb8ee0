package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.CalendarFeed;
import java.time.LocalDateTime;

/** That the caller has a calendar feed, and since when (UTC); its secret is not kept, so not shown. */
public record FeedView(LocalDateTime createdAt) {

    static FeedView of(CalendarFeed feed) {
        return new FeedView(feed.getCreatedAt());
    }
}
