/**
 * Results frameworks: a programme's outcomes, outputs and indicators with IATI 2.03 semantics
 * ({@link org.m4sd.sdk.framework.Framework}), the observations and events that feed them, and the report computed
 * from them ({@link org.m4sd.sdk.framework.ResultsReporter}, {@link org.m4sd.sdk.framework.ResultsReport}): values
 * by disaggregation with totals ({@code _T}), progress against targets, DHIS2-style validation findings, SDG
 * 10.7.1, 10.7.2 and 10.c.1, exported as JSON, CSV or IATI XML. {@link org.m4sd.sdk.framework.Formulas} holds the
 * reference implementation of every formula.
 */
package org.m4sd.sdk.framework;
