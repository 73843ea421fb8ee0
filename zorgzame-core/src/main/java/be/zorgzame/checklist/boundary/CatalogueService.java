package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.ChecklistItem;
import be.zorgzame.checklist.entity.Framework;
import be.zorgzame.checklist.entity.ItemEdition;
import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.WrongStateException;
import be.zorgzame.platform.query.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of frameworks and items. Everyone reads it; administrators add frameworks and items, give
 * an item a new wording (a new edition, the earlier ones kept) and retire items and frameworks. Nothing
 * is deleted or overwritten, so every assessment keeps the wording it was made against. Audited.
 */
@ApplicationScoped
@Transactional
public class CatalogueService {

    static final String FRAMEWORK = "Framework";
    static final String ITEM = "ChecklistItem";

    @PersistenceContext
    EntityManager em;

    @Inject
    ChecklistAccess access;

    @Inject
    AuditTrail auditTrail;

    public List<FrameworkView> frameworks() {
        access.requireReadsCatalogue();
        return em.createNamedQuery("Framework.findAll", Framework.class).getResultStream().map(FrameworkView::of).toList();
    }

    public FrameworkView framework(long id) {
        access.requireReadsCatalogue();
        return FrameworkView.of(findFramework(id));
    }

    /** The framework's items in their order, retired ones included (marked by {@code retiredOn}). */
    public List<ItemView> items(long frameworkId) {
        access.requireReadsCatalogue();
        return findFramework(frameworkId).getItems().stream().map(ItemView::of).toList();
    }

    public ItemView item(long id) {
        access.requireReadsCatalogue();
        return ItemView.of(findItem(id));
    }

    /** Every wording the item has had, the first one first. */
    public List<EditionView> editions(long itemId) {
        access.requireReadsCatalogue();
        return findItem(itemId).getEditions().stream().map(EditionView::of).toList();
    }

    public FrameworkView createFramework(@NotNull @Valid FrameworkInput input) {
        access.requireAdministers();
        if (!em.createNamedQuery("Framework.findByCode", Framework.class).setParameter("code", input.code())
                .getResultList().isEmpty()) {
            throw new InvalidInputException("code", "{zorgzame.checklist.code.taken}");
        }
        Municipality municipality = input.municipalityNisCode() == null ? null
                : Optional.ofNullable(em.find(Municipality.class, input.municipalityNisCode()))
                .orElseThrow(() -> new InvalidInputException("municipalityNisCode", "{zorgzame.municipality.unknown}"));
        int sortOrder = em.createQuery("SELECT COALESCE(MAX(f.sortOrder), 0) FROM Framework f", Integer.class)
                .getSingleResult() + 1;
        Framework framework = new Framework(input.code(), input.nameNl().strip(), input.nameFr().strip(),
                input.nameEn().strip(), input.assessedPer(), municipality, sortOrder);
        framework.setSourceReference(Texts.blankToNull(input.sourceReference()));
        em.persist(framework);
        em.flush();
        FrameworkView created = FrameworkView.of(framework);
        auditTrail.created(Framework.class, framework.getId(), FieldChanges.between(FrameworkView.class, null, created,
                "id", "activeItems", "version"));
        return created;
    }

    public ItemView addItem(long frameworkId, @NotNull @Valid ItemInput input) {
        access.requireAdministers();
        Framework framework = findFramework(frameworkId);
        if (framework.getRetiredOn() != null) {
            throw new WrongStateException("Framework " + frameworkId + " is retired");
        }
        if (framework.getItems().stream().anyMatch(i -> i.getCode().equals(input.code()))) {
            throw new InvalidInputException("code", "{zorgzame.checklist.code.taken}");
        }
        ChecklistItem item = framework.addItem(input.code(), input.level());
        item.reword(new ItemEdition.Wording(input.titleNl().strip(), input.titleFr().strip(), input.titleEn().strip(),
                Texts.blankToNull(input.explanationNl()), Texts.blankToNull(input.explanationFr()),
                Texts.blankToNull(input.explanationEn())), null, access.name());
        em.persist(item);
        em.flush();
        ItemView created = ItemView.of(item);
        auditTrail.created(ChecklistItem.class, item.getId(), itemChanges(null, created));
        return created;
    }

    /** A new wording as the next edition; the current one is kept as it was. */
    public ItemView reword(long itemId, @NotNull @Valid ItemRevisionInput input) {
        access.requireAdministers();
        ChecklistItem item = findItem(itemId);
        EditConflicts.requireCurrent(ITEM, itemId, item.getVersion(), input.version());
        if (item.isRetired()) {
            throw new WrongStateException("Item " + itemId + " is retired");
        }
        ItemEdition.Wording wording = new ItemEdition.Wording(input.titleNl().strip(), input.titleFr().strip(),
                input.titleEn().strip(), Texts.blankToNull(input.explanationNl()), Texts.blankToNull(input.explanationFr()),
                Texts.blankToNull(input.explanationEn()));
        if (wording.equals(item.current().wording())) {
            throw new InvalidInputException("titleNl", "{zorgzame.checklist.unchanged}");
        }
        ItemView before = ItemView.of(item);
        em.persist(item.reword(wording, input.changeReason().strip(), access.name()));
        lock(item);
        ItemView after = ItemView.of(item);
        auditTrail.updated(ChecklistItem.class, itemId, itemChanges(before, after).added("changeReason", input.changeReason().strip()));
        return after;
    }

    public ItemView retireItem(long itemId, @NotNull @Valid VersionInput input) {
        access.requireAdministers();
        ChecklistItem item = findItem(itemId);
        EditConflicts.requireCurrent(ITEM, itemId, item.getVersion(), input.version());
        if (item.isRetired()) {
            throw new WrongStateException("Item " + itemId + " is already retired");
        }
        item.retire(LocalDate.now());
        lock(item);
        auditTrail.updated(ChecklistItem.class, itemId, new FieldChanges().added("retiredOn", item.getRetiredOn()));
        return ItemView.of(item);
    }

    public FrameworkView retireFramework(long frameworkId, @NotNull @Valid VersionInput input) {
        access.requireAdministers();
        Framework framework = findFramework(frameworkId);
        EditConflicts.requireCurrent(FRAMEWORK, frameworkId, framework.getVersion(), input.version());
        if (framework.getRetiredOn() != null) {
            throw new WrongStateException("Framework " + frameworkId + " is already retired");
        }
        framework.retire(LocalDate.now());
        em.lock(framework, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        EditConflicts.flush(em, FRAMEWORK, frameworkId);
        auditTrail.updated(Framework.class, frameworkId, new FieldChanges().added("retiredOn", framework.getRetiredOn()));
        return FrameworkView.of(framework);
    }

    Framework findFramework(long id) {
        return Optional.ofNullable(em.find(Framework.class, id)).orElseThrow(() -> new NotFoundException(FRAMEWORK, id));
    }

    ChecklistItem findItem(long id) {
        return Optional.ofNullable(em.find(ChecklistItem.class, id)).orElseThrow(() -> new NotFoundException(ITEM, id));
    }

    private void lock(ChecklistItem item) {
        em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        EditConflicts.flush(em, ITEM, item.getId());
    }

    private static FieldChanges itemChanges(ItemView before, ItemView after) {
        return FieldChanges.between(ItemView.class, before, after, "id", "frameworkCode", "version");
    }
}
