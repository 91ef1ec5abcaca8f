/**
 * The M4SD Rules SDK: decide, in-process and with a reason for every criterion, what a person is entitled to
 * under migration-sensitive rules. Start with {@link org.m4sd.sdk.EligibilityEngine}.
 */
package org.m4sd.sdk;
