package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.platform.security.Role;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Deny by default, checked at build time: every REST operation in the WAR declares who may call it.
 * A new resource method without {@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll} fails
 * the build here (and is refused at run time by {@link RoleRuleFilter}).
 */
class RestRoleRulesTest {

    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");
    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    @Test
    void everyRestOperationDeclaresKnownRoles() throws Exception {
        List<Method> operations = operations();
        assertFalse(operations.isEmpty(), "no REST operations found under " + CLASSES.toAbsolutePath());

        List<String> problems = new ArrayList<>();
        for (Method operation : operations) {
            String name = operation.getDeclaringClass().getSimpleName() + "." + operation.getName();
            RoleRule.of(operation, operation.getDeclaringClass()).ifPresentOrElse(
                    rule -> rule.roles().stream().filter(role -> !ROLES.contains(role))
                            .forEach(role -> problems.add(name + " names unknown role " + role)),
                    () -> problems.add(name + " declares no role rule"));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theRuleOfAMethodWinsOverItsClass() throws Exception {
        Method list = Class.forName("be.zorgzame.web.api.audit.AuditResource").getMethod("list",
                String.class, String.class, int.class, int.class);

        RoleRule rule = RoleRule.of(list, list.getDeclaringClass()).orElseThrow();

        assertEquals(Set.of(Role.ADMIN.name()), rule.roles());
        assertTrue(rule.admits(Role.ADMIN.name()::equals));
        assertFalse(rule.admits(Role.MUNICIPAL_STAFF.name()::equals));
    }

    private static List<Method> operations() throws IOException, ClassNotFoundException {
        List<Method> operations = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(CLASSES)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String className = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(className, false, RestRoleRulesTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    Arrays.stream(type.getDeclaredMethods())
                            .filter(m -> Modifier.isPublic(m.getModifiers()))
                            .filter(RestRoleRulesTest::isOperation)
                            .forEach(operations::add);
                }
            }
        }
        return operations;
    }

    private static boolean isOperation(Method method) {
        return method.isAnnotationPresent(Path.class) || Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }
}
