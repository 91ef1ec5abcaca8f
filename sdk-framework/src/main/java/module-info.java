/**
 * The M4SD Rules SDK results framework: a programme's framework, its report from observations and eligibility
 * decisions, and the report's publication formats. Exports only the API package; the implementation is found
 * through {@link java.util.ServiceLoader}, so that no API type names it.
 */
module org.m4sd.framework {
    requires transitive org.m4sd.sdk;
    requires com.fasterxml.jackson.databind;
    requires java.xml;
    requires static transitive org.apiguardian.api;

    exports org.m4sd.sdk.framework;

    uses org.m4sd.sdk.framework.FrameworkServices;
    uses org.m4sd.sdk.framework.ReportWriter;
    uses org.m4sd.sdk.framework.ResultsReporter;

    provides org.m4sd.sdk.framework.FrameworkServices
            with org.m4sd.sdk.internal.framework.DefaultFrameworkServices;
    provides org.m4sd.sdk.framework.ReportWriter with org.m4sd.sdk.internal.framework.ReportFormats.Json,
            org.m4sd.sdk.internal.framework.ReportFormats.Csv, org.m4sd.sdk.internal.framework.ReportFormats.IatiXml;
}
