package org.m4sd.examples.spark;

import picocli.CommandLine.Option;

/** The registry a job reads, where it writes, and how its rows are spread: shared by evaluate and diff. */
final class RegistryOptions {
    @Option(names = "--registry", required = true, paramLabel = "DIR", description = "The registry (Parquet).")
    String registry;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (any Hadoop file system).")
    String out;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Spread the registry over N partitions first (default: as read).")
    int partitions;
}
