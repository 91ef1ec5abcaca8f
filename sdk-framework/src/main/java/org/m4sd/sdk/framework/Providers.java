package org.m4sd.sdk.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The framework's implementations, found once through {@link ServiceLoader} on this module's class loader. */
final class Providers {
    private Providers() {
    }

    /** The framework services; loaded on first use. */
    static FrameworkServices services() {
        return ServicesHolder.SERVICES;
    }

    /** The writer of this format, or an error naming the formats there are. */
    static ReportWriter writer(String format) {
        for (ReportWriter w : WritersHolder.WRITERS) {
            if (w.format().equals(format)) {
                return w;
            }
        }
        throw new IllegalArgumentException("no report writer for format \"" + format + "\"; known: "
                + WritersHolder.WRITERS.stream().map(ReportWriter::format).toList());
    }

    private static final class ServicesHolder {
        static final FrameworkServices SERVICES = ServiceLoader
                .load(FrameworkServices.class, FrameworkServices.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + FrameworkServices.class.getName()
                        + " registered: the sdk-framework jar is incomplete (META-INF/services or module-info)"));
    }

    private static final class WritersHolder {
        static final List<ReportWriter> WRITERS = load();

        private static List<ReportWriter> load() {
            List<ReportWriter> writers = new ArrayList<>();
            ServiceLoader.load(ReportWriter.class, ReportWriter.class.getClassLoader()).forEach(writers::add);
            return List.copyOf(writers);
        }
    }
}
