package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.entity.BodyKind;
import be.zorgzame.agreements.entity.CoordinationBody;
import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/** A coordination body as shown. */
public record BodyView(String name, BodyKind kind, String cadence, Set<Long> memberOrganisationIds) implements Serializable {

    static BodyView of(CoordinationBody b) {
        return new BodyView(b.getName(), b.getKind(), b.getCadence(), new TreeSet<>(b.getMemberOrganisationIds()));
    }
}
