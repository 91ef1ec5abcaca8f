package org.m4sd.rules.internal.packs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Function;

/**
 * Typed views of pack data, parsed once per JSON node. Pack data is loaded once and never changes, so a table
 * read on every request (agreements, qualifying paths) is parsed on first use and then shared, as long as the
 * store it was read from ({@link PackStore#cache}).
 */
public final class Parsed {
    private Parsed() {
    }

    /** {@code parser} applied to {@code node} of {@code store}, computed once per node instance. */
    @SuppressWarnings("unchecked")
    public static <T> T of(PackStore store, JsonNode node, Function<JsonNode, T> parser) {
        Map<Key, Object> cache = store.cache(Parsed.class);
        return (T) cache.computeIfAbsent(new Key(node, parser.getClass()), k -> parser.apply(node));
    }

    /** Identity, not equality: hashing a table's content on every lookup would cost what parsing does. */
    private record Key(JsonNode node, Class<?> parser) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.node == node && k.parser == parser;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node) * 31 + parser.hashCode();
        }
    }
}
