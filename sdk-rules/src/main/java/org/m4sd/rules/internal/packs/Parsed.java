package org.m4sd.rules.internal.packs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.IdentityHashMap;
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

    /** {@code parser} applied to {@code node} of {@code store}, computed once per node instance and parser. */
    @SuppressWarnings("unchecked")
    public static <T> T of(PackStore store, JsonNode node, Function<JsonNode, T> parser) {
        Views views = store.<Class<?>, Views>cache(Parsed.class).computeIfAbsent(Views.class, k -> new Views());
        return (T) views.of(node, parser);
    }

    /**
     * The views of one store by node, compared by identity (hashing a table's content on every lookup would cost
     * what parsing does), each node's as pairs of parser class and view. Read on every request and written a few
     * hundred times at most: the map is replaced, never changed, so a read takes no lock and allocates nothing.
     */
    private static final class Views {
        private volatile Map<JsonNode, Object[]> byNode = new IdentityHashMap<>();

        Object of(JsonNode node, Function<JsonNode, ?> parser) {
            Object found = find(byNode.get(node), parser.getClass());
            if (found != null) {
                return found;
            }
            Object parsed = parser.apply(node);
            synchronized (this) {
                Object[] pairs = byNode.get(node);
                Object raced = find(pairs, parser.getClass());
                if (raced != null) {
                    return raced;
                }
                Object[] more = pairs == null ? new Object[2] : Arrays.copyOf(pairs, pairs.length + 2);
                more[more.length - 2] = parser.getClass();
                more[more.length - 1] = parsed;
                Map<JsonNode, Object[]> next = new IdentityHashMap<>(byNode);
                next.put(node, more);
                byNode = next;
                return parsed;
            }
        }

        private static Object find(Object[] pairs, Class<?> parser) {
            if (pairs != null) {
                for (int i = 0; i < pairs.length; i += 2) {
                    if (pairs[i] == parser) {
                        return pairs[i + 1];
                    }
                }
            }
            return null;
        }
    }
}
