package org.m4sd.sdk.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * The input hash as it was computed before the one-pass {@link InputHash}: the request written by
 * {@link Writing#request} into a token buffer, read back as a JSON tree, its {@link Canonical} text hashed. Kept
 * as the oracle the one-pass hash must equal on every request.
 */
public final class TreeInputHash {
    private static final ObjectMapper TRUSTED = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(-1)
                            .maxNestingDepth(1_000)
                            .maxStringLength(Integer.MAX_VALUE)
                            .maxNameLength(Integer.MAX_VALUE)
                            .maxNumberLength(Integer.MAX_VALUE)
                            .build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private TreeInputHash() {
    }

    /** The canonical text of the request, through a tree. */
    public static String canonical(EligibilityRequest request) {
        try (TokenBuffer buffer = new TokenBuffer(TRUSTED, false)) {
            Writing.request(buffer, request);
            try (var parser = buffer.asParser(TRUSTED)) {
                return Canonical.of(TRUSTED.readTree(parser));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256, in lower-case hex, of the UTF-8 bytes of {@link #canonical}. */
    public static String sha256(EligibilityRequest request) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonical(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
