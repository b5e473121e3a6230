import EventStore
import Testing

/// The store's article identity is SHA-256; checked against the FIPS 180-4 / NIST vectors.
struct ContentHashTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        // 56 to 64 bytes: the padding needs a second block.
        (String(repeating: "a", count: 60),
         "11ee391211c6256460b6ed375957fadd8061cafbb31daf967db875aebd5aaad4"),
    ])
    func matchesTheStandardVectors(text: String, hex: String) {
        #expect(ContentHash.of(text) == hex)
    }

    @Test func multiByteTextIsHashedAsUTF8() {
        #expect(ContentHash.of("Zelenskyy’s") == ContentHash.of(bytes: Array("Zelenskyy’s".utf8)))
        #expect(ContentHash.of("a") != ContentHash.of("A"))
    }
}
