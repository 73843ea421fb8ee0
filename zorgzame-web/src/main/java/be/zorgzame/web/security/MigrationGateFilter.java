package be.zorgzame.web.security;

import be.zorgzame.platform.migration.MigrationStatus;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers 503 to every page and API call while the database schema is not migrated, so a failed
 * migration shows as "unavailable" (and readiness DOWN), never as pages failing on missing tables.
 */
@WebFilter(filterName = "migrationGate", urlPatterns = "/*", asyncSupported = true)
public class MigrationGateFilter extends HttpFilter {

    @Inject
    MigrationStatus status;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (status.isReady()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"urn:zorgzame:problem:unavailable\",\"title\":\"Service Unavailable\","
                + "\"status\":503,\"detail\":\"De databank is niet klaar; zie het serverlog.\"}");
    }
}
