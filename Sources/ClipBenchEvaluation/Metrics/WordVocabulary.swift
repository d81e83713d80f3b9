import Foundation
import ClipBenchCore

/// Numbers words by their UTF-8 bytes; equal byte sequences get equal numbers.
///
/// A gold text is numbered once (``NumberedText``): its words get 0, 1, 2… in order of first
/// occurrence. A predicted text is then numbered against it (``identifiers(of:against:)``): a gold
/// word keeps its gold number and a word the gold lacks gets the next free number, in order of
/// first occurrence. That is the numbering of the two texts numbered together, so a gold scored
/// against many outputs (`score --scrapinghub GT OUT…`) is split into words and hashed only once.
///
/// ```swift
/// let gold = WordVocabulary.NumberedText("a b a")
/// gold.identifiers                                            // [0, 1, 0]
/// WordVocabulary.identifiers(of: "b c", against: gold)        // ([1, 2], 3)
/// ```
package enum WordVocabulary {
    /// A text's words, numbered, with the table that finds a word's number by its bytes.
    ///
    /// - Complexity: building is O(n) expected in the number of bytes (open addressing on FNV-1a
    ///   hashes, bytes compared on a hit); looking a word up is O(its length) expected.
    package struct NumberedText: Sendable {
        /// The number of each word, in order.
        package let identifiers: [Int32]
        /// How many distinct words the text has (its numbers are `0..<distinct`).
        package var distinct: Int { table.count }
        fileprivate let table: WordTable

        package init(_ text: String) {
            self.init(words: Self.words(of: text))
        }

        /// - Parameter words: the text's UTF-8 bytes and the byte range of each word.
        package init(words: (bytes: [UInt8], ranges: [Range<Int>])) {
            var table = WordTable(bytes: words.bytes, expectedWords: words.ranges.count)
            identifiers = table.numberAll(words.ranges, of: words.bytes, firstNumber: 0, known: nil)
            self.table = table
        }

        /// The bytes and word ranges of a text (``WordTokenizer``'s words).
        package static func words(of text: String) -> (bytes: [UInt8], ranges: [Range<Int>]) {
            var text = text
            text.makeContiguousUTF8()
            let bytes = text.utf8.withContiguousStorageIfAvailable(Array.init) ?? Array(text.utf8)
            return (bytes, bytes.withUnsafeBufferPointer(WordTokenizer.wordByteRanges(in:)))
        }
    }

    /// The word numbers of `text` against `gold`, and the number of distinct words of both together.
    package static func identifiers(of text: String, against gold: NumberedText) -> (identifiers: [Int32], distinct: Int) {
        identifiers(of: NumberedText.words(of: text), against: gold)
    }

    /// The word numbers of a text given as bytes and word ranges, against `gold`.
    ///
    /// - Complexity: O(n) expected in the number of bytes of `words`.
    package static func identifiers(of words: (bytes: [UInt8], ranges: [Range<Int>]), against gold: NumberedText)
        -> (identifiers: [Int32], distinct: Int) {
        // The words the gold lacks are numbered in a table of their own, after the gold's numbers.
        var unknown = WordTable(bytes: words.bytes, expectedWords: words.ranges.count)
        let identifiers = unknown.numberAll(words.ranges, of: words.bytes, firstNumber: Int32(gold.distinct), known: gold.table)
        return (identifiers, gold.distinct + unknown.count)
    }

    /// The word numbers of `first` and of `second` (``WordTokenizer`` words), and how many distinct words they have.
    package static func identifiers(of first: String, and second: String) -> ([Int32], [Int32], Int) {
        let gold = NumberedText(first)
        let other = identifiers(of: second, against: gold)
        return (gold.identifiers, other.identifiers, other.distinct)
    }
}

/// An open-addressing table from words (byte ranges of one text) to their numbers.
private struct WordTable: Sendable {
    /// The text whose words the table holds.
    private let bytes: [UInt8]
    private let mask: Int
    /// The range of each slot's word in `bytes`; an empty slot has `slotStart` -1.
    private var slotStart: [Int32]
    private var slotEnd: [Int32]
    private var slotHash: [UInt64]
    private var slotNumber: [Int32]
    /// How many words the table holds.
    private(set) var count = 0

    init(bytes: [UInt8], expectedWords: Int) {
        self.bytes = bytes
        var capacity = 16
        while capacity < expectedWords * 2 { capacity <<= 1 }
        mask = capacity - 1
        slotStart = [Int32](repeating: -1, count: capacity)
        slotEnd = [Int32](repeating: 0, count: capacity)
        slotHash = [UInt64](repeating: 0, count: capacity)
        slotNumber = [Int32](repeating: 0, count: capacity)
    }

    /// The number of each word of `ranges` (in `text`, the table's own bytes): its number in
    /// `known` when that table holds it, else its number here, a new one (`firstNumber`,
    /// `firstNumber + 1`…) for a word seen the first time.
    mutating func numberAll(_ ranges: [Range<Int>], of text: [UInt8], firstNumber: Int32, known: WordTable?) -> [Int32] {
        var numbers: [Int32] = []
        numbers.reserveCapacity(ranges.count)
        text.withUnsafeBufferPointer { buffer in
            for range in ranges {
                let hash = StableHash.fnv1a64(buffer, range: range)
                if let known, let number = known.number(of: buffer, range, hash: hash) {
                    numbers.append(number)
                } else {
                    numbers.append(insert(buffer, range, hash: hash, firstNumber: firstNumber))
                }
            }
        }
        return numbers
    }

    /// The number of the word `buffer[range]`, or nil when the table does not hold it.
    func number(of buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Int32? {
        var slot = Self.firstSlot(hash, mask: mask)
        return bytes.withUnsafeBufferPointer { own in
            while slotStart[slot] >= 0 {
                if slotHash[slot] == hash, Self.equal(own, Int(slotStart[slot])..<Int(slotEnd[slot]), buffer, range) {
                    return slotNumber[slot]
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// The number of `buffer[range]` (a word of the table's own text), given the next one when it is new.
    private mutating func insert(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, firstNumber: Int32) -> Int32 {
        var slot = Self.firstSlot(hash, mask: mask)
        while slotStart[slot] >= 0 {
            if slotHash[slot] == hash, Self.equal(buffer, Int(slotStart[slot])..<Int(slotEnd[slot]), buffer, range) {
                return slotNumber[slot]
            }
            slot = (slot + 1) & mask
        }
        let number = firstNumber + Int32(count)
        slotStart[slot] = Int32(range.lowerBound)
        slotEnd[slot] = Int32(range.upperBound)
        slotHash[slot] = hash
        slotNumber[slot] = number
        count += 1
        return number
    }

    @inline(__always)
    private static func firstSlot(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    @inline(__always)
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, _ second: Range<Int>) -> Bool {
        guard first.count == second.count else { return false }
        guard let left = a.baseAddress, let right = b.baseAddress else { return first.isEmpty }
        return memcmp(left + first.lowerBound, right + second.lowerBound, first.count) == 0
    }
}
