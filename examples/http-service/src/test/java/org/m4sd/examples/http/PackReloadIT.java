package org.m4sd.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.m4sd.rules.packs.tool.BundleTool;
import org.m4sd.rules.packs.tool.ScenarioResult;
import org.m4sd.sdk.EngineOptions;

/**
 * Bundles in a running service: a packs directory that starts empty, the signed Ghana bundle copied in and loaded
 * by {@code POST /v1/admin/packs:reload}, decisions naming it; a bundle made with {@code pack init}, signed, and
 * loaded the same way, as a directory and as a Maven jar; a tampered bundle refused on reload with the old
 * engine serving on; a batch in flight across a reload finishing on the engine it started with, which is closed
 * afterwards; the admin token.
 *
 * <p>The bundle and its public key are in {@code src/test/resources/bundles}: a copy of sdk-rules' test bundle for
 * Ghana, signed once with a key made for these tests (its private half was not kept).
 */
class PackReloadIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String PENSION = "social-security.old-age-pension";

    @TempDir
    Path dir;

    private static Path resource(String name) {
        try {
            return Path.of(PackReloadIT.class.getClassLoader().getResource("bundles/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key id of the test public key, computed here as docs/PACK-BUNDLES.md defines it. */
    private static String testKeyId() throws IOException, NoSuchAlgorithmException {
        String pem = Files.readString(resource("gha-test.pub.pem"), StandardCharsets.US_ASCII);
        byte[] der = Base64.getDecoder().decode(pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", ""));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)).substring(0, 16);
    }

    private static void copyBundle(Path target) throws IOException {
        Path source = resource("gha");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path copy = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy);
                }
            }
        }
    }

    private HttpService start(Path packs) {
        EngineOptions trust = EngineOptions.builder().trustedKeys(List.of(resource("gha-test.pub.pem"))).build();
        return HttpService.start(ServiceOptions.defaults().withPort(0).withPacks(packs, trust), line -> { });
    }

    private static URI uri(HttpService service, String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    private static HttpResponse<String> reload(HttpService service) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(service, HttpService.RELOAD))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode health(HttpService service) throws Exception {
        HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(uri(service, "/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        return JSON.readTree(health.body());
    }

    private static String ghanaRequest(String id) {
        return """
                {"requestId": "%s", "asOf": "2025-06-30", "jurisdiction": "GHA", "determinations": ["%s"],
                 "person": {"id": "p-%s", "birthDate": "1964-03-10",
                   "contributionPeriods": [{"country": "GHA", "from": "1995-01-01", "to": "2024-12-31"}]}}"""
                .formatted(id, PENSION, id).replace("\n", "");
    }

    /** The pack that decided the Ghana pension request. */
    private static JsonNode ghanaPensionPack(HttpService service) throws Exception {
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(uri(service, "/v1/decisions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ghanaRequest("g-1"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode decision = JSON.readTree(answer.body()).path("decisions").get(0);
        assertThat(decision.path("determination").asText()).isEqualTo(PENSION);
        return decision.path("rulePack");
    }

    private static JsonNode packNamed(JsonNode packsInUse, String id) {
        for (JsonNode pack : packsInUse.path("packs")) {
            if (pack.path("id").asText().equals(id)) {
                return pack;
            }
        }
        return null;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    @Test
    void theSignedBundleCopiedInAndReloadedDecidesGhanaAndNamesItself() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        try (HttpService service = start(packs)) {
            JsonNode before = health(service);
            assertThat(packNamed(before, "gha")).as("no bundle yet").isNull();
            assertThat(packNamed(before, "international").has("signingKeyId")).as("a shipped pack").isFalse();
            assertThat(ghanaPensionPack(service).path("id").asText()).isNotEqualTo("gha");

            copyBundle(packs.resolve("gha"));
            HttpResponse<String> reloaded = reload(service);

            assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
            JsonNode gha = packNamed(JSON.readTree(reloaded.body()), "gha");
            assertThat(gha).isNotNull();
            assertThat(gha.path("version").asText()).isEqualTo("0.1.0");
            assertThat(gha.path("signingKeyId").asText()).isEqualTo(testKeyId());
            assertThat(gha.path("sha256").asText()).matches("[0-9a-f]{64}");

            JsonNode decided = ghanaPensionPack(service);
            assertThat(decided.path("id").asText()).isEqualTo("gha");
            assertThat(decided.path("version").asText()).isEqualTo("0.1.0");
            assertThat(decided.path("sha256").asText()).isEqualTo(gha.path("sha256").asText());
            assertThat(decided.path("signingKeyId").asText()).isEqualTo(testKeyId());
            assertThat(packNamed(health(service), "gha")).isEqualTo(gha);
            await(() -> service.enginesOpen() == 1, "the engine before the reload is closed");
        }
    }

    /**
     * The maintainer's walk with a bundle of their own, not the committed one: {@code pack init} (through the
     * tooling API {@code m4sd pack} uses), two sourced parameters and the scenarios filled in, validated, tested,
     * signed with a new key; the service started with {@code --packs} and that key; the bundle copied in and
     * reloaded; decisions naming its id, version, content hash and key id. Then the same bundle as the jar a Maven
     * build makes of it (examples/pack-template) in place of the directory: the same pack, the same hash.
     */
    @Test
    void aBundleMadeWithPackInitIsSignedLoadedOnReloadAndNamedByDecisionsAsADirectoryAndAsAJar() throws Exception {
        Path bundle = dir.resolve("work/gha");
        assertThat(BundleTool.init(bundle, "GHA")).contains("bundle.json", "socialsecurity.json");
        ObjectNode topic = (ObjectNode) JSON.readTree(bundle.resolve("socialsecurity.json").toFile());
        assertThat(topic.path("parameters").isEmpty()).as("init gives no parameter").isTrue();
        JsonNode sourced = JSON.readTree(resource("gha/socialsecurity.json").toFile()).path("parameters");
        assertThat(sourced).hasSize(2);
        topic.set("parameters", sourced);
        Files.writeString(bundle.resolve("socialsecurity.json"), JSON.writeValueAsString(topic));
        Files.createDirectories(bundle.resolve("scenarios"));
        for (String scenario : List.of("gha-60-179.json", "gha-60-180.json")) {
            Files.copy(resource("gha/scenarios/" + scenario), bundle.resolve("scenarios/" + scenario));
        }
        assertThat(BundleTool.validate(bundle)).isEmpty();
        assertThat(BundleTool.test(bundle, List.of())).hasSize(2).allMatch(ScenarioResult::passed);
        Path privateKey = dir.resolve("keys/ministry.private.pem");
        Path publicKey = dir.resolve("keys/ministry.public.pem");
        Files.createDirectories(privateKey.getParent());
        String keyId = BundleTool.generateKeys(privateKey, publicKey);
        assertThat(BundleTool.sign(bundle, privateKey, publicKey).keyId()).isEqualTo(keyId);

        Path packs = Files.createDirectories(dir.resolve("packs"));
        ServiceCommand command = new ServiceCommand();
        ServiceCommand.commandLine(command).parseArgs("--port", "0", "--packs", packs.toString(), "--trusted-keys",
                publicKey.toString());
        try (HttpService service = HttpService.start(command.options(), line -> { })) {
            assertThat(packNamed(health(service), "gha")).as("an empty packs directory").isNull();
            copyTree(bundle, packs.resolve("gha"));
            HttpResponse<String> reloaded = reload(service);

            assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
            JsonNode gha = packNamed(JSON.readTree(reloaded.body()), "gha");
            assertThat(gha.path("version").asText()).isEqualTo("0.1.0");
            assertThat(gha.path("signingKeyId").asText()).isEqualTo(keyId);
            assertThat(gha.path("sha256").asText()).matches("[0-9a-f]{64}");
            JsonNode decided = ghanaPensionPack(service);
            assertThat(decided.path("id").asText()).isEqualTo("gha");
            assertThat(decided.path("version").asText()).isEqualTo("0.1.0");
            assertThat(decided.path("sha256").asText()).isEqualTo(gha.path("sha256").asText());
            assertThat(decided.path("signingKeyId").asText()).isEqualTo(keyId);

            deleteTree(packs.resolve("gha"));
            mavenJar(bundle, packs.resolve("m4sd-pack-gha-0.1.0.jar"));
            HttpResponse<String> fromJar = reload(service);
            assertThat(fromJar.statusCode()).as(fromJar.body()).isEqualTo(200);
            assertThat(packNamed(JSON.readTree(fromJar.body()), "gha")).isEqualTo(gha);
            assertThat(ghanaPensionPack(service)).isEqualTo(decided);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The bundle as {@code mvn package} makes it a jar: the jar's manifest and Maven's descriptor beside it. */
    private static void mavenJar(Path bundle, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        String maven = "META-INF/maven/org.example.ministry/m4sd-pack-gha/";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(bundle)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(bundle.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
            for (String descriptor : List.of("pom.xml", "pom.properties")) {
                out.putNextEntry(new JarEntry(maven + descriptor));
                out.write(("a Maven " + descriptor).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    @Test
    void aTamperedBundleIsRefusedOnReloadAndTheOldEngineKeepsServing() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        copyBundle(packs.resolve("gha"));
        try (HttpService service = start(packs)) {
            JsonNode before = health(service);
            JsonNode gha = packNamed(before, "gha");
            assertThat(gha.path("signingKeyId").asText()).as("loaded at start").isEqualTo(testKeyId());

            Path parameters = packs.resolve("gha/socialsecurity.json");
            byte[] bytes = Files.readAllBytes(parameters);
            String text = new String(bytes, StandardCharsets.UTF_8);
            Files.writeString(parameters, text.replaceFirst("180", "120"), StandardCharsets.UTF_8);
            HttpResponse<String> refused = reload(service);

            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.headers().firstValue("Content-Type")).contains(Problem.MEDIA_TYPE);
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.path("type").asText()).isEqualTo(Problem.PACKS_REFUSED);
            assertThat(problem.path("refusal").asText()).isEqualTo("FILE_CHANGED");
            assertThat(problem.path("file").asText()).isEqualTo("socialsecurity.json");
            assertThat(problem.path("bundle").asText()).isEqualTo(packs.resolve("gha").toString());
            assertThat(problem.path("reason").asText()).startsWith("socialsecurity.json has SHA-256 ")
                    .contains(", MANIFEST says ");
            assertThat(problem.path("detail").asText()).startsWith("pack bundle " + packs.resolve("gha")
                    + " refused (FILE_CHANGED): socialsecurity.json has SHA-256 ")
                    .endsWith("; the packs in service are unchanged");

            assertThat(health(service)).as("the same engine, the same packs").isEqualTo(before);
            JsonNode decided = ghanaPensionPack(service);
            assertThat(decided.path("id").asText()).isEqualTo("gha");
            assertThat(decided.path("sha256").asText()).isEqualTo(gha.path("sha256").asText());
            assertThat(service.enginesOpen()).isEqualTo(1);

            Files.write(parameters, bytes);
            Files.writeString(packs.resolve("notes.txt"), "not a bundle");
            JsonNode stray = JSON.readTree(reload(service).body());
            assertThat(stray.path("refusal").asText()).isEqualTo("INVALID");
            assertThat(stray.path("detail").asText()).contains("notes.txt refused (INVALID): it is neither a "
                    + "bundle directory nor a .zip or .jar file");
        }
    }

    @Test
    void aBatchInFlightDuringAReloadFinishesOnTheEngineItStartedWith() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        try (HttpService service = start(packs);
                Socket socket = new Socket("127.0.0.1", service.port())) {
            // the batch's body sent in two chunks, the reload between them
            OutputStream out = socket.getOutputStream();
            write(out, "POST /v1/decisions:batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson"
                    + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
            write(out, chunk(ghanaRequest("b-1") + "\n"));
            await(() -> service.requestsOnCurrentEngine() == 1, "the batch holds the engine");

            copyBundle(packs.resolve("gha"));
            HttpResponse<String> reloaded = reload(service);
            assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
            assertThat(service.enginesOpen()).as("the old engine stays open for the batch").isEqualTo(2);
            assertThat(ghanaPensionPack(service).path("id").asText()).as("a new request").isEqualTo("gha");

            write(out, chunk(ghanaRequest("b-2") + "\n") + "0\r\n\r\n");
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 200 ");
            String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
            String content = answer.substring(head.length() + 4);
            List<String> lines = (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")
                    ? dechunked(content) : content).lines().toList();
            assertThat(lines).hasSize(2);
            for (String line : lines) {
                JsonNode result = JSON.readTree(line);
                assertThat(result.path("errors").isMissingNode()).as(line).isTrue();
                assertThat(result.at("/decisions/0/rulePack/id").asText()).as("the old engine: " + line)
                        .isNotEmpty().isNotEqualTo("gha");
            }
            await(() -> service.enginesOpen() == 1, "the old engine is closed after the batch");
        }
    }

    private static String chunk(String text) {
        return Integer.toHexString(text.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + text + "\r\n";
    }

    /** A chunked body's content. */
    private static String dechunked(String body) {
        StringBuilder content = new StringBuilder();
        int at = 0;
        while (true) {
            int end = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, end).trim(), 16);
            if (size == 0) {
                return content.toString();
            }
            byte[] rest = body.substring(end + 2).getBytes(StandardCharsets.UTF_8);
            String data = new String(rest, 0, size, StandardCharsets.UTF_8);
            content.append(data);
            at = end + 2 + data.length() + 2;
        }
    }

    @Test
    void aZipBundleIsLoadedAndHiddenNamesAreSkipped() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        Path source = resource("gha");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(packs.resolve("gha.zip")));
                Stream<Path> files = Files.walk(source)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(source.relativize(p).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(p));
                zip.closeEntry();
            }
        }
        Files.createDirectories(packs.resolve(".incoming"));
        Files.writeString(packs.resolve(".incoming/bundle.json"), "{ half copied");
        try (HttpService service = start(packs)) {
            JsonNode gha = packNamed(health(service), "gha");
            assertThat(gha).isNotNull();
            assertThat(gha.path("signingKeyId").asText()).isEqualTo(testKeyId());
            assertThat(ghanaPensionPack(service).path("id").asText()).isEqualTo("gha");
        }
    }

    @Test
    void withAnAdminTokenAReloadNeedsIt() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        Path token = dir.resolve("admin.token");
        Files.writeString(token, "s3cret-token\n");
        EngineOptions trust = EngineOptions.builder().trustedKeys(List.of(resource("gha-test.pub.pem"))).build();
        try (HttpService service = HttpService.start(ServiceOptions.defaults().withPort(0).withPacks(packs, trust)
                .withAdminTokenFile(token), line -> { })) {
            HttpResponse<String> none = reload(service);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"m4sd-admin\"");
            for (String sent : List.of("Bearer wrong", "Basic s3cret-token", "Bearer s3cret-token-and-more")) {
                assertThat(CLIENT.send(HttpRequest.newBuilder(uri(service, HttpService.RELOAD))
                        .header("Authorization", sent).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).as(sent).isEqualTo(401);
            }
            HttpResponse<String> ok = CLIENT.send(HttpRequest.newBuilder(uri(service, HttpService.RELOAD))
                    .header("Authorization", "Bearer s3cret-token").POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        }
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
