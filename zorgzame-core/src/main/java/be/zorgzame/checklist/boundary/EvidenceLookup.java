package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.EvidenceTarget;
import java.util.Set;

/**
 * Tells the checklist whether an object an evidence link points at exists, and in which municipalities.
 * The component owning the kind of object implements it.
 */
public interface EvidenceLookup {

    EvidenceTarget target();

    /** The NIS codes of the municipalities the object belongs to; empty when there is no such object. */
    Set<String> municipalitiesOf(long id);
}
