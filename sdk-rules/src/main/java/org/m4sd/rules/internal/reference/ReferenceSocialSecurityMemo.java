package org.m4sd.rules.internal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Pack data of the social-security determinations read once into typed values: the pack files are loaded once
 * and never change, so an agreements table or a list of qualifying paths is parsed on first use and shared by
 * every later request. Keyed by the identity of the JSON node, because hashing a table's content on each request
 * would cost what parsing it does.
 *
 * @param <T> the typed reading of one node
 */
final class ReferenceSocialSecurityMemo<T> {
    private final Function<JsonNode, T> reading;
    private final ConcurrentHashMap<Identity, T> read = new ConcurrentHashMap<>();

    ReferenceSocialSecurityMemo(Function<JsonNode, T> reading) {
        this.reading = reading;
    }

    T of(JsonNode node) {
        return read.computeIfAbsent(new Identity(node), key -> reading.apply(key.node));
    }

    private static final class Identity {
        private final JsonNode node;

        Identity(JsonNode node) {
            this.node = node;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.node == node;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node);
        }
    }
}
