import Foundation
import ClipBenchCore
import ClipBenchModel

/// The binary form of one ``GoldCache`` entry: what a loaded, validated clipping holds beyond its
/// seed (the annotation and the file's notes), behind a header that names the format, the entry's
/// key and a checksum of the payload.
///
/// The layout, exactly (fixed-width integers little-endian):
/// ```
/// magic "CBGC" (4 bytes) · format version (UInt32) · key (32 bytes) ·
/// payload byte count (UInt32) · SHA-256 of the payload (32 bytes) · payload
/// payload: id · status · headline? · published value? · evidence? (span) · reason? ·
///          regions: count, then label · category? · span ·
///          entities: count, then text · type · start? · end? · registry id? ·
///          dates: count, then text · value? · start? · end? · notes?
/// span: start · end · text
/// ```
/// A count is an unsigned LEB128 number, an offset a zigzag-coded one, a text or enum value its
/// UTF-8 byte count then its bytes (enums by their raw value), an optional a byte 0 (absent) or 1
/// followed by the value. The seed is not stored: the key covers its exact bytes, and the caller
/// has them.
///
/// Decoding trusts nothing: a wrong magic, version, key, length or checksum, a number past ten
/// bytes, a count or length beyond the bytes left, invalid UTF-8, an unknown enum value or a byte
/// left over gives nil, never a trap.
///
/// ```swift
/// let bytes = GoldCacheEntry.encode(GoldCacheEntry.Content(annotation: annotation, notes: nil), key: key)
/// GoldCacheEntry.decode(bytes, key: key)?.annotation == annotation   // true
/// ```
///
/// - Complexity: O(size of the annotation) both ways.
public enum GoldCacheEntry {
    /// What an entry holds.
    public struct Content: Sendable, Hashable {
        public var annotation: Annotation
        public var notes: String?

        public init(annotation: Annotation, notes: String?) {
            self.annotation = annotation
            self.notes = notes
        }
    }

    /// The first four bytes of every entry.
    public static let magic: [UInt8] = Array("CBGC".utf8)
    /// The version of this layout; a new layout gets a new number (and a new cache folder).
    public static let formatVersion: UInt32 = 1
    /// The bytes before the payload: magic, version, key, payload count and checksum.
    public static let headerByteCount = 4 + 4 + 32 + 4 + 32

    /// The entry for `content` under `key` (32 bytes).
    public static func encode(_ content: Content, key: [UInt8]) -> [UInt8] {
        var payload = Writer()
        payload.write(content)
        var entry = magic
        entry.reserveCapacity(headerByteCount + payload.bytes.count)
        appendLittleEndian(formatVersion, to: &entry)
        entry += key
        appendLittleEndian(UInt32(truncatingIfNeeded: payload.bytes.count), to: &entry)
        entry += SHA256Hasher.hash(payload.bytes).bytes
        entry += payload.bytes
        return entry
    }

    /// The content of `entry` when it is a whole, intact entry of this format for `key`; else nil.
    public static func decode(_ entry: some ContiguousBytesSequence, key: [UInt8]) -> Content? {
        entry.withBytes { bytes in
            guard bytes.count >= headerByteCount, key.count == 32,
                  bytes[0..<4].elementsEqual(magic),
                  littleEndianUInt32(bytes, at: 4) == formatVersion,
                  bytes[8..<40].elementsEqual(key),
                  Int(littleEndianUInt32(bytes, at: 40)) == bytes.count - headerByteCount else { return nil }
            let payload = UnsafeRawBufferPointer(rebasing: bytes[headerByteCount...])
            guard SHA256Hasher.hash(payload).bytes.elementsEqual(bytes[44..<76]) else { return nil }
            var reader = Reader(bytes: payload)
            guard let content = reader.content(), reader.isAtEnd else { return nil }
            return content
        }
    }

    private static func appendLittleEndian(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    private static func littleEndianUInt32(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { value, index in value | UInt32(bytes[offset + index]) << UInt32(8 * index) }
    }

    // MARK: - Writing

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func write(_ content: Content) {
            let annotation = content.annotation
            write(annotation.id)
            write(annotation.status.rawValue)
            writeOptional(annotation.headline) { $0.write($1) }
            writeOptional(annotation.published.value) { $0.write($1) }
            writeOptional(annotation.published.evidence) { $0.write($1) }
            writeOptional(annotation.published.reason) { $0.write($1.rawValue) }
            write(count: annotation.regions.count)
            for region in annotation.regions {
                write(region.label.rawValue)
                writeOptional(region.category) { $0.write($1.rawValue) }
                write(region.span)
            }
            write(count: annotation.entities.count)
            for entity in annotation.entities {
                write(entity.text)
                write(entity.type.rawValue)
                writeOptional(entity.start) { $0.write(offset: $1) }
                writeOptional(entity.end) { $0.write(offset: $1) }
                writeOptional(entity.registryID) { $0.write($1) }
            }
            write(count: annotation.dates.count)
            for date in annotation.dates {
                write(date.text)
                writeOptional(date.value) { $0.write($1) }
                writeOptional(date.start) { $0.write(offset: $1) }
                writeOptional(date.end) { $0.write(offset: $1) }
            }
            writeOptional(content.notes) { $0.write($1) }
        }

        mutating func write(_ span: TextSpan) {
            write(offset: span.start)
            write(offset: span.end)
            write(span.text)
        }

        mutating func write(count: Int) { write(unsigned: UInt64(count)) }

        mutating func write(offset: Int) {
            // Zigzag: small negative numbers stay short (gold offsets are never negative, but the
            // codec does not depend on it).
            write(unsigned: UInt64(bitPattern: Int64((offset << 1) ^ (offset >> (Int.bitWidth - 1)))))
        }

        mutating func write(unsigned value: UInt64) {
            var value = value
            while value >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }

        mutating func write(_ text: String) {
            write(count: text.utf8.count)
            bytes += text.utf8
        }

        mutating func writeOptional<Value>(_ value: Value?, _ body: (inout Writer, Value) -> Void) {
            guard let value else {
                bytes.append(0)
                return
            }
            bytes.append(1)
            body(&self, value)
        }
    }

