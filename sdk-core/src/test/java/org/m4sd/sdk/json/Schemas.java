package org.m4sd.sdk.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The published JSON Schemas, loaded from the class path as a user of the jar would find them. */
final class Schemas {
    static final String BASE = "https://github.com/m4sd/m4sd-rules-sdk/schema/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b
                    // resolve the schemas' ids (and their relative $refs) to the resources, never to the network
                    .schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:org/m4sd/sdk/schema/"))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    static final Schema REQUEST = load("request.schema.json");
    static final Schema DECISION = load("decision.schema.json");
    static final Schema DECISION_SET = load("decision-set.schema.json");
    static final Schema BATCH_LINE = load("batch-line.schema.json");

    private Schemas() {
    }

    private static Schema load(String name) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + name));
        schema.initializeValidators();
        return schema;
    }

    /** Problems the schema finds, as {@code instance-location: message}; empty when the document is valid. */
    static List<String> problems(Schema schema, String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** The repository root: the nearest directory above the working directory holding the parent pom and sdk-core. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("sdk-core"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
