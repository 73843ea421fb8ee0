package be.zorgzame.web.plan;

import be.zorgzame.agreements.boundary.AgreementService;
import be.zorgzame.checklist.boundary.AssessmentService;
import be.zorgzame.mandates.boundary.MandateService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodFilter;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodView;
import be.zorgzame.plan.boundary.LinkInput;
import be.zorgzame.plan.boundary.LinkView;
import be.zorgzame.plan.boundary.PlanLinkService;
import be.zorgzame.plan.boundary.PlanService;
import be.zorgzame.plan.boundary.PlanView;
import be.zorgzame.plan.entity.LinkTarget;
import be.zorgzame.platform.problem.ConflictException;
import be.zorgzame.platform.problem.FieldError;
import be.zorgzame.platform.problem.FieldErrors;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.query.ResultPage;
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * plan/links.xhtml: the links of a plan's items to the neighbourhoods, agreements and mandates of its
 * municipality. A new link names an item by code (the plan tree's "link" fills it in); links flagged by a
 * revision come first, to be pointed at another code or deleted.
 */
@Named
@ViewScoped
public class PlanLinksBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "link";

    @Inject
    PlanService plans;

    @Inject
    PlanLinkService links;

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    AgreementService agreements;

    @Inject
    MandateService mandates;

    @Inject
    AssessmentService assessments;

    @Inject
    FacesFieldErrors facesFieldErrors;

    @Inject
    FieldErrors fieldErrors;

    private Long id;
    private PlanView plan;
    private List<LinkView> list = List.of();
    private final Map<LinkTarget, List<SelectItem>> targets = new EnumMap<>(LinkTarget.class);
    private final Map<Long, String> newCodes = new HashMap<>();
    private String itemCode;
    private LinkTarget targetType = LinkTarget.NEIGHBOURHOOD;
    private Long targetId;
    private String note;
    private BigDecimal budgetShare;

    public void load() throws IOException {
        if (plan != null) {
            return;
        }
        if (id == null) {
            PageOutcomes.sendError(404);
            return;
        }
        try {
            plan = plans.get(id);
            refresh();
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    /** The links, those to review first. */
    private void refresh() {
        list = links.list(id, false).stream()
                .sorted(Comparator.comparing((LinkView l) -> l.flaggedInRevision() == null).thenComparing(LinkView::itemCode))
                .toList();
        newCodes.clear();
    }

    public void add() {
        try {
            links.create(id, new LinkInput(itemCode, targetType, targetId, note, budgetShare, null));
            refresh();
            itemCode = null;
            targetId = null;
            note = null;
            budgetShare = null;
            PageOutcomes.confirm("plan.linked");
        } catch (ConstraintViolationException e) {
            facesFieldErrors.show(FORM, e);
        } catch (InvalidInputException e) {
            facesFieldErrors.show(FORM, e);
        } catch (ForbiddenException e) {
            PageOutcomes.error("plan.otherMunicipality");
        }
    }

    /** Points a link (a flagged one, typically) at the code typed in its row, keeping its note and share. */
    public void relink(LinkView link) {
        try {
            links.update(id, link.id(), new LinkInput(newCodes.get(link.id()), link.targetType(), link.targetId(), link.note(),
                    link.budgetShare(), link.version()));
            refresh();
            PageOutcomes.confirm("plan.linked");
        } catch (InvalidInputException e) {
            rowError(link, fieldErrors.of(e, locale()));
        } catch (ConstraintViolationException e) {
            fieldErrors.of(e, locale()).forEach(error -> rowError(link, error));
        } catch (ForbiddenException e) {
            PageOutcomes.error("plan.otherMunicipality");
        } catch (ConflictException | NotFoundException e) {
            PageOutcomes.error("plan.linkConflict");
        }
    }

    public void delete(LinkView link) {
        try {
            links.delete(id, link.id());
            refresh();
            PageOutcomes.confirm("plan.unlinked");
        } catch (ForbiddenException e) {
            PageOutcomes.error("plan.otherMunicipality");
        } catch (NotFoundException e) {
            PageOutcomes.error("plan.linkConflict");
        }
    }

    /** A refused review is reported on top, naming the link, since the table has an input per row. */
    private static void rowError(LinkView link, FieldError error) {
        String text = link.itemCode() + " \u2192 " + link.targetName() + ": " + error.message();
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    public boolean isAnyFlagged() {
        return list.stream().anyMatch(l -> l.flaggedInRevision() != null);
    }

    /** The neighbourhoods, agreements, mandates or checklist assessments of the plan's municipality that the user sees, read once per kind. */
    public List<SelectItem> getTargets() {
        return targets.computeIfAbsent(targetType, type -> switch (type) {
            case NEIGHBOURHOOD -> municipalityNeighbourhoods().stream().map(n -> new SelectItem(n.id(), n.name())).toList();
            case AGREEMENT -> {
                Set<Long> ids = municipalityNeighbourhoods().stream().map(NeighbourhoodView::id).collect(Collectors.toSet());
                yield agreements.list(null).stream().filter(a -> ids.contains(a.neighbourhoodId()))
                        .map(a -> new SelectItem(a.id(), a.title() + " (" + a.neighbourhoodName() + ")")).toList();
            }
            case MANDATE -> mandates.list(null).stream()
                    .filter(m -> m.neighbourhoods().stream().anyMatch(n -> n.municipalityNisCode().equals(plan.municipalityNisCode())))
                    .map(m -> new SelectItem(m.id(), m.holderName() + " \u2013 " + m.employerName())).toList();
            case ASSESSMENT -> assessments.report(plan.municipalityNisCode()).stream()
                    .filter(line -> line.assessment() != null)
                    .map(line -> new SelectItem(line.assessment().id(), line.item().code() + " \u2013 "
                            + (line.neighbourhoodName() == null ? plan.municipalityName() : line.neighbourhoodName())))
                    .toList();
        });
    }

    private List<NeighbourhoodView> municipalityNeighbourhoods() {
        List<NeighbourhoodView> found = new ArrayList<>();
        NeighbourhoodFilter filter = new NeighbourhoodFilter(plan.municipalityNisCode(), null, null);
        ResultPage<NeighbourhoodView> page;
        do {
            page = neighbourhoods.list(filter, found.size(), NeighbourhoodService.MAX_PAGE_SIZE);
            found.addAll(page.items());
        } while (!page.items().isEmpty() && found.size() < page.total());
        return found;
    }

    public LinkTarget[] getTargetTypes() {
        return LinkTarget.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public PlanView getPlan() {
        return plan;
    }

    public List<LinkView> getList() {
        return list;
    }

    public Map<Long, String> getNewCodes() {
        return newCodes;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public LinkTarget getTargetType() {
        return targetType;
    }

    public void setTargetType(LinkTarget targetType) {
        this.targetType = targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public BigDecimal getBudgetShare() {
        return budgetShare;
    }

    public void setBudgetShare(BigDecimal budgetShare) {
        this.budgetShare = budgetShare;
    }
}
