package org.m4sd.sdk.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The input hash's UTF-8 digest, which encodes its text a buffer of 4,096 bytes at a time, against
 * {@code String.getBytes(UTF_8)}: on any text, long enough to fill the buffer more than once, with surrogate pairs
 * and lone surrogates wherever they fall.
 */
class InputHashDigestProperties {
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().ascii().ofMinLength(900).ofMaxLength(1100),
                Arbitraries.of("\uD83D\uDE00", "\uD83D", "\uDE00", "é", "€", "\u0000"));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Property(tries = 300)
    void theDigestIsTheSha256OfTheTextsUtf8Bytes(@ForAll("texts") String text) {
        assertThat(InputHash.sha256Utf8(new StringBuilder(text))).isEqualTo(sha256(text));
    }

    @Example
    void aSurrogatePairAcrossTheBuffersEndIsEncodedWhole() {
        for (int at = 4088; at < 4100; at++) {
            String text = "a".repeat(at) + "\uD83D\uDE00" + "b".repeat(50);
            assertThat(InputHash.sha256Utf8(new StringBuilder(text))).as("pair at %d", at).isEqualTo(sha256(text));
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
