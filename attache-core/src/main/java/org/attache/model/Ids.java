package org.attache.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids from content, so the same input always gives the same ids whatever the order or thread. */
public final class Ids {
    private Ids() {
    }

    /** 16 hex digits of the SHA-256 of the parts, each followed by a separator. */
    public static String of(String prefix, Object... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            return prefix + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
