package org.m4sd.rules.internal.packs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The list of a bundle's files with the SHA-256 of each, in one canonical form, so that a signature over its bytes
 * covers every file. The form is a first line {@value #HEADER}, then one line per file,
 * {@code <64 lower-case hex digits> <path>}, sorted by path, each ending in a line feed, UTF-8. The manifest and
 * the signature file are not listed in it.
 *
 * @param sha256ByPath the SHA-256 of each file, by its path inside the bundle
 */
public record Manifest(SortedMap<String, String> sha256ByPath) {
    /** The manifest's file name in a bundle. */
    public static final String FILE = "MANIFEST";
    static final String HEADER = "m4sd-manifest 1";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) (" + BundleFiles.PATH + ")");

    public Manifest {
        sha256ByPath = Collections.unmodifiableSortedMap(new TreeMap<>(sha256ByPath));
    }

    /** The manifest of these files (the manifest and signature files themselves left out). */
    public static Manifest of(Map<String, byte[]> files) {
        SortedMap<String, String> hashes = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (!path.equals(FILE) && !path.equals(BundleSignature.FILE)) {
                hashes.put(path, sha256(bytes));
            }
        });
        return new Manifest(hashes);
    }

    /** The canonical bytes: what is signed. */
    public byte[] canonicalBytes() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        sha256ByPath.forEach((path, hash) -> out.append(hash).append(' ').append(path).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a manifest, which must be in the canonical form exactly: any other bytes (a line out of order, a
     * upper-case digit, a carriage return) are refused, so that one list of files has one signed form.
     *
     * @throws IllegalArgumentException saying what is not canonical
     */
    public static Manifest parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].equals(HEADER) || !lines[lines.length - 1].isEmpty()) {
            throw new IllegalArgumentException("the first line must be \"" + HEADER
                    + "\" and every line must end with a line feed");
        }
        SortedMap<String, String> hashes = new TreeMap<>();
        for (int i = 1; i < lines.length - 1; i++) {
            var m = LINE.matcher(lines[i]);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not \"<sha256> <path>\"");
            }
            hashes.put(m.group(2), m.group(1));
        }
        Manifest manifest = new Manifest(hashes);
        if (!java.util.Arrays.equals(manifest.canonicalBytes(), bytes)) {
            throw new IllegalArgumentException("it is not in canonical form (one line per file, sorted by path, "
                    + "no repeated path)");
        }
        return manifest;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
