package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.IntervisionSession;
import be.zorgzame.intervision.entity.SessionKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * A session as a whole. Start and end are wall-clock times in Belgium. A place, an online link or both;
 * the method from the catalogue and the case bringer (a member who accepted the agreement) are optional.
 * {@code version} as read (absent when planning).
 */
public record SessionInput(
        @NotNull SessionKind kind,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        @Size(max = IntervisionSession.PLACE_LENGTH) String place,
        @Size(max = IntervisionSession.LINK_LENGTH)
        @Pattern(regexp = "https?://\\S+", message = "{zorgzame.website.invalid}") String onlineLink,
        @Size(max = IntervisionSession.THEME_LENGTH) String theme,
        @Size(max = 30) String methodCode,
        Long caseBringerId,
        @Min(1) @Max(100) int capacity,
        Integer version) {

    public SessionInput(SessionKind kind, LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineLink,
                        String theme, String methodCode, Long caseBringerId, int capacity, Integer version) {
        this.kind = kind;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.onlineLink = onlineLink;
        this.theme = theme;
        this.methodCode = methodCode;
        this.caseBringerId = caseBringerId;
        this.capacity = capacity;
        this.version = version;
    }
}
