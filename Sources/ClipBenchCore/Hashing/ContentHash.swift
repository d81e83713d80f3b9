import Crypto

/// SHA-256 of bytes, through swift-crypto (BoringSSL's assembly where the processor has it):
/// the gold's fingerprint, each fingerprinted file's digest and a new clipping's id.
///
/// ```swift
/// var hasher = SHA256Hasher()
/// hasher.update("abc")
/// hasher.finalize().hexadecimal   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// SHA256Hasher.hash(Array("abc".utf8)).hexadecimal   // the same in one call
/// ```
///
/// - Complexity: O(*n*) in the bytes hashed; memory O(1).
public struct SHA256Hasher: Sendable {
    /// A 32-byte digest.
    public struct Digest: Sendable, Hashable {
        public var bytes: [UInt8]

        /// The digest as 64 lowercase hexadecimal digits.
        public var hexadecimal: String { Hexadecimal.text(of: bytes) }
    }

    private var hasher = Crypto.SHA256()

    public init() {}

    /// The digest of `bytes` in one call.
    public static func hash(_ bytes: some ContiguousBytesSequence) -> Digest {
        var hasher = SHA256Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Adds `bytes` to the message.
    public mutating func update(_ bytes: some ContiguousBytesSequence) {
        bytes.withBytes { hasher.update(bufferPointer: $0) }
    }

    /// Adds the UTF-8 bytes of `text` to the message.
    public mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    /// The digest of everything added so far.
    public func finalize() -> Digest {
        Digest(bytes: Array(hasher.finalize()))
    }
}

/// Bytes that can be hashed without copying: arrays and raw buffers.
public protocol ContiguousBytesSequence {
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result
}

extension Array: ContiguousBytesSequence where Element == UInt8 {
    public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try withUnsafeBytes(body)
    }
}

extension ArraySlice: ContiguousBytesSequence where Element == UInt8 {
    public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try withUnsafeBytes(body)
    }
}

extension UnsafeRawBufferPointer: ContiguousBytesSequence {
    public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(self)
    }
}

/// Hashes that are the same in every process (Swift's `Hasher` is seeded anew at each run), for
/// the bootstrap's seeds and the metrics' word tables: FNV-1a, 64 bits. The one copy of it.
///
/// ```swift
/// StableHash.fnv1a64("a")   // 0xAF63DC4C8601EC8C
/// ```
///
/// - Complexity: O(*n*) in the bytes hashed.
public enum StableHash {
    /// The offset basis: the hash of no bytes.
    public static let basis: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The hash of the UTF-8 bytes of `text`.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash = basis
        for byte in text.utf8 { hash = combine(hash, byte) }
        return hash
    }

    /// The hash of `bytes[range]`.
    @inlinable
    public static func fnv1a64(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> UInt64 {
        var hash = basis
        var offset = range.lowerBound
        while offset < range.upperBound {
            hash = combine(hash, bytes[offset])
            offset += 1
        }
        return hash
    }

    /// One step of FNV-1a: the hash so far with one more byte.
    @inlinable
    public static func combine(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}

/// Lowercase hexadecimal text of bytes, the form every digest and id in ClipBench is written in.
public enum Hexadecimal {
    /// `[0xAB, 0x01]` → `"ab01"`.
    public static func text(of bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
