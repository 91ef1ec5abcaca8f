/** Requests and the facts they carry: person, contribution periods, recruitment, qualification, health professional. */
package org.m4sd.sdk.request;
