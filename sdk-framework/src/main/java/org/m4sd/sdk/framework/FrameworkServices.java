package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What the framework's API types delegate to: reading framework and observation files, the reference reporter
 * and the assembly of a report. One implementation ships with the SDK and is found through
 * {@link java.util.ServiceLoader}, so that the API names no implementation class. Not for applications.
 */
@API(status = INTERNAL, since = "0.2")
public interface FrameworkServices {

    /** Reads and validates a framework from JSON (UTF-8). */
    Framework readFramework(InputStream json);

    /** Reads observations lazily from a JSON array or JSON lines, checking each against the framework. */
    Iterator<Observation> readObservations(Framework framework, InputStream json);

    /** The plain-Java reporter. */
    ResultsReporter referenceReporter();

    /** An empty assembly for this framework. */
    ReportAssembly newAssembly(Framework framework);

    /** The target an actual of this country and period is compared with: that period's, else the next. */
    Optional<Target> target(Indicator indicator, String country, Period period);

    /** The publishable copy of a report under a disclosure control ({@link ResultsReport#protect(DisclosureControl)}). */
    ResultsReport protect(ResultsReport report, DisclosureControl control);

    /** The cells of a table of counts to withhold, primary and secondary ({@link DisclosureControl#withheld(Map)}). */
    Set<List<String>> withheld(Map<List<String>, Double> cells, int threshold);
}
