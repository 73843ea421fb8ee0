package be.zorgzame.platform.migration;

/** Fired once at start-up after the schema has been migrated successfully. */
public record SchemaReady() {
}
