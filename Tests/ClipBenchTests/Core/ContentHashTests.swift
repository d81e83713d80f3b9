import Testing
@testable import ClipBench

struct SHA256HasherTests {
    /// The FIPS 180-4 / NIST example vectors.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func hashesTheNISTVectors(message: String, expected: String) {
        #expect(SHA256Hasher.hash(Array(message.utf8)).hexadecimal == expected)
    }

    @Test func hashesAMillionAs() {
        var hasher = SHA256Hasher()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(chunk) }
        #expect(hasher.finalize().hexadecimal == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func feedingInPiecesEqualsFeedingAtOnce() {
        let message = Array("مُحَمَّد بن سلمان يزور القاهرة — a message longer than one 64-byte block.".utf8)
        var pieces = SHA256Hasher()
        for byte in message { pieces.update([byte]) }
        #expect(pieces.finalize() == SHA256Hasher.hash(message))
    }
}

struct StableHashTests {
    /// Reference values of 64-bit FNV-1a; the buffer form agrees with the text form.
    @Test(arguments: [("", 0xCBF2_9CE4_8422_2325 as UInt64), ("a", 0xAF63_DC4C_8601_EC8C), ("foobar", 0x85944171F73967E8)])
    func hashesLikeFNV1a(text: String, expected: UInt64) {
        #expect(StableHash.fnv1a64(text) == expected)
        let bytes = Array(("xx" + text + "yy").utf8)
        #expect(bytes.withUnsafeBufferPointer { StableHash.fnv1a64($0, range: 2..<(bytes.count - 2)) } == expected)
    }
}
