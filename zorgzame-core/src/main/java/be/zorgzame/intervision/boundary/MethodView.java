package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.IntervisionMethod;
import java.io.Serializable;
import java.util.List;

/** An intervision method of the catalogue in one language, with its phases in order. */
public record MethodView(String code, String name, String summary, int durationMinutes, List<Step> steps) implements Serializable {

    /** A phase of the method and the minutes it usually takes. */
    public record Step(int number, String name, String guidance, int minutes) implements Serializable {
    }

    static MethodView of(IntervisionMethod method, String language) {
        return new MethodView(method.getCode(), method.name(language), method.summary(language), method.getDurationMinutes(),
                method.getSteps().stream()
                        .map(step -> new Step(step.getSortOrder(), step.name(language), step.guidance(language), step.getMinutes()))
                        .toList());
    }
}
