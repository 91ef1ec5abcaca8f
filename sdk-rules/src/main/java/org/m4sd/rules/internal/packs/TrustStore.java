package org.m4sd.rules.internal.packs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.m4sd.sdk.M4sdException;

/** The public keys a bundle may be signed with, by key id. */
public final class TrustStore {
    private final Map<String, PublicKey> keysById;

    private TrustStore(Map<String, PublicKey> keysById) {
        this.keysById = Map.copyOf(keysById);
    }

    public static TrustStore of(List<PublicKey> keys) {
        var byId = new LinkedHashMap<String, PublicKey>();
        keys.forEach(k -> byId.put(SigningKeys.keyId(k), k));
        return new TrustStore(byId);
    }

    /**
     * The keys in these PEM files; a directory stands for the {@code *.pem} files in it.
     *
     * @throws M4sdException naming a path that is missing or is not an Ed25519 public key in X.509 PEM
     */
    public static TrustStore read(List<Path> paths) {
        List<PublicKey> keys = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : pemFiles(path)) {
                try {
                    keys.add(SigningKeys.readPublic(Files.readString(file, StandardCharsets.US_ASCII)));
                } catch (IOException | GeneralSecurityException e) {
                    throw new M4sdException("trusted key " + file + " is not an Ed25519 public key in X.509 PEM: "
                            + e.getMessage(), e);
                }
            }
        }
        return of(keys);
    }

    public Optional<PublicKey> key(String keyId) {
        return Optional.ofNullable(keysById.get(keyId));
    }

    private static List<Path> pemFiles(Path path) {
        if (!Files.isDirectory(path)) {
            if (!Files.isRegularFile(path)) {
                throw new M4sdException("trusted key " + path + " does not exist");
            }
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pem")).filter(Files::isRegularFile)
                    .sorted().toList();
        } catch (IOException e) {
            throw new M4sdException("trusted key directory " + path + " cannot be read: " + e.getMessage(), e);
        }
    }
}