    // MARK: - Reading

    /// Reads the payload; every method gives nil on bytes that are not what it reads.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var position = 0

        var isAtEnd: Bool { position == bytes.count }

        mutating func content() -> Content? {
            guard let id = string(),
                  let status = string().flatMap(Annotation.Status.init(rawValue:)),
                  let headline = optional({ $0.string() }),
                  let value = optional({ $0.string() }),
                  let evidence = optional({ $0.span() }),
                  let reason = optional({ $0.string().flatMap(PublishedDate.MissingReason.init(rawValue:)) }),
                  let regions = array({ reader -> Region? in
                      guard let label = reader.string().flatMap(RegionLabel.init(rawValue:)),
                            let category = reader.optional({ $0.string().flatMap(BoilerplateCategory.init(rawValue:)) }),
                            let span = reader.span() else { return nil }
                      return Region(label: label, category: category, span: span)
                  }),
                  let entities = array({ reader -> EntityMention? in
                      guard let text = reader.string(),
                            let type = reader.string().flatMap(EntityType.init(rawValue:)),
                            let start = reader.optional({ $0.offset() }),
                            let end = reader.optional({ $0.offset() }),
                            let registryID = reader.optional({ $0.string() }) else { return nil }
                      return EntityMention(text: text, type: type, start: start, end: end, registryID: registryID)
                  }),
                  let dates = array({ reader -> DateMention? in
                      guard let text = reader.string(),
                            let value = reader.optional({ $0.string() }),
                            let start = reader.optional({ $0.offset() }),
                            let end = reader.optional({ $0.offset() }) else { return nil }
                      return DateMention(text: text, value: value, start: start, end: end)
                  }),
                  let notes = optional({ $0.string() }) else { return nil }
            let annotation = Annotation(
                id: id, status: status, headline: headline,
                published: PublishedDate(value: value, evidence: evidence, reason: reason),
                regions: regions, entities: entities, dates: dates)
            return Content(annotation: annotation, notes: notes)
        }

        mutating func span() -> TextSpan? {
            guard let start = offset(), let end = offset(), let text = string() else { return nil }
            return TextSpan(start: start, end: end, text: text)
        }

        mutating func unsigned() -> UInt64? {
            var value: UInt64 = 0
            // At most ten bytes of seven bits; the tenth may carry only the top bit.
            for index in 0..<10 {
                guard position < bytes.count else { return nil }
                let byte = bytes[position]
                position += 1
                if index == 9, byte > 1 { return nil }
                value |= UInt64(byte & 0x7F) << UInt64(7 * index)
                if byte & 0x80 == 0 { return value }
            }
            return nil
        }

        /// A count or length: no larger than the bytes left, since every item takes one byte at least.
        mutating func count() -> Int? {
            guard let value = unsigned(), value <= UInt64(bytes.count - position) else { return nil }
            return Int(value)
        }

        mutating func offset() -> Int? {
            guard let value = unsigned() else { return nil }
            let decoded = Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1)))
            return Int(exactly: decoded)
        }

        mutating func string() -> String? {
            guard let length = count() else { return nil }
            let slice = UnsafeRawBufferPointer(rebasing: bytes[position..<(position + length)])
            position += length
            return String(validating: slice, as: UTF8.self)
        }

        /// The tag byte of an optional, then the value: `.some(nil)` for an absent value, nil for bad bytes.
        mutating func optional<Value>(_ body: (inout Reader) -> Value?) -> Value?? {
            guard position < bytes.count else { return nil }
            let tag = bytes[position]
            position += 1
            switch tag {
            case 0: return .some(nil)
            case 1: return body(&self).map { .some($0) }
            default: return nil
            }
        }

        mutating func array<Element>(_ body: (inout Reader) -> Element?) -> [Element]? {
            guard let count = count() else { return nil }
            var elements: [Element] = []
            elements.reserveCapacity(count)
            for _ in 0..<count {
                guard let element = body(&self) else { return nil }
                elements.append(element)
            }
            return elements
        }
    }
}
