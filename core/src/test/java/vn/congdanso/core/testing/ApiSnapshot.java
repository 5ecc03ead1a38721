package vn.congdanso.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.congdanso.core.ErrorCode;

/**
 * The public API of one module as sorted text, compared with a committed snapshot so that every
 * change to the public surface is deliberate.
 *
 * <p>The dump covers the packages that the module's compiled {@code module-info.class} exports
 * without qualification: every public or protected type reachable from outside, with its kind,
 * modifiers, type parameters, supertypes and permitted subtypes, and its public and protected
 * constructors, methods and fields with their generic signatures. For every error-code enum it also
 * lists the stable identifiers ({@code ErrorCode.id()}) that apps and the CLI's JSON rely on.
 * Implementation packages, private and package-private members, synthetic and bridge members are
 * left out.
 *
 * <p>A module's test calls {@link #assertMatches(Path, Path)} with its {@code target/classes} and
 * its snapshot file, {@code api/<module>.api} beside its {@code pom.xml}. On a mismatch the test
 * fails with the types and lines added and removed. Running the build with
 * {@code -Dcongdanso.api.update=true} (for example {@code mvn verify -Dcongdanso.api.update=true})
 * rewrites every snapshot instead; commit the rewritten files with the change that caused them.
 */
public final class ApiSnapshot {

    /** The system property that makes {@link #assertMatches} rewrite the snapshot. */
    public static final String UPDATE_PROPERTY = "congdanso.api.update";

    private static final String INDENT = "  ";

    private ApiSnapshot() {
    }

    /**
     * Compares the API of the module compiled into {@code classes} with {@code snapshot}, or
     * rewrites {@code snapshot} when {@value #UPDATE_PROPERTY} is {@code true}.
     *
     * @throws AssertionError if the API differs from the snapshot, or the snapshot is missing
     */
    public static void assertMatches(Path classes, Path snapshot) {
        assertMatches(classes, snapshot, Boolean.getBoolean(UPDATE_PROPERTY));
    }

    static void assertMatches(Path classes, Path snapshot, boolean update) {
        String actual = dump(classes);
        if (update) {
            write(snapshot, actual);
            return;
        }
        if (!Files.isRegularFile(snapshot)) {
            throw new AssertionError("no API snapshot at " + snapshot.toAbsolutePath()
                    + "; create it with: mvn verify -D" + UPDATE_PROPERTY + "=true");
        }
        String expected = read(snapshot);
        if (!expected.equals(actual)) {
            throw new AssertionError("the public API differs from " + snapshot
                    + " (- only in the snapshot, + only in the code):\n" + diff(expected, actual)
                    + "If the change is deliberate, rewrite the snapshot with: "
                    + "mvn verify -D" + UPDATE_PROPERTY + "=true, and commit it.");
        }
    }

    /** The API of the module compiled into {@code classes} (a directory with module-info.class). */
    public static String dump(Path classes) {
        ClassLoader loader = ApiSnapshot.class.getClassLoader();
        StringBuilder out = new StringBuilder();
        ModuleDescriptor module = descriptor(classes);
        out.append("module ").append(module.name()).append('\n');
        for (String pkg : exportedPackages(module)) {
            for (Class<?> type : publicTypes(classes, pkg, loader)) {
                out.append('\n').append(header(type)).append('\n');
                members(type).forEach(line -> out.append(INDENT).append(line).append('\n'));
            }
        }
        return out.toString();
    }

