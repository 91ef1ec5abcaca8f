package org.m4sd.sdk;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apiguardian.api.API;

/** The SDK's version, known at run time from a resource the build writes. */
@API(status = STABLE, since = "0.1")
public final class SdkVersion {
    private static final String VERSION = load();

    private SdkVersion() {
    }

    /** The version of sdk-core, for example {@code 0.1.0}. */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("org/m4sd/sdk/version.properties is missing from sdk-core");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
