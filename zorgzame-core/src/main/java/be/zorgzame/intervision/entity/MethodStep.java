package be.zorgzame.intervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One phase of an intervision method, with the minutes it usually takes and what happens in it. */
@Embeddable
public class MethodStep {

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "name_nl", nullable = false)
    private String nameNl;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "guidance_nl", nullable = false)
    private String guidanceNl;

    @Column(name = "guidance_fr", nullable = false)
    private String guidanceFr;

    @Column(name = "guidance_en", nullable = false)
    private String guidanceEn;

    public int getSortOrder() {
        return sortOrder;
    }

    public int getMinutes() {
        return minutes;
    }

    public String name(String language) {
        return Languages.pick(language, nameNl, nameFr, nameEn);
    }

    public String guidance(String language) {
        return Languages.pick(language, guidanceNl, guidanceFr, guidanceEn);
    }
}
