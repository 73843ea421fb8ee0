package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.ChecklistItem;
import be.zorgzame.checklist.entity.ItemEdition;
import be.zorgzame.checklist.entity.ItemLevel;
import java.io.Serializable;
import java.time.LocalDate;

/** An item with its current wording ({@code edition}: the number of that wording). */
public record ItemView(long id, long frameworkId, String frameworkCode, String code, ItemLevel level, int sortOrder,
                       int edition, Translation title, Translation explanation, boolean seeded, LocalDate retiredOn,
                       int version) implements Serializable {

    static ItemView of(ChecklistItem item) {
        ItemEdition current = item.current();
        ItemEdition.Wording w = current.wording();
        return new ItemView(item.getId(), item.getFramework().getId(), item.getFramework().getCode(), item.getCode(),
                item.getLevel(), item.getSortOrder(), current.getEdition(), new Translation(w.titleNl(), w.titleFr(), w.titleEn()),
                Translation.ofOptional(w.explanationNl(), w.explanationFr(), w.explanationEn()), item.isSeeded(),
                item.getRetiredOn(), item.getVersion());
    }
}
