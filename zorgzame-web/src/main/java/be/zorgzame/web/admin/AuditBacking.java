package be.zorgzame.web.admin;

import be.zorgzame.platform.audit.AuditEntry;
import be.zorgzame.platform.audit.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** admin/audit.xhtml: the latest changes in the audit trail. */
@Named
@RequestScoped
public class AuditBacking {

    private static final int SHOWN = 200;

    @Inject
    AuditTrail auditTrail;

    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = auditTrail.latest(0, SHOWN);
        }
        return entries;
    }
}
