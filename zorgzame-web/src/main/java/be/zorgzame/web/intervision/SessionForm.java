package be.zorgzame.web.intervision;

import be.zorgzame.intervision.boundary.SessionInput;
import be.zorgzame.intervision.boundary.SessionView;
import be.zorgzame.intervision.entity.SessionKind;
import java.io.Serializable;
import java.time.LocalDateTime;

/** The session form's values, as the inputs change them; ids of the inputs are the fields of {@link SessionInput}. */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private SessionKind kind = SessionKind.INTERVISION;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String onlineLink;
    private String theme;
    private String methodCode;
    private Long caseBringerId;
    private int capacity;

    /** A new session has room for the whole group. */
    static SessionForm forGroup(int maxMembers) {
        SessionForm form = new SessionForm();
        form.capacity = maxMembers;
        return form;
    }

    static SessionForm of(SessionView session) {
        SessionForm form = new SessionForm();
        form.kind = session.kind();
        form.startsAt = session.startsAt();
        form.endsAt = session.endsAt();
        form.place = session.place();
        form.onlineLink = session.onlineLink();
        form.theme = session.theme();
        form.methodCode = session.method() == null ? null : session.method().code();
        form.caseBringerId = session.caseBringerId();
        form.capacity = session.capacity();
        return form;
    }

    SessionInput toInput(Integer version) {
        return new SessionInput(kind, startsAt, endsAt, place, onlineLink, theme, methodCode, caseBringerId, capacity, version);
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getMethodCode() {
        return methodCode;
    }

    public void setMethodCode(String methodCode) {
        this.methodCode = methodCode;
    }

    public Long getCaseBringerId() {
        return caseBringerId;
    }

    public void setCaseBringerId(Long caseBringerId) {
        this.caseBringerId = caseBringerId;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }
}
