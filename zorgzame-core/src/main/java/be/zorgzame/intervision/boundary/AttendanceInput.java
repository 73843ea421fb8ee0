package be.zorgzame.intervision.boundary;

import jakarta.validation.constraints.NotNull;

/** Whether one registered member was there. */
public record AttendanceInput(@NotNull Long memberId, boolean attended) {

    public AttendanceInput(Long memberId, boolean attended) {
        this.memberId = memberId;
        this.attended = attended;
    }
}
