package be.zorgzame.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

    record Snapshot(long id, String name, Integer count) {
    }

    @Test
    void onlyChangedComponentsAreRecordedWithOldAndNewValue() {
        FieldChanges changes = FieldChanges.between(Snapshot.class,
                new Snapshot(1, "Rabot", 3), new Snapshot(1, "Rabot-Blaisantvest", 3));

        assertEquals(Set.of("name"), changes.fields());
        assertEquals("{\"name\":{\"from\":\"Rabot\",\"to\":\"Rabot-Blaisantvest\"}}", changes.toJson());
    }

    @Test
    void creationRecordsEveryNonNullComponentExceptTheIgnoredOnes() {
        FieldChanges changes = FieldChanges.between(Snapshot.class, null, new Snapshot(7, "Kiel", null), "id");

        assertEquals(Set.of("name"), changes.fields());
        assertEquals("{\"name\":{\"from\":null,\"to\":\"Kiel\"}}", changes.toJson());
    }

    @Test
    void deletionRecordsTheOldValues() {
        FieldChanges changes = FieldChanges.between(Snapshot.class, new Snapshot(7, "Kiel", 2), null);

        assertEquals(Set.of("id", "name", "count"), changes.fields());
    }

    @Test
    void identicalSnapshotsHaveNoChanges() {
        assertTrue(FieldChanges.between(Snapshot.class, new Snapshot(1, "x", 1), new Snapshot(1, "x", 1)).isEmpty());
    }
}
