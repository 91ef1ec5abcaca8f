package org.m4sd.sdk.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apiguardian.api.API;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.request.EligibilityRequest;

/** JSON codec of the decision contract (interim: fingerprint only, until the codec lands). */
@API(status = EXPERIMENTAL, since = "0.1")
public final class M4sdJson {
    private M4sdJson() {
    }

    /** A codec with these limits. */
    public static M4sdJson create(Limits limits) {
        return new M4sdJson();
    }

    /** SHA-256 fingerprint of the request. */
    public String inputSha256(EligibilityRequest request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
