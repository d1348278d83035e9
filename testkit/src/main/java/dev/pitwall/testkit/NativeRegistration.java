package dev.pitwall.testkit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which of the project's JSON types a native image could not read or write: Jackson reaches record components and
 * fields by reflection, which a native image allows only for registered classes. Quarkus registers the declared
 * return types of REST methods itself, but not what Kafka payloads, WebSocket messages, {@code Response} entities or
 * hand-made {@code ObjectMapper} calls carry, so every such type of this project carries
 * {@link RegisterForReflection}, and a test per module checks it with this class.
 *
 * <p>The roots are the REST resources' method return types, request bodies and the types the OpenAPI annotations
 * name ({@code @Schema(implementation = ...)}), plus the roots a module adds (wire records, socket messages). From
 * them the walk follows record components, instance fields, generic arguments, arrays and the permitted subtypes of
 * sealed types; every {@code dev.pitwall} class it reaches, other than enums and interfaces, must be registered.
 */
public final class NativeRegistration {

    private static final String OURS = "dev.pitwall.";
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD");

    private NativeRegistration() {
    }

    /** The project's classes compiled into {@code classesDir} (a module's target/classes), loaded without init. */
    public static List<Class<?>> classesIn(Path classesDir) {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classesDir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = classesDir.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.startsWith(OURS) && !name.endsWith("package-info")) {
                    classes.add(Class.forName(name, false, NativeRegistration.class.getClassLoader()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load a compiled class of " + classesDir, e);
        }
        return classes;
    }

    /** Return types, request bodies and OpenAPI schema types of the JAX-RS resources among {@code classes}. */
    public static Set<Type> restTypes(Collection<Class<?>> classes) {
        Set<Type> roots = new LinkedHashSet<>();
        for (Class<?> c : classes) {
            if (!hasAnnotation(c, "jakarta.ws.rs.Path")) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || !isEndpoint(m)) {
                    continue;
                }
                roots.add(m.getGenericReturnType());
                for (Parameter p : m.getParameters()) {
                    if (p.getAnnotations().length == 0) {
                        roots.add(p.getParameterizedType());
                    }
                }
                for (Annotation a : m.getAnnotations()) {
                    schemaTypes(a, roots);
                }
            }
        }
        return roots;
    }

    /** The reachable {@code dev.pitwall} classes without {@link RegisterForReflection}, sorted, with a path to each. */
    public static Set<String> unregistered(Collection<? extends Type> roots) {
        Set<String> missing = new TreeSet<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Step> todo = new ArrayDeque<>();
        roots.forEach(r -> todo.add(new Step(r, "root")));
        while (!todo.isEmpty()) {
            Step step = todo.poll();
            Type t = step.type();
            if (t instanceof ParameterizedType p) {
                todo.add(new Step(p.getRawType(), step.path()));
                for (Type arg : p.getActualTypeArguments()) {
                    todo.add(new Step(arg, step.path()));
                }
            } else if (t instanceof GenericArrayType a) {
                todo.add(new Step(a.getGenericComponentType(), step.path()));
            } else if (t instanceof WildcardType w) {
                for (Type bound : w.getUpperBounds()) {
                    todo.add(new Step(bound, step.path()));
                }
            } else if (t instanceof Class<?> c) {
                if (c.isArray()) {
                    todo.add(new Step(c.getComponentType(), step.path()));
                    continue;
                }
                if (!c.getName().startsWith(OURS) || !seen.add(c)) {
                    continue;
                }
                String path = step.path() + " > " + c.getName();
                if (!c.isEnum() && !c.isInterface() && !c.isAnnotationPresent(RegisterForReflection.class)) {
                    missing.add(c.getName() + " (" + path + ")");
                }
                if (c.isSealed()) {
                    for (Class<?> sub : c.getPermittedSubclasses()) {
                        todo.add(new Step(sub, path));
                    }
                }
                if (c.isRecord()) {
                    for (RecordComponent rc : c.getRecordComponents()) {
                        todo.add(new Step(rc.getGenericType(), path));
                    }
                } else if (!c.isEnum() && !c.isInterface()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                            todo.add(new Step(f.getGenericType(), path));
                        }
                    }
                }
            }
        }
        return missing;
    }

    private static boolean isEndpoint(Method m) {
        for (Annotation a : m.getAnnotations()) {
            String name = a.annotationType().getName();
            if (name.startsWith("jakarta.ws.rs.") && HTTP_METHODS.contains(a.annotationType().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAnnotation(Class<?> c, String annotation) {
        for (Annotation a : c.getAnnotations()) {
            if (a.annotationType().getName().equals(annotation)) {
                return true;
            }
        }
        return false;
    }

    /** The classes named as {@code implementation} anywhere inside an OpenAPI annotation (responses, bodies). */
    private static void schemaTypes(Annotation a, Set<Type> into) {
        if (!a.annotationType().getName().startsWith("org.eclipse.microprofile.openapi.")) {
            return;
        }
        for (Method attribute : a.annotationType().getDeclaredMethods()) {
            Object value;
            try {
                value = attribute.invoke(a);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + attribute, e);
            }
            if (attribute.getName().equals("implementation") && value instanceof Class<?> c && c != Void.class) {
                into.add(c);
            } else if (value instanceof Annotation nested) {
                schemaTypes(nested, into);
            } else if (value instanceof Annotation[] nested) {
                for (Annotation n : nested) {
                    schemaTypes(n, into);
                }
            }
        }
    }

    private record Step(Type type, String path) {
    }
}
