import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks what Central requires of the published artifacts, on the effective POMs (what a consumer resolves, parent
 * included) and on the staged bundle.
 *
 * <pre>
 * java .ci/ReleaseMetadataCheck.java EFFECTIVE_POMS_XML BUNDLE_ZIP ARTIFACT_ID...
 * </pre>
 *
 * POM: groupId, artifactId, version, name, description, url, at least one license with name and url, at least one
 * developer with a name, scm url, connection and developerConnection; urls are https and a child's url is not the
 * parent's with its artifactId appended (Maven's default inheritance). Bundle: every artifact has its POM and CycloneDX
 * SBOM, a jar-packaged one also its main, sources and javadoc jars; every file has .md5 and .sha1 checksums; nothing
 * else is in it. Exit code 0 when all holds, 1 otherwise, with one line per finding.
 */
public class ReleaseMetadataCheck {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java .ci/ReleaseMetadataCheck.java EFFECTIVE_POMS_XML BUNDLE_ZIP ARTIFACT_ID...");
            System.exit(2);
        }
        Path poms = Path.of(args[0]);
        Path bundle = Path.of(args[1]);
        List<String> wanted = List.of(args).subList(2, args.length);
        List<String> problems = new ArrayList<>();

        Map<String, Element> projects = projects(poms);
        Map<String, String> packaging = new LinkedHashMap<>();
        String version = null;
        for (String artifactId : wanted) {
            Element project = projects.get(artifactId);
            if (project == null) {
                problems.add(artifactId + ": no effective POM in " + poms);
                continue;
            }
            packaging.put(artifactId, orDefault(text(project, "packaging"), "jar"));
            version = text(project, "version");
            checkPom(artifactId, project, problems);
        }
        checkBundle(bundle, packaging, version, problems);

        if (problems.isEmpty()) {
            System.out.println("release metadata: " + String.join(", ", wanted)
                    + ": POM metadata complete; bundle " + bundle + " complete");
        } else {
            problems.forEach(p -> System.out.println("release metadata: " + p));
            System.exit(1);
        }
    }

    static void checkPom(String artifactId, Element project, List<String> problems) {
        for (String field : List.of("groupId", "artifactId", "version", "name", "description", "url")) {
            if (text(project, field) == null) {
                problems.add(artifactId + ": missing <" + field + ">");
            }
        }
        String url = text(project, "url");
        if (url != null) {
            if (!url.startsWith("https://")) {
                problems.add(artifactId + ": <url> is not https: " + url);
            }
            if (url.endsWith("/" + artifactId) && !url.endsWith("/m4sd-rules-sdk")) {
                problems.add(artifactId + ": <url> has the artifactId appended by inheritance: " + url);
            }
        }

        List<Element> licenses = children(child(project, "licenses"), "license");
        if (licenses.isEmpty()) {
            problems.add(artifactId + ": no <licenses>");
        }
        for (Element license : licenses) {
            if (text(license, "name") == null || text(license, "url") == null) {
                problems.add(artifactId + ": a <license> without name or url");
            }
        }

        List<Element> developers = children(child(project, "developers"), "developer");
        if (developers.isEmpty()) {
            problems.add(artifactId + ": no <developers>");
        }
        for (Element developer : developers) {
            if (text(developer, "name") == null) {
                problems.add(artifactId + ": a <developer> without name");
            }
        }

        Element scm = child(project, "scm");
        if (scm == null) {
            problems.add(artifactId + ": no <scm>");
        } else {
            for (String field : List.of("url", "connection", "developerConnection")) {
                String value = text(scm, field);
                if (value == null) {
                    problems.add(artifactId + ": missing <scm><" + field + ">");
                } else if (value.endsWith("/" + artifactId)) {
                    problems.add(artifactId + ": <scm><" + field + "> has the artifactId appended by inheritance: "
                            + value);
                }
            }
        }
    }

    static void checkBundle(Path bundle, Map<String, String> packaging, String version, List<String> problems)
            throws IOException {
        if (!Files.isRegularFile(bundle)) {
            problems.add("no bundle at " + bundle + " (run ./mvnw -B -ntp -Prelease -Dgpg.skip verify)");
            return;
        }
        Set<String> entries = new TreeSet<>();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(entries::add);
        }
        Set<String> expected = new TreeSet<>();
        for (Map.Entry<String, String> artifact : packaging.entrySet()) {
            String id = artifact.getKey();
            String base = "org/m4sd/" + id + "/" + version + "/" + id + "-" + version;
            List<String> files = new ArrayList<>(List.of(base + ".pom", base + "-cyclonedx.json",
                    base + "-cyclonedx.xml"));
            if (!artifact.getValue().equals("pom")) {
                files.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
            }
            for (String file : files) {
                expected.add(file);
                for (String sum : List.of(".md5", ".sha1")) {
                    if (!entries.contains(file + sum)) {
                        problems.add("bundle: missing " + file + sum);
                    }
                }
            }
        }
        for (String file : expected) {
            if (!entries.contains(file)) {
                problems.add("bundle: missing " + file);
            }
        }
        for (String entry : entries) {
            String file = entry.replaceFirst("\\.(md5|sha1|sha256|sha512|asc)$", "").replaceFirst("\\.asc$", "");
            if (!expected.contains(file)) {
                problems.add("bundle: unexpected " + entry);
            }
        }
    }

    static Map<String, Element> projects(Path file) throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getDocumentElement();
        List<Element> list = root.getTagName().equals("project") ? List.of(root) : children(root, "project");
        Map<String, Element> byId = new LinkedHashMap<>();
        for (Element project : list) {
            byId.put(text(project, "artifactId"), project);
        }
        return byId;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                found.add((Element) node);
            }
        }
        return found;
    }

    static String text(Element parent, String name) {
        Element element = child(parent, name);
        if (element == null) {
            return null;
        }
        String value = element.getTextContent().strip();
        return value.isEmpty() ? null : value;
    }

    static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
