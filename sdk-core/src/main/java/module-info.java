/**
 * The M4SD Rules SDK core: public API, decision contract and JSON codec. Exports only API packages; the
 * {@code internal} packages are implementation.
 */
module org.m4sd.sdk {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;
    requires static transitive org.apiguardian.api;

    exports org.m4sd.sdk;
    exports org.m4sd.sdk.request;
    exports org.m4sd.sdk.decision;
    exports org.m4sd.sdk.json;
    exports org.m4sd.sdk.spi;
    // the argument checks of the value types, shared with the results framework's
    exports org.m4sd.sdk.internal to org.m4sd.framework;

    uses org.m4sd.sdk.spi.EligibilityEngineProvider;
}
