/**
 * What the examples share, so that no example depends on another: the synthetic population the demos and the
 * registry are made of ({@link org.m4sd.examples.support.SyntheticPopulation}), the batch evaluation loop
 * ({@link org.m4sd.examples.support.Evaluation}), the decision comparison behind every diff
 * ({@link org.m4sd.examples.support.DecisionChange}), engines over another rule-pack jar
 * ({@link org.m4sd.examples.support.PackJars}) and the diff options ({@link org.m4sd.examples.support.DiffOptions}).
 * It uses the SDK's public API only, like the examples themselves. Not published: an example's helper, not
 * part of the SDK.
 */
package org.m4sd.examples.support;
