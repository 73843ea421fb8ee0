package be.zorgzame.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The REST operations compiled into the WAR, read from its classes: each with its HTTP method, its full
 * path template as the OpenAPI document writes it, and the role rule it declares.
 */
final class RestOperations {

    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");

    /** One operation; {@code rule} is empty when it declares none. */
    record Operation(Method method, String httpMethod, String path, String consumes, Optional<RoleRule> rule) {

        String key() {
            return httpMethod + " " + path;
        }

        String name() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
    }

    private RestOperations() {
    }

    static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String className = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(className, false, RestOperations.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    Arrays.stream(type.getDeclaredMethods())
                            .filter(m -> Modifier.isPublic(m.getModifiers()))
                            .filter(RestOperations::isOperation)
                            .forEach(m -> operations.add(new Operation(m, httpMethod(m), path(type, m), consumes(type, m),
                                    RoleRule.of(m, type))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return operations;
    }

    static boolean isOperation(Method method) {
        return method.isAnnotationPresent(Path.class) || Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static String httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull)
                .map(HttpMethod::value)
                .findFirst()
                .orElse("SUBRESOURCE");
    }

    /** The first media type the operation accepts (its own, else its class's), JSON when it declares none. */
    private static String consumes(Class<?> type, Method method) {
        return Optional.ofNullable(method.getAnnotation(Consumes.class))
                .or(() -> Optional.ofNullable(type.getAnnotation(Consumes.class)))
                .map(c -> c.value()[0])
                .orElse("application/json");
    }

    /** "/api" + class path + method path, with regular expressions dropped from the parameters. */
    private static String path(Class<?> type, Method method) {
        String path = "/api/" + type.getAnnotation(Path.class).value()
                + Optional.ofNullable(method.getAnnotation(Path.class)).map(p -> "/" + p.value()).orElse("");
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }
}
