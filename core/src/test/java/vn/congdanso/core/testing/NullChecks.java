package vn.congdanso.core.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;

/**
 * Checks the SDK's null policy on a module's public surface: every public constructor, every
 * public static method and every public method of the SDK objects that public static factories
 * return from sample arguments ({@code builder()}, {@code standard()}, {@code of(secret)}), called with {@code null} in one reference parameter and ordinary
 * values in the others, must throw a {@link NullPointerException} whose message names the
 * argument ({@code "text == null"}), not an exception from deep inside nor any other type. An
 * enum's implicit {@code valueOf} is left to the JDK, and {@code equals(null)} is false.
 *
 * <p>Parameters of a type with no known sample value make the member unchecked: samples exist for
 * strings, byte arrays, times, paths, collections, enums and interfaces (as inert proxies);
 * callers add their own types with {@link #sample(Class, Object)}.
 */
public final class NullChecks {

    private static final Pattern NAMED = Pattern.compile("\\w+ == null");
    private static final String SDK_PACKAGE = "vn.congdanso.";

    private final Map<Class<?>, Object> samples = new HashMap<>();
    private final Set<String> exempt;
    private final Set<Class<?>> checkedProducts = new HashSet<>();

    private NullChecks(Set<String> exempt) {
        this.exempt = exempt;
        samples.put(String.class, "x");
        samples.put(CharSequence.class, "x");
        samples.put(Object.class, "x");
        samples.put(byte[].class, new byte[1]);
        samples.put(char[].class, new char[1]);
        samples.put(Duration.class, Duration.ofSeconds(1));
        samples.put(Instant.class, Instant.EPOCH);
        samples.put(LocalDate.class, LocalDate.of(2000, 1, 1));
        samples.put(Clock.class, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        samples.put(Path.class, Path.of("x"));
        samples.put(Optional.class, Optional.empty());
        samples.put(List.class, List.of());
        samples.put(Collection.class, List.of());
        samples.put(Set.class, Set.of());
        samples.put(Map.class, Map.of());
        samples.put(Secret.class, Secret.of("x"));
        samples.put(Vnd.class, Vnd.of(10_000));
    }

    /**
     * A checker that leaves out the members named in {@code exempt}, as {@code Type.member}, whose
     * documentation accepts null.
     */
    public static NullChecks exempting(String... exempt) {
        return new NullChecks(Set.of(exempt));
    }

    /** Uses {@code value} for parameters of {@code type}. */
    public <T> NullChecks sample(Class<T> type, T value) {
        samples.put(type, value);
        return this;
    }

    /**
     * The members of {@code types} that break the policy, one line each; empty when all keep it.
     * Members with a parameter of unknown type are skipped.
     */
    public List<String> violations(Collection<Class<?>> types) {
        List<String> out = new ArrayList<>();
        for (Class<?> type : types) {
            for (Constructor<?> constructor : type.getConstructors()) {
                check(constructor, null, out);
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
                    check(method, null, out);
                    checkFactoryProduct(method, out);
                }
            }
        }
        return out;
    }

    /**
     * The instance methods of what a static factory ({@code builder()}, {@code standard()},
     * {@code of(Secret)}) returns when called with sample arguments, once per returned class.
     */
    private void checkFactoryProduct(Method factory, List<String> out) {
        Class<?> product = factory.getReturnType();
        if (!product.getName().startsWith(SDK_PACKAGE) || product.isEnum() || product.isArray()) {
            return;
        }
        Optional<Object[]> args = samplesFor(factory.getParameterTypes());
        if (args.isEmpty()) {
            return;
        }
        Object instance;
        try {
            instance = factory.invoke(null, args.get());
        } catch (ReflectiveOperationException e) {
            return;
        }
        instanceMethods(instance, out);
    }

    /**
     * Checks the public instance methods of {@code instances} too: objects that no public static
     * factory makes from sample values, such as a verifier built from a configuration.
     */
    public List<String> violationsOf(Object... instances) {
        List<String> out = new ArrayList<>();
        for (Object instance : instances) {
            instanceMethods(instance, out);
        }
        return out;
    }

    private void instanceMethods(Object instance, List<String> out) {
        if (instance == null || !checkedProducts.add(instance.getClass())) {
            return;
        }
        for (Class<?> type = instance.getClass(); type != null && type.getName().startsWith(SDK_PACKAGE);
                type = type.getSuperclass()) {
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                    check(method, instance, out);
                }
            }
        }
    }

    private void check(Executable member, Object target, List<String> out) {
        String name = member.getDeclaringClass().getSimpleName() + "." + member.getName();
        boolean enumValueOf = member.getDeclaringClass().isEnum() && member.getName().equals("valueOf");
        boolean equals = member.getName().equals("equals") && member.getParameterCount() == 1;
        if (exempt.contains(name) || member.isSynthetic() || enumValueOf || equals) {
            return;
        }
        Class<?>[] parameters = member.getParameterTypes();
        Optional<Object[]> samples = samplesFor(parameters);
        if (samples.isEmpty()) {
            return;
        }
        Object[] args = samples.get();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isPrimitive()) {
                continue;
            }
            Object[] withNull = args.clone();
            withNull[i] = null;
            Throwable thrown = thrownBy(member, target, withNull);
            if (!(thrown instanceof NullPointerException) || thrown.getMessage() == null
                    || !NAMED.matcher(thrown.getMessage()).find()) {
                out.add(member.toGenericString() + " with null argument " + i + ": "
                        + (thrown == null ? "returned normally" : thrown));
            }
        }
    }

    private Optional<Object[]> samplesFor(Class<?>[] parameters) {
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Optional<Object> sample = sampleOf(parameters[i]);
            if (sample.isEmpty()) {
                return Optional.empty();
            }
            args[i] = sample.get();
        }
        return Optional.of(args);
    }

    private Optional<Object> sampleOf(Class<?> type) {
        if (type.isPrimitive()) {
            return Optional.of(primitive(type));
        }
        if (samples.containsKey(type)) {
            return Optional.of(samples.get(type));
        }
        if (type.isArray() && !type.getComponentType().isPrimitive()) {
            return Optional.of(java.lang.reflect.Array.newInstance(type.getComponentType(), 0));
        }
        if (type.isEnum()) {
            return Optional.of(type.getEnumConstants()[0]);
        }
        if (type.isInterface() && !type.isSealed()) {
            return Optional.of(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> method.getReturnType().isPrimitive() ? primitive(method.getReturnType()) : null));
        }
        return Optional.empty();
    }

    private static Object primitive(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return 'x';
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == double.class) {
            return 1.0;
        }
        if (type == float.class) {
            return 1.0f;
        }
        if (type == short.class) {
            return (short) 1;
        }
        if (type == byte.class) {
            return (byte) 1;
        }
        return type == void.class ? null : 1;
    }

    private static Throwable thrownBy(Executable member, Object target, Object[] args) {
        try {
            if (member instanceof Constructor<?> constructor) {
                constructor.newInstance(args);
            } else {
                ((Method) member).invoke(target, args);
            }
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call " + member, e);
        }
    }
}
