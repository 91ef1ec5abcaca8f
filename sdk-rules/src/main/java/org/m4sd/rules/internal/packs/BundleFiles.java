package org.m4sd.rules.internal.packs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.PackBundleException.Refusal;

/**
 * Reads the files of a bundle, a directory, a zip or a jar, into memory by their path inside the bundle. A bundle
 * comes from outside the SDK and is read as untrusted input: paths are plain relative names (no {@code ..}, no
 * absolute path, no link), and the number and size of files are bounded.
 *
 * <p>A jar (a file whose name ends in {@code .jar}) holds the bundle at its root, as a Maven build packages it. Of
 * its entries only those the jar tool and Maven write, {@code META-INF/MANIFEST.MF} and
 * {@code META-INF/maven/<groupId>/<artifactId>/pom.xml} and {@code pom.properties}, are not bundle files; every
 * other entry is, and is verified and checked like a file of a directory. A zip has no such entries: every file in
 * it is a bundle file.
 */
public final class BundleFiles {
    /** A path inside a bundle: '/'-separated names of letters, digits, '.', '_' and '-', none starting with '.'. */
    static final String PATH = "[A-Za-z0-9_-][A-Za-z0-9._-]*(?:/[A-Za-z0-9_-][A-Za-z0-9._-]*)*";
    private static final Pattern VALID_PATH = Pattern.compile(PATH);
    static final int MAX_FILES = 1_000;
    static final long MAX_TOTAL_BYTES = 32L << 20;
    /** The entries of a jar that its packaging writes: not files of the bundle it holds. */
    private static final Pattern JAR_PACKAGING =
            Pattern.compile("META-INF/MANIFEST\\.MF|META-INF/maven/[^/]+/[^/]+/pom\\.(?:xml|properties)");

    private BundleFiles() {
    }

    /**
     * The files of the bundle at {@code bundle} (a directory, a jar when the name ends in {@code .jar}, else a
     * file read as a zip), by path; a jar's packaging entries are left out.
     */
    public static SortedMap<String, byte[]> read(Path bundle) {
        String name = bundle.toString();
        try {
            // The bundle's own path may be a link (a "current" link to the release in use); links inside it may not.
            if (Files.isDirectory(bundle)) {
                return directory(name, bundle);
            }
            if (Files.isRegularFile(bundle)) {
                return zip(name, bundle, isJar(bundle));
            }
        } catch (IOException e) {
            throw new PackBundleException(name, Refusal.INVALID, "it cannot be read: " + e, null);
        }
        throw new PackBundleException(name, Refusal.INVALID, "there is no directory, zip or jar file at this path",
                null);
    }

    private static SortedMap<String, byte[]> directory(String name, Path root) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !p.equals(root)).forEach(entries::add);
        }
        var files = new Collector(name);
        for (Path p : entries) {
            String path = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
            if (Files.isSymbolicLink(p)) {
                throw new PackBundleException(name, Refusal.INVALID, path + " is a link; a bundle holds files only",
                        path);
            }
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                try (InputStream in = Files.newInputStream(p)) {
                    files.add(path, in);
                }
            }
        }
        return files.files;
    }

    /** Whether {@code bundle} is read as a jar: its file name ends in {@code .jar}, in any case. */
    public static boolean isJar(Path bundle) {
        Path file = bundle.getFileName();
        return file != null && file.toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    private static SortedMap<String, byte[]> zip(String name, Path file, boolean jar) throws IOException {
        var files = new Collector(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                if (jar && JAR_PACKAGING.matcher(e.getName()).matches()) {
                    files.skip(in);
                } else {
                    files.add(e.getName(), in);
                }
            }
        }
        if (files.files.isEmpty()) {
            throw new PackBundleException(name, Refusal.INVALID, "it is not a " + (jar ? "jar" : "zip")
                    + " file with bundle files in it", null);
        }
        return files.files;
    }

    /** Adds files within the bounds, refusing strange paths and repeated entries. */
    private static final class Collector {
        private final String bundle;
        private final SortedMap<String, byte[]> files = new TreeMap<>();
        private long total;

        Collector(String bundle) {
            this.bundle = bundle;
        }

        /** Reads past an entry that is not a bundle file, its bytes counted within the bound all the same. */
        void skip(InputStream in) throws IOException {
            long left = MAX_TOTAL_BYTES - total + 1;
            long read = in.skip(left);
            total += read;
            if (total > MAX_TOTAL_BYTES) {
                throw new PackBundleException(bundle, Refusal.INVALID, "its files hold more than "
                        + (MAX_TOTAL_BYTES >> 20) + " MiB", null);
            }
        }

        void add(String path, InputStream in) throws IOException {
            if (!VALID_PATH.matcher(path).matches()) {
                throw new PackBundleException(bundle, Refusal.INVALID, "the file name \"" + path
                        + "\" is not a relative path of letters, digits, '.', '_' and '-'", path);
            }
            if (files.size() >= MAX_FILES) {
                throw new PackBundleException(bundle, Refusal.INVALID, "it has more than " + MAX_FILES + " files",
                        null);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_TOTAL_BYTES - total + 1));
            total += bytes.length;
            if (total > MAX_TOTAL_BYTES) {
                throw new PackBundleException(bundle, Refusal.INVALID, "its files hold more than "
                        + (MAX_TOTAL_BYTES >> 20) + " MiB", path);
            }
            if (files.put(path, bytes) != null) {
                throw new PackBundleException(bundle, Refusal.INVALID, path + " is in the zip twice", path);
            }
        }
    }
}
