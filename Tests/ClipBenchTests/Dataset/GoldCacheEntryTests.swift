import Foundation
import Testing
@testable import ClipBench

/// The gold cache's binary entry: every annotation shape comes back equal, and no damaged,
/// foreign or crafted entry decodes (or traps).
struct GoldCacheEntryTests {
    static let key = Array(SHA256Hasher.hash(Array("a key".utf8)).bytes)

    /// Annotations at the edges of what the codec carries.
    static let contents: [GoldCacheEntry.Content] = {
        let empty = Annotation(id: "a", status: .draft, headline: nil, published: PublishedDate(value: nil, reason: .absent),
                               regions: [], entities: [], dates: [])
        // Harakat and shadda (one letter, several scalars), text outside the BMP, a byte order mark.
        let marked = "مُحَمَّد"
        let outside = "𝔸𝔹 😀 𓂀"
        let full = Annotation(
            id: "005_0123456789abcdef", status: .done, headline: "\u{FEFF}\(marked) يزور \(outside)",
            published: PublishedDate(value: "2025-02-27T01:36:37Z", evidence: TextSpan(start: 3, end: 17, text: "27 فبراير 2025")),
            regions: [Region(label: .headline, span: TextSpan(start: 0, end: 3, text: "\u{FEFF}ab")),
                      Region(label: .boilerplate, category: .advertisement, span: TextSpan(start: 3, end: 200_000, text: outside)),
                      Region(label: .body, span: TextSpan(start: 200_000, end: Int(Int32.max) + 7, text: ""))],
            entities: [EntityMention(text: marked, type: .person, start: 0, end: 8, registryID: "mohammed"),
                       EntityMention(text: outside, type: .miscellaneous, start: nil, end: nil, registryID: nil),
                       EntityMention(text: "", type: .organisation, start: 127, end: 128, registryID: "")],
            dates: [DateMention(text: "يوم الخميس", value: nil, start: 16_383, end: 16_384),
                    DateMention(text: "x", value: "2025", start: nil, end: 1)])
        // Offsets are never negative in gold, but the codec does not rely on it.
        let negative = Annotation(id: "n", status: .done, headline: "", published: PublishedDate(value: "2025-01-01"),
                                  regions: [Region(label: .metadata, span: TextSpan(start: -1, end: Int.min, text: "q"))],
                                  entities: [EntityMention(text: "z", type: .location, start: Int.max, end: -200)], dates: [])
        return [
            GoldCacheEntry.Content(annotation: empty, notes: nil),
            GoldCacheEntry.Content(annotation: empty, notes: ""),
            GoldCacheEntry.Content(annotation: full, notes: "ملاحظة\nsecond line \(outside)"),
            GoldCacheEntry.Content(annotation: negative, notes: nil),
            GoldCacheEntry.Content(annotation: Annotation(id: "many", headline: nil, published: PublishedDate(value: nil, reason: .relativeOnly),
                                                          regions: [], entities: Array(repeating: EntityMention(text: "ب", type: .location, start: 1, end: 2), count: 300),
                                                          dates: []), notes: nil),
        ]
    }()

    @Test(arguments: contents)
    func roundTrips(_ content: GoldCacheEntry.Content) {
        let entry = GoldCacheEntry.encode(content, key: Self.key)
        #expect(Array(entry.prefix(4)) == Array("CBGC".utf8))
        #expect(GoldCacheEntry.decode(entry, key: Self.key) == content)
    }

    @Test func everyTruncationAndEveryFlippedByteIsRefused() {
        let entry = GoldCacheEntry.encode(Self.contents[2], key: Self.key)
        for length in 0..<entry.count {
            #expect(GoldCacheEntry.decode(Array(entry.prefix(length)), key: Self.key) == nil, "cut at \(length)")
        }
        for index in entry.indices {
            var damaged = entry
            damaged[index] ^= 0x01
            #expect(GoldCacheEntry.decode(damaged, key: Self.key) == nil, "byte \(index) flipped")
        }
        #expect(GoldCacheEntry.decode(entry + [0], key: Self.key) == nil, "a byte too many")
    }

    @Test func anEntryOfAnotherKeyOrVersionIsRefused() {
        let entry = GoldCacheEntry.encode(Self.contents[0], key: Self.key)
        #expect(GoldCacheEntry.decode(entry, key: Array(SHA256Hasher.hash(Array("other".utf8)).bytes)) == nil)
        #expect(GoldCacheEntry.decode(entry, key: Array(Self.key.prefix(31))) == nil)
        var otherVersion = entry
        otherVersion[4] = 2
        #expect(GoldCacheEntry.decode(otherVersion, key: Self.key) == nil)
    }

    /// Crafted payloads with a valid checksum: lengths and counts past the end, an endless
    /// number, bad UTF-8, an unknown label, a bad optional tag, bytes left over.
    @Test(arguments: [
        [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F],              // an id of 2^63 bytes
        [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01],  // a number of twelve bytes
        [0x01, 0xFF],                                                              // an id that is not UTF-8
        [0x01, 0x61, 0x04] + Array("gone".utf8),                                   // an unknown status
        [0x01, 0x61, 0x04] + Array("done".utf8) + [0x07],                          // an optional tagged 7
        [0x01, 0x61, 0x04] + Array("done".utf8) + [0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F], // four billion regions
        [0x01, 0x61, 0x04] + Array("done".utf8) + [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00], // complete, then one more byte
        [] as [UInt8],
    ] as [[UInt8]])
    func craftedPayloadsAreRefused(_ payload: [UInt8]) {
        #expect(GoldCacheEntry.decode(Self.entry(payload: payload), key: Self.key) == nil)
    }

    /// The smallest complete payload decodes, so the crafted ones above fail for their flaw only.
    @Test func theCraftedFrameItselfDecodes() {
        let payload = [0x01, 0x61, 0x04] + Array("done".utf8) + [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]
        #expect(GoldCacheEntry.decode(Self.entry(payload: payload), key: Self.key)?.annotation.id == "a")
    }

    /// An entry around `payload` with a right header and checksum.
    static func entry(payload: [UInt8]) -> [UInt8] {
        var entry = GoldCacheEntry.magic + [1, 0, 0, 0] + key
        let count = UInt32(payload.count)
        entry += [UInt8(count & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count >> 16 & 0xFF), UInt8(count >> 24)]
        entry += SHA256Hasher.hash(payload).bytes + payload
        return entry
    }
}
