package be.zorgzame.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;

/**
 * The web module's session, view and conversation scoped beans are replicated to the other nodes of a
 * cluster ({@code <distributable/>} in web.xml), so everything they hold must be serialisable: checked
 * here, field by field and through the declared types of records, entities and collections, so that a
 * new field of a non-serialisable type fails the build instead of a fail-over.
 */
class SessionStateSerializableTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final List<Class<? extends Annotation>> PASSIVATING =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);
    private static final List<Class<? extends Annotation>> EJBS = List.of(Stateless.class, Singleton.class, Stateful.class);
    /** Libraries whose serialisable classes are trusted to hold what they hold, as the JDK's are. */
    private static final List<String> TRUSTED_LIBRARIES = List.of("java.", "jakarta.", "org.primefaces.", "org.omnifaces.");
    /** Library interfaces whose implementations the pages use are serialisable ({@code DefaultTreeNode}). */
    private static final Set<Class<?>> SERIALISABLE_IMPLEMENTATIONS = Set.of(TreeNode.class);

    @Test
    void everyPassivatingBeanHoldsOnlySerialisableState() throws Exception {
        List<Class<?>> beans = passivatingBeans();
        assertFalse(beans.isEmpty(), "no session or view scoped beans found below " + CLASSES.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems, "state of replicated beans that cannot be serialised");
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                String fieldPath = path + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class)) {
                    checkInjected(field.getType(), fieldPath, problems);
                } else {
                    checkType(field.getGenericType(), fieldPath, problems, seen);
                }
            }
        }
    }

    /** Injected beans are serialised as client proxies or EJB references, except plain dependent objects. */
    private static void checkInjected(Class<?> type, String path, List<String> problems) {
        boolean proxied = type.isInterface()
                || Stream.of(type.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(NormalScope.class))
                || EJBS.stream().anyMatch(type::isAnnotationPresent);
        if (!proxied && !Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": injected dependent " + type.getName() + " is not Serializable");
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", problems, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof TypeVariable<?> || type == Object.class) {
            return;
        } else if (type instanceof Class<?> c) {
            checkClass(c, path, problems, seen);
        }
    }

    private static void checkClass(Class<?> c, String path, List<String> problems, Set<Type> seen) {
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isArray()) {
            checkType(c.getComponentType(), path + "[]", problems, seen);
        } else if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
            // the JDK's own implementations serialise; what counts is the declared element type
            return;
        } else if (SERIALISABLE_IMPLEMENTATIONS.contains(c)) {
            return;
        } else if (TRUSTED_LIBRARIES.stream().anyMatch(c.getName()::startsWith)) {
            if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
            }
        } else if (c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": interface " + c.getName() + " does not extend Serializable");
        } else if (!c.isInterface()) {
            check(c, path, problems, seen);
        }
    }

    private static List<Class<?>> passivatingBeans() throws IOException, ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace(".class", "").replace(file.getFileSystem().getSeparator(), ".");
                Class<?> c = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (PASSIVATING.stream().anyMatch(c::isAnnotationPresent)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
