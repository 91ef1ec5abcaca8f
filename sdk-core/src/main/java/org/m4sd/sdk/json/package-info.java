/**
 * The JSON contract: reading and writing requests and decisions ({@link org.m4sd.sdk.json.M4sdJson}), the
 * canonical form and input hash, and JSONL batches ({@link org.m4sd.sdk.json.JsonlReader},
 * {@link org.m4sd.sdk.json.JsonlWriter}, {@link org.m4sd.sdk.json.JsonlBatch}). The JSON Schemas of the
 * contract are resources of this module under {@code org/m4sd/sdk/schema/}.
 */
package org.m4sd.sdk.json;
