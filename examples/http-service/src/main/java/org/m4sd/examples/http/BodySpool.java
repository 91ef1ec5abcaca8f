package org.m4sd.examples.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A request body read to its end before the answer starts, so that a client that sends its whole body before
 * reading (as most HTTP clients do) never waits on a server that waits on it. Up to {@link #IN_MEMORY} bytes are
 * held in memory; a larger body goes to a temporary file readable by this user only, deleted on close. Never more
 * than the limit is read: a longer body is a {@link Problem#tooLarge} (413).
 */
final class BodySpool implements Closeable {
    /** Bodies up to this size stay in memory. */
    static final int IN_MEMORY = 8 << 20;

    /** The most bytes of a refused body read (and dropped) so that its client reads the 413. */
    static final long REFUSED_BYTES_READ = 8 << 20;

    private final byte[] memory;
    private final Path file;

    private BodySpool(byte[] memory, Path file) {
        this.memory = memory;
        this.file = file;
    }

    /** Reads {@code in} to its end; more than {@code limit} bytes throws without reading further. */
    static BodySpool read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(64 * 1024);
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total <= IN_MEMORY && (n = in.read(buf)) >= 0) {
            total += n;
            check(total, limit, in);
            head.write(buf, 0, n);
        }
        if (total <= IN_MEMORY) {
            return new BodySpool(head.toByteArray(), null);
        }
        Path file = temporaryFile();
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            head.writeTo(out);
            while ((n = in.read(buf)) >= 0) {
                total += n;
                check(total, limit, in);
                out.write(buf, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new BodySpool(null, file);
    }

    /** A file only this user can read: the body holds personal data. */
    private static Path temporaryFile() throws IOException {
        try {
            return Files.createTempFile("m4sd-batch-", ".jsonl",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createTempFile("m4sd-batch-", ".jsonl"); // not POSIX: the user's temp directory
        }
    }

    private static void check(long total, long limit, InputStream in) throws IOException {
        if (total > limit) {
            discardRefused(in);
            throw Problem.tooLarge("the batch is larger than the limit of " + limit + " bytes");
        }
    }

    /**
     * Reads and drops the rest of a refused body, up to {@link #REFUSED_BYTES_READ}: a client sends its whole body
     * before it reads the answer, and a connection closed on unread bytes is reset, which the client sees as no
     * answer at all rather than the 413. A longer body is cut off; its client gets the reset.
     */
    static void discardRefused(InputStream in) throws IOException {
        long left = REFUSED_BYTES_READ;
        byte[] buf = new byte[64 * 1024];
        int n;
        while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) >= 0) {
            left -= n;
        }
    }

    /** The body, from its first byte. */
    InputStream open() {
        if (memory != null) {
            return new ByteArrayInputStream(memory);
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary file, if any. */
    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
