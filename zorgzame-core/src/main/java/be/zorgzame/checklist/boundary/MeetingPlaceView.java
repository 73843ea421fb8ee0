package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.MeetingPlace;
import be.zorgzame.checklist.entity.PlaceSetting;
import java.io.Serializable;

/** A meeting place as registered, with the names of its neighbourhood and owner. */
public record MeetingPlaceView(long id, String name, String street, String houseNumber, String postcode,
                               String municipalityNisCode, Long neighbourhoodId, String neighbourhoodName,
                               PlaceSetting setting, boolean multifunctional, Long ownerOrganisationId, String ownerName,
                               String accessibility, String availability, int version) implements Serializable {

    static MeetingPlaceView of(MeetingPlace p) {
        return new MeetingPlaceView(p.getId(), p.getName(), p.getStreet(), p.getHouseNumber(), p.getPostcode(),
                p.getMunicipality().getNisCode(), p.getNeighbourhood() == null ? null : p.getNeighbourhood().getId(),
                p.getNeighbourhood() == null ? null : p.getNeighbourhood().getName(), p.getSetting(), p.isMultifunctional(),
                p.getOwner() == null ? null : p.getOwner().getId(), p.getOwner() == null ? null : p.getOwner().getName(),
                p.getAccessibility(), p.getAvailability(), p.getVersion());
    }
}
