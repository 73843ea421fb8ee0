package be.zorgzame.web.api;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The role rule a REST operation declares, on the method or else on its class. {@code @DenyAll} is a
 * rule admitting nobody; no annotation at all is no rule, which the API treats as "deny".
 */
public record RoleRule(boolean permitAll, Set<String> roles) {

    public static Optional<RoleRule> of(Method method, Class<?> resourceClass) {
        return declaredOn(method).or(() -> declaredOn(resourceClass));
    }

    public boolean admits(Predicate<String> isInRole) {
        return permitAll || roles.stream().anyMatch(isInRole);
    }

    private static Optional<RoleRule> declaredOn(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(new RoleRule(false, Set.of()));
        }
        RolesAllowed rolesAllowed = element.getAnnotation(RolesAllowed.class);
        if (rolesAllowed != null) {
            return Optional.of(new RoleRule(false, Set.of(rolesAllowed.value())));
        }
        return element.isAnnotationPresent(PermitAll.class) ? Optional.of(new RoleRule(true, Set.of())) : Optional.empty();
    }
}
