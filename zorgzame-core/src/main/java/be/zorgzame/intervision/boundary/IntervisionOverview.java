package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.SessionKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What intervision reached over a period, in counts only (no names): sessions held per quarter and
 * kind, and participation per neighbourhood and per municipality. Participants are distinct members;
 * attendances count every session a member took part in (registered, not recorded absent).
 */
public record IntervisionOverview(LocalDate from, LocalDate to, List<Quarter> quarters,
                                  List<Participation> neighbourhoods, List<Participation> municipalities) implements Serializable {

    /** Sessions held in one quarter, per kind. */
    public record Quarter(int year, int quarter, SessionKind kind, long sessions) implements Serializable {
    }

    /**
     * Participation in one neighbourhood or municipality; {@code code} is the neighbourhood id or the NIS
     * code, both empty for members whose neighbourhood is not known.
     */
    public record Participation(String code, String name, String municipality, long participants, long attendances) implements Serializable {
    }
}
