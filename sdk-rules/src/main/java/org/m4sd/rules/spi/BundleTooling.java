package org.m4sd.rules.spi;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.SortedMap;
import org.apiguardian.api.API;
import org.m4sd.rules.packs.tool.BundleIdentity;
import org.m4sd.rules.packs.tool.BundleProblem;
import org.m4sd.rules.packs.tool.BundleTool;
import org.m4sd.rules.packs.tool.ScenarioResult;

/**
 * What {@link BundleTool} delegates to: the bundle tooling of sdk-rules' implementation, registered for
 * {@link ServiceLoader}. Not for applications; use {@link BundleTool}.
 */
@API(status = INTERNAL, since = "0.2")
public interface BundleTooling {
    /**
     * The implementation registered on the class path of sdk-rules.
     *
     * @throws IllegalStateException when none is registered (an sdk-rules jar stripped of its service files)
     */
    static BundleTooling get() {
        return ServiceLoader.load(BundleTooling.class, BundleTooling.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + BundleTooling.class.getName()
                        + " registered: META-INF/services is missing from the sdk-rules jar"));
    }

    /** See {@link BundleTool#init}. */
    List<String> init(Path directory, String jurisdiction);

    /** See {@link BundleTool#validate}. */
    List<BundleProblem> validate(Path bundle);

    /** See {@link BundleTool#files}. */
    SortedMap<String, byte[]> files(Path bundle);

    /** See {@link BundleTool#test}. */
    List<ScenarioResult> test(Path bundle, List<Path> trustedKeys);

    /** See {@link BundleTool#generateKeys}. */
    String generateKeys(Path privatePem, Path publicPem);

    /** See {@link BundleTool#sign}. */
    BundleIdentity sign(Path directory, Path privatePem, Path publicPem);

    /** See {@link BundleTool#verify}. */
    BundleIdentity verify(Path bundle, List<Path> trustedKeys);

    /** See {@link BundleTool#keyId}. */
    String keyId(Path publicPem);
}
