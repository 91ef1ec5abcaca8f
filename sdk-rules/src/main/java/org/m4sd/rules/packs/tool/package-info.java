/**
 * Tooling for rule-pack bundles (docs/PACK-BUNDLES.md): a skeleton for a new bundle, validation with every problem
 * named by file and JSON path, Ed25519 key pairs, signing and verification. What {@code m4sd pack} is built on,
 * for any tool that authors or checks bundles; loading bundles into an engine is
 * {@code EngineOptions.builder().bundles(...)}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
package org.m4sd.rules.packs.tool;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