    /**
     * The public and protected types, nested ones included, of the packages that the module
     * compiled into {@code classes} exports without qualification, sorted by name.
     */
    public static List<Class<?>> exportedTypes(Path classes) {
        ClassLoader loader = ApiSnapshot.class.getClassLoader();
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : exportedPackages(descriptor(classes))) {
            types.addAll(publicTypes(classes, pkg, loader));
        }
        return types;
    }

    /**
     * The exported packages of the module compiled into {@code classes} that have no
     * {@code package-info.java} under {@code sources} stating the SDK's null and exception
     * contract (it names {@code NullPointerException} and {@code CongDanSoException}).
     */
    public static List<String> undocumentedPackages(Path classes, Path sources) {
        List<String> out = new ArrayList<>();
        for (String pkg : exportedPackages(descriptor(classes))) {
            Path info = sources.resolve(pkg.replace('.', '/')).resolve("package-info.java");
            String text = Files.isRegularFile(info) ? read(info) : "";
            if (!text.contains("NullPointerException") || !text.contains("CongDanSoException")) {
                out.add(pkg);
            }
        }
        return out;
    }

    private static ModuleDescriptor descriptor(Path classes) {
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read module-info.class in " + classes, e);
        }
    }

    private static Set<String> exportedPackages(ModuleDescriptor module) {
        return module.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Class<?>> publicTypes(Path classes, String pkg, ClassLoader loader) {
        Path dir = classes.resolve(pkg.replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
                    .map(n -> load(pkg + "." + n.substring(0, n.length() - ".class".length()), loader))
                    .filter(ApiSnapshot::isVisible)
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled class not loadable: " + name, e);
        }
    }

    private static boolean isVisible(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!isApi(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String header(Class<?> type) {
        StringBuilder s = new StringBuilder();
        int modifiers = type.getModifiers() & ~Modifier.INTERFACE;
        if (type.isInterface()) {
            modifiers &= ~Modifier.ABSTRACT;
        }
        if (type.isEnum() || type.isRecord()) {
            modifiers &= ~(Modifier.FINAL | Modifier.STATIC);
        }
        String mods = Modifier.toString(modifiers);
        s.append(mods.isEmpty() ? "" : mods + " ");
        if (type.isSealed()) {
            s.append("sealed ");
        }
        s.append(kind(type)).append(' ').append(type.getTypeName()).append(typeParameters(type.getTypeParameters()));
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            s.append(" extends ").append(superclass.getTypeName());
        }
        List<String> interfaces = Arrays.stream(type.getGenericInterfaces()).map(Type::getTypeName).toList();
        if (!interfaces.isEmpty() && !type.isAnnotation()) {
            s.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
        }
        if (type.isSealed()) {
            s.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
                    .map(Class::getTypeName).sorted().collect(Collectors.joining(", ")));
        }
        return s.toString();
    }

    private static String kind(Class<?> type) {
        if (type.isAnnotation()) {
            return "@interface";
        }
        if (type.isInterface()) {
            return "interface";
        }
        if (type.isEnum()) {
            return "enum";
        }
        return type.isRecord() ? "record" : "class";
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables).map(ApiSnapshot::typeVariable).collect(Collectors.joining(", ", "<", ">"));
    }

    private static String typeVariable(TypeVariable<?> variable) {
        List<String> bounds = Arrays.stream(variable.getBounds())
                .filter(b -> b != Object.class).map(Type::getTypeName).toList();
        return bounds.isEmpty() ? variable.getName() : variable.getName() + " extends " + String.join(" & ", bounds);
    }

    private static Set<String> members(Class<?> type) {
        Set<String> lines = new TreeSet<>();
        List<Member> members = new ArrayList<>();
        members.addAll(Arrays.asList(type.getDeclaredConstructors()));
        members.addAll(Arrays.asList(type.getDeclaredMethods()));
        members.addAll(Arrays.asList(type.getDeclaredFields()));
        for (Member member : members) {
            if (isApi(member.getModifiers()) && !member.isSynthetic() && !isBridge(member)) {
                lines.add(signature(member));
            }
        }
        if (type.isEnum() && ErrorCode.class.isAssignableFrom(type)) {
            for (Object constant : type.getEnumConstants()) {
                lines.add("error id " + ((ErrorCode) constant).id());
            }
        }
        return lines;
    }

    private static boolean isBridge(Member member) {
        return member instanceof Method m && m.isBridge();
    }

    private static String signature(Member member) {
        if (member instanceof Field f) {
            return "field " + Modifier.toString(f.getModifiers()) + " " + f.getGenericType().getTypeName()
                    + " " + f.getName();
        }
        String kind = member instanceof Constructor<?> ? "constructor " : "method ";
        return kind + ((Executable) member).toGenericString();
    }

    static String diff(String expected, String actual) {
        Map<String, Set<String>> before = blocks(expected);
        Map<String, Set<String>> after = blocks(actual);
        Set<String> types = new TreeSet<>(before.keySet());
        types.addAll(after.keySet());
        StringBuilder out = new StringBuilder();
        for (String type : types) {
            Set<String> removed = new TreeSet<>(before.getOrDefault(type, Set.of()));
            Set<String> added = new TreeSet<>(after.getOrDefault(type, Set.of()));
            if (!before.containsKey(type) || !after.containsKey(type) || !removed.equals(added)) {
                removed.removeAll(after.getOrDefault(type, Set.of()));
                added.removeAll(before.getOrDefault(type, Set.of()));
                out.append(before.containsKey(type) ? (after.containsKey(type) ? "  " : "- ") : "+ ")
                        .append(type).append('\n');
                removed.forEach(l -> out.append("-   ").append(l).append('\n'));
                added.forEach(l -> out.append("+   ").append(l).append('\n'));
            }
        }
        return out.toString();
    }

    private static Map<String, Set<String>> blocks(String dump) {
        Map<String, Set<String>> blocks = new TreeMap<>();
        Set<String> current = null;
        for (String line : dump.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith(INDENT)) {
                current.add(line.substring(INDENT.length()));
            } else {
                current = new TreeSet<>();
                blocks.put(line, current);
            }
        }
        return blocks;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
