import Crypto

/// SHA-256 of an article's text, hex-encoded: the identity the store uses to tell whether an
/// article is already stored, whatever its file name or record id.
///
/// A cryptographic hash, so two different articles never share an identity in practice;
/// computed by swift-crypto rather than by hand.
public enum ContentHash {
    /// The hex SHA-256 of `text`'s UTF-8 bytes.
    public static func of(_ text: String) -> String {
        hex(SHA256.hash(data: Array(text.utf8)))
    }

    /// The hex SHA-256 of `bytes`.
    public static func of(bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
