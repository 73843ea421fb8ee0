package be.zorgzame.checklist.boundary;

import jakarta.validation.constraints.NotNull;

/** A step (retiring) on an object as read ({@code version}). */
public record VersionInput(@NotNull Integer version) {

    public VersionInput(Integer version) {
        this.version = version;
    }
}
