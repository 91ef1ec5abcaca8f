package org.m4sd.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;

/**
 * Heap retained by a built engine (after its first decision), measured in a fresh JVM as the difference in
 * used heap after full collections before and after building it. Prints one JSON object.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.m4sd.benchmarks.Footprint DROOLS}
 */
public final class Footprint {
    private Footprint() {
    }

    public static void main(String[] args) throws Exception {
        Implementation implementation = Implementation.valueOf(args.length > 0 ? args[0] : "DROOLS");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        EligibilityEngine engine = implementation.create(EngineOptions.defaults());
        engine.evaluate(EligibilityRequest.builder("c-1", LocalDate.of(2023, 6, 30), "ECU",
                Person.builder("p-1").presentInTerritory(true).build()).build());
        long after = settledHeap(memory);
        System.out.printf("{\"implementation\":\"%s\",\"retainedHeapBytes\":%d}%n", implementation, after - before);
        engine.close();
    }

    private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
