/** Decisions and their explanations: outcome, criteria, reason codes, legal bases, rule-pack identity. */
package org.m4sd.sdk.decision;
