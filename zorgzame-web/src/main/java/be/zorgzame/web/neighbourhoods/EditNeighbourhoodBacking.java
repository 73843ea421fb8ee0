package be.zorgzame.web.neighbourhoods;

import be.zorgzame.neighbourhoods.boundary.NeighbourhoodInput;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodView;
import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.neighbourhoods.entity.Pillar;
import be.zorgzame.platform.problem.ConflictException;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** neighbourhoods/edit.xhtml: create a neighbourhood, or change or delete one. */
@Named
@ViewScoped
public class EditNeighbourhoodBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "neighbourhood";
    private static final String LIST = "/neighbourhoods/list.xhtml";

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    FacesFieldErrors fieldErrors;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Integer version;
    private String name;
    private String municipalityNisCode;
    private String areaDescription;
    private NeighbourhoodStatus status = NeighbourhoodStatus.STARTING;
    private LocalDate startDate;
    private LocalDate subsidyFrom;
    private LocalDate subsidyTo;
    private BigDecimal subsidyAmountPerYear;
    private List<Pillar> pillars = new ArrayList<>();

    /** Loads the neighbourhood named by the {@code id} view parameter; a new one starts in the user's municipality. */
    public void load() throws IOException {
        if (id == null) {
            municipalityNisCode = municipalityNisCode == null ? currentUser.municipalityNisCode().orElse(null) : municipalityNisCode;
            return;
        }
        if (version != null) {
            return;
        }
        try {
            NeighbourhoodView n = neighbourhoods.get(id);
            version = n.version();
            name = n.name();
            municipalityNisCode = n.municipalityNisCode();
            areaDescription = n.areaDescription();
            status = n.status();
            startDate = n.startDate();
            subsidyFrom = n.subsidyFrom();
            subsidyTo = n.subsidyTo();
            subsidyAmountPerYear = n.subsidyAmountPerYear();
            pillars = new ArrayList<>(n.pillars());
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        }
    }

    public void save() throws IOException {
        NeighbourhoodInput input = new NeighbourhoodInput(name, municipalityNisCode, areaDescription, status,
                startDate, subsidyFrom, subsidyTo, subsidyAmountPerYear,
                pillars.isEmpty() ? Set.of() : EnumSet.copyOf(pillars), version);
        try {
            if (id == null) {
                neighbourhoods.create(input);
            } else {
                neighbourhoods.update(id, input);
            }
            PageOutcomes.redirectWithConfirmation(LIST, "neighbourhood.saved");
        } catch (ConstraintViolationException e) {
            fieldErrors.show(FORM, e);
        } catch (InvalidInputException e) {
            fieldErrors.show(FORM, e);
        } catch (ConflictException e) {
            PageOutcomes.error("neighbourhood.conflict");
        } catch (ForbiddenException e) {
            PageOutcomes.error("neighbourhood.otherMunicipality");
        }
    }

    public void delete() throws IOException {
        try {
            neighbourhoods.delete(id);
            PageOutcomes.redirectWithConfirmation(LIST, "neighbourhood.deleted");
        } catch (NotFoundException e) {
            PageOutcomes.redirectWithConfirmation(LIST, "neighbourhood.deleted");
        } catch (ForbiddenException e) {
            PageOutcomes.error("neighbourhood.otherMunicipality");
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public NeighbourhoodStatus[] getStatuses() {
        return NeighbourhoodStatus.values();
    }

    public Pillar[] getAllPillars() {
        return Pillar.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipalityNisCode() {
        return municipalityNisCode;
    }

    public void setMunicipalityNisCode(String municipalityNisCode) {
        this.municipalityNisCode = municipalityNisCode;
    }

    public String getAreaDescription() {
        return areaDescription;
    }

    public void setAreaDescription(String areaDescription) {
        this.areaDescription = areaDescription;
    }

    public NeighbourhoodStatus getStatus() {
        return status;
    }

    public void setStatus(NeighbourhoodStatus status) {
        this.status = status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getSubsidyFrom() {
        return subsidyFrom;
    }

    public void setSubsidyFrom(LocalDate subsidyFrom) {
        this.subsidyFrom = subsidyFrom;
    }

    public LocalDate getSubsidyTo() {
        return subsidyTo;
    }

    public void setSubsidyTo(LocalDate subsidyTo) {
        this.subsidyTo = subsidyTo;
    }

    public BigDecimal getSubsidyAmountPerYear() {
        return subsidyAmountPerYear;
    }

    public void setSubsidyAmountPerYear(BigDecimal subsidyAmountPerYear) {
        this.subsidyAmountPerYear = subsidyAmountPerYear;
    }

    public List<Pillar> getPillars() {
        return pillars;
    }

    public void setPillars(List<Pillar> pillars) {
        this.pillars = pillars == null ? new ArrayList<>() : new ArrayList<>(pillars);
    }
}
