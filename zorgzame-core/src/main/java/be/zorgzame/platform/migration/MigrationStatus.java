package be.zorgzame.platform.migration;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the database schema is ready. Readiness, the pages and the API refuse to serve until the
 * migration has succeeded, rather than answering with errors on a half-made schema.
 */
@ApplicationScoped
public class MigrationStatus {

    /** The migration's state from start-up on. */
    public enum State { PENDING, SUCCEEDED, FAILED }

    private volatile State state = State.PENDING;
    private volatile String failure;

    public State state() {
        return state;
    }

    public boolean isReady() {
        return state == State.SUCCEEDED;
    }

    public String failure() {
        return failure;
    }

    void succeeded() {
        state = State.SUCCEEDED;
    }

    void failed(String reason) {
        failure = reason;
        state = State.FAILED;
    }
}
