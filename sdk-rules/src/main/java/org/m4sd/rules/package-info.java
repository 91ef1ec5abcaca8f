/**
 * The public, read-only view of the shipped rule packs ({@link org.m4sd.rules.RulePacks}). Everything under
 * {@code org.m4sd.rules.internal} is implementation and may change at any time.
 */
package org.m4sd.rules;
