package org.m4sd.examples.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Maps a partition chunk by chunk, lazily: pulls up to {@code size} inputs, maps them together (one
 * {@code evaluateAll} batch) and hands out the outputs before pulling more, so a partition of any size is
 * decided in flat memory.
 */
final class Chunked<I, O> implements Iterator<O> {
    private final Iterator<I> source;
    private final int size;
    private final Function<List<I>, List<O>> map;
    private Iterator<O> ready = Collections.emptyIterator();

    Chunked(Iterator<I> source, int size, Function<List<I>, List<O>> map) {
        this.source = source;
        this.size = size;
        this.map = map;
    }

    @Override
    public boolean hasNext() {
        while (!ready.hasNext() && source.hasNext()) {
            List<I> chunk = new ArrayList<>(size);
            while (chunk.size() < size && source.hasNext()) {
                chunk.add(source.next());
            }
            ready = map.apply(chunk).iterator();
        }
        return ready.hasNext();
    }

    @Override
    public O next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.next();
    }
}
