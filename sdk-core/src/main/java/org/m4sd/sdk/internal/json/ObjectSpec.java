package org.m4sd.sdk.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The fields of one JSON object as a table: for each property name, how its value is read and where the value
 * goes. The table is the single source of an object's allowed names (listed in an unknown-property error in the
 * order they were declared), of its required names (reported missing in that same order), and of the code that
 * walks its properties; the binders only add the checks that span several fields and build the record.
 *
 * <p>Tables are built once, in static initialisers, and only read afterwards.
 *
 * @param <B> the binder whose readers the table uses; it also collects the problems
 * @param <H> the mutable holder the values are put in while the object is read
 */
final class ObjectSpec<B extends Binder, H> {

    /** Reads one value at a path; like the {@link Binder} readers, it reports a problem and returns null. */
    @FunctionalInterface
    interface FieldReader<B extends Binder, T> {
        T read(B binder, JsonNode value, String path);
    }

    /** One row of the table. */
    private record Field<B extends Binder, H, T>(FieldReader<B, T> reader, BiConsumer<H, T> setter) {
        void bind(B binder, H holder, JsonNode value, String path) {
            // a value with a problem reaches the setter as null, so a flag's setter can turn it into its default
            setter.accept(holder, reader.read(binder, value, path));
        }
    }

    private final Supplier<H> newHolder;
    private final Map<String, Field<B, H, ?>> fields = new LinkedHashMap<>();
    /** Both kept up to date while the table is built, so that reading an object copies nothing. */
    private List<String> names = List.of();
    private String[] required = new String[0];

    private ObjectSpec(Supplier<H> newHolder) {
        this.newHolder = newHolder;
    }

    /** An empty table whose values are put in holders made by {@code newHolder}. */
    static <B extends Binder, H> ObjectSpec<B, H> of(Supplier<H> newHolder) {
        return new ObjectSpec<>(newHolder);
    }

    /** Adds a field that must be present. */
    <T> ObjectSpec<B, H> required(String name, FieldReader<B, T> reader, BiConsumer<H, T> setter) {
        optional(name, reader, setter);
        required = Arrays.copyOf(required, required.length + 1);
        required[required.length - 1] = name;
        return this;
    }

    /** Adds a field that may be left out; its holder keeps its initial value then. */
    <T> ObjectSpec<B, H> optional(String name, FieldReader<B, T> reader, BiConsumer<H, T> setter) {
        if (fields.putIfAbsent(name, new Field<>(reader, setter)) != null) {
            throw new IllegalStateException("field " + name + " is declared twice");
        }
        names = List.copyOf(fields.keySet());
        return this;
    }

    /** The property names the object allows, in declaration order. */
    List<String> names() {
        return names;
    }

    /**
     * Reads {@code node} into a new holder: every property in document order (an unknown one is reported with the
     * allowed names), then a problem for each required property left out. Returns null (after reporting) when the
     * node is not an object; otherwise the holder, whose fields are null or initial where a value had a problem.
     */
    H read(B binder, JsonNode node, String path) {
        H holder = newHolder.get();
        boolean isObject = binder.properties(node, path, names, (name, value, childPath) -> {
            Field<B, H, ?> field = fields.get(name);
            if (field == null) {
                return false;
            }
            field.bind(binder, holder, value, childPath);
            return true;
        });
        if (!isObject) {
            return null;
        }
        binder.requireAll(node, path, required);
        return holder;
    }

    /** Reads an enum constant by name, listing the constants when the name is unknown. */
    static <B extends Binder, E extends Enum<E>> FieldReader<B, E> oneOf(Class<E> type) {
        return (binder, value, path) -> binder.enumValue(value, path, type);
    }

    /** Reads an array whose elements are each read by {@code element}; see {@link Binder#list}. */
    static <B extends Binder, T> FieldReader<B, List<T>> listOf(FieldReader<B, T> element) {
        return (binder, value, path) -> binder.list(value, path, (item, itemPath) -> element.read(binder, item,
                itemPath));
    }
}
