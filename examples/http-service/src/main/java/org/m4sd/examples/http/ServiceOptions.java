package org.m4sd.examples.http;

import org.m4sd.sdk.EngineOptions;

/**
 * How the HTTP service runs.
 *
 * @param host               the address to listen on; loopback by default
 * @param port               the port; 0 for any free port
 * @param maxBodyBytes       largest body of {@code POST /v1/decisions}; larger is 413
 * @param maxBatchBytes      largest body of {@code POST /v1/decisions:batch}; larger is 413
 * @param maxRequestsPerCall most requests in one JSON array of {@code POST /v1/decisions}
 * @param engine             the engine's options (limits on each request, batch size)
 */
public record ServiceOptions(String host, int port, int maxBodyBytes, long maxBatchBytes, int maxRequestsPerCall,
        EngineOptions engine) {

    /** Loopback, port 8080, 4 MiB bodies, 256 MiB batches, 1,000 requests per array, default engine. */
    public static ServiceOptions defaults() {
        return new ServiceOptions("127.0.0.1", 8080, 4 << 20, 256L << 20, 1_000, EngineOptions.defaults());
    }

    /** These options on another port. */
    public ServiceOptions withPort(int value) {
        return new ServiceOptions(host, value, maxBodyBytes, maxBatchBytes, maxRequestsPerCall, engine);
    }

    /** These options with other body limits. */
    public ServiceOptions withLimits(int body, long batch) {
        return new ServiceOptions(host, port, body, batch, maxRequestsPerCall, engine);
    }
}
