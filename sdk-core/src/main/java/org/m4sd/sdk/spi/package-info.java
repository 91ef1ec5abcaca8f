/** Service-provider interfaces: how an engine implementation plugs into the SDK. */
package org.m4sd.sdk.spi;
