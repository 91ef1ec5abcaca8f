package org.m4sd.examples.http;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.m4sd.sdk.EngineOptions;

/**
 * How the HTTP service runs.
 *
 * @param host               the address to listen on; loopback by default
 * @param port               the port; 0 for any free port
 * @param maxBodyBytes       largest body of {@code POST /v1/decisions}; larger is 413
 * @param maxBatchBytes      largest body of {@code POST /v1/decisions:batch}; larger is 413
 * @param maxRequestsPerCall most requests in one JSON array of {@code POST /v1/decisions}
 * @param engine             the engine's options (limits on each request, batch size, the keys bundles may be
 *                           signed with and whether unsigned ones are accepted)
 * @param packs              a directory of rule-pack bundles ({@link PackDirectory}): when given, the engine is
 *                           built with the bundles it holds, in place of {@code engine}'s own list, at start and
 *                           at each reload
 * @param adminTokenFile     a file holding the token admin calls must send ({@code Authorization: Bearer ...});
 *                           without it, admin calls are answered to loopback clients only
 */
public record ServiceOptions(String host, int port, int maxBodyBytes, long maxBatchBytes, int maxRequestsPerCall,
        EngineOptions engine, Optional<Path> packs, Optional<Path> adminTokenFile) {

    /** Rejects nulls. */
    public ServiceOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(packs, "packs");
        Objects.requireNonNull(adminTokenFile, "adminTokenFile");
    }

    /** Options without a packs directory and without an admin token. */
    public ServiceOptions(String host, int port, int maxBodyBytes, long maxBatchBytes, int maxRequestsPerCall,
            EngineOptions engine) {
        this(host, port, maxBodyBytes, maxBatchBytes, maxRequestsPerCall, engine, Optional.empty(), Optional.empty());
    }

    /** Loopback, port 8080, 4 MiB bodies, 256 MiB batches, 1,000 requests per array, default engine. */
    public static ServiceOptions defaults() {
        return new ServiceOptions("127.0.0.1", 8080, 4 << 20, 256L << 20, 1_000, EngineOptions.defaults());
    }

    /** These options on another port. */
    public ServiceOptions withPort(int value) {
        return new ServiceOptions(host, value, maxBodyBytes, maxBatchBytes, maxRequestsPerCall, engine, packs,
                adminTokenFile);
    }

    /** These options with other body limits. */
    public ServiceOptions withLimits(int body, long batch) {
        return new ServiceOptions(host, port, body, batch, maxRequestsPerCall, engine, packs, adminTokenFile);
    }

    /** These options with the bundles of {@code directory}, under {@code engineOptions}' trust settings. */
    public ServiceOptions withPacks(Path directory, EngineOptions engineOptions) {
        return new ServiceOptions(host, port, maxBodyBytes, maxBatchBytes, maxRequestsPerCall, engineOptions,
                Optional.of(directory), adminTokenFile);
    }

    /** These options with admin calls authenticated by the token in {@code file}. */
    public ServiceOptions withAdminTokenFile(Path file) {
        return new ServiceOptions(host, port, maxBodyBytes, maxBatchBytes, maxRequestsPerCall, engine, packs,
                Optional.of(file));
    }
}
