import Foundation

/// The ScrapingHub article-extraction-benchmark body metric for one document.
///
/// Both texts are split into words (``WordTokenizer``, Python's `\w+`, case kept); each becomes the
/// multiset of its 4-word shingles (a text of one to three words is a single shingle of all of them,
/// an empty text has none). `tp` is the size of the multiset intersection, `fp` and `fn` the
/// excesses of the prediction and of the gold; the three are then divided by their sum, so every
/// document weighs the same. `tokensEqual` tells whether the two word sequences are identical (the
/// benchmark's "accuracy").
///
/// ```swift
/// let score = BodyShingleMetric.score(gold: "a b c d e", predicted: "a b c d")
/// // shingles gold {abcd, bcde}, predicted {abcd}: tp 1/2, fp 0, fn 1/2
/// score.precision   // 1.0
/// score.recall      // 0.5
/// ```
///
/// - Complexity: O(n + m) expected, in the number of words.
public struct BodyShingleMetric: Sendable, Hashable {
    /// The shingles in common, divided by `tp + fp + fn` (0 when all three are 0).
    public var truePositive: Double
    /// The predicted shingles in excess, divided by the same sum.
    public var falsePositive: Double
    /// The gold shingles missed, divided by the same sum.
    public var falseNegative: Double
    /// Whether the word sequences of gold and prediction are equal.
    public var tokensEqual: Bool

    public init(truePositive: Double, falsePositive: Double, falseNegative: Double, tokensEqual: Bool) {
        self.truePositive = truePositive
        self.falsePositive = falsePositive
        self.falseNegative = falseNegative
        self.tokensEqual = tokensEqual
    }

    /// The shingle length of the benchmark.
    public static let shingleLength = 4

    /// Scores a predicted body against the gold body.
    public static func score(gold: String, predicted: String) -> BodyShingleMetric {
        // Words are compared by their UTF-8 bytes (Python compares code points, never canonical
        // equivalents) and numbered, so a shingle is four small integers.
        let (goldIdentifiers, predictedIdentifiers, vocabularySize) = WordVocabulary.identifiers(of: gold, and: predicted)
        return score(gold: goldIdentifiers, predicted: predictedIdentifiers, vocabularySize: vocabularySize)
    }

    /// Scores two word sequences.
    public static func score(goldWords: [String], predictedWords: [String]) -> BodyShingleMetric {
        var vocabulary: [String: Int32] = [:]
        func identifiers(_ words: [String]) -> [Int32] {
            words.map { word in
                if let known = vocabulary[word] { return known }
                let next = Int32(vocabulary.count)
                vocabulary[word] = next
                return next
            }
        }
        let gold = identifiers(goldWords)
        let predicted = identifiers(predictedWords)
        return score(gold: gold, predicted: predicted, vocabularySize: vocabulary.count)
    }

    static func score(gold: [Int32], predicted: [Int32], vocabularySize: Int) -> BodyShingleMetric {
        if vocabularySize < 0xFFFF {
            return packedScore(gold: gold, predicted: predicted)
        }
        var counts: [Shingle: Int] = [:]
        counts.reserveCapacity(gold.count)
        for shingle in shingles(gold) { counts[shingle, default: 0] += 1 }
        let goldTotal = gold.isEmpty ? 0 : max(1, gold.count - shingleLength + 1)
        var truePositive = 0
        var predictedTotal = 0
        for shingle in shingles(predicted) {
            predictedTotal += 1
            if let remaining = counts[shingle], remaining > 0 {
                counts[shingle] = remaining - 1
                truePositive += 1
            }
        }
        let falsePositive = predictedTotal - truePositive
        let falseNegative = goldTotal - truePositive
        let sum = Double(truePositive + falsePositive + falseNegative)
        let scale = sum > 0 ? 1 / sum : 1
        return BodyShingleMetric(
            truePositive: Double(truePositive) * scale, falsePositive: Double(falsePositive) * scale,
            falseNegative: Double(falseNegative) * scale, tokensEqual: gold == predicted)
    }

    /// The same computation with each shingle packed into 64 bits (four 16-bit word numbers) and
    /// counted in an open-addressing table: several times faster than hashing structs.
    static func packedScore(gold: [Int32], predicted: [Int32]) -> BodyShingleMetric {
        func packed(_ words: [Int32]) -> [UInt64] {
            if words.isEmpty { return [] }
            // A short text is one shingle padded with 0xFFFF, a number no word gets here.
            func word(_ index: Int) -> UInt64 { index < words.count ? UInt64(UInt16(truncatingIfNeeded: words[index])) : 0xFFFF }
            if words.count < shingleLength { return [word(0) << 48 | word(1) << 32 | word(2) << 16 | word(3)] }
            return (0...(words.count - shingleLength)).map { index in
                word(index) << 48 | word(index + 1) << 32 | word(index + 2) << 16 | word(index + 3)
            }
        }
        let goldShingles = packed(gold)
        var table = CountTable(minimumCapacity: goldShingles.count)
        for shingle in goldShingles { table.increment(shingle) }
        var truePositive = 0
        let predictedShingles = packed(predicted)
        for shingle in predictedShingles where table.decrementIfPositive(shingle) { truePositive += 1 }
        let falsePositive = predictedShingles.count - truePositive
        let falseNegative = goldShingles.count - truePositive
        let sum = Double(truePositive + falsePositive + falseNegative)
        let scale = sum > 0 ? 1 / sum : 1
        return BodyShingleMetric(
            truePositive: Double(truePositive) * scale, falsePositive: Double(falsePositive) * scale,
            falseNegative: Double(falseNegative) * scale, tokensEqual: gold == predicted)
    }

    /// The document's precision: 1 when nothing was missed or added, nil when nothing was predicted.
    public var precision: Double? {
        guard truePositive + falsePositive > 0 else { return nil }
        if falsePositive == 0 && falseNegative == 0 { return 1 }
        return truePositive / (truePositive + falsePositive)
    }

    /// The document's recall: 1 when nothing was missed or added, nil when the gold is empty.
    public var recall: Double? {
        guard truePositive + falseNegative > 0 else { return nil }
        if falsePositive == 0 && falseNegative == 0 { return 1 }
        return truePositive / (truePositive + falseNegative)
    }

    struct Shingle: Hashable {
        var first: Int32, second: Int32, third: Int32, fourth: Int32

        func hash(into hasher: inout Hasher) {
            // One combine instead of four: hashing dominates the metric's time.
            hasher.combine(UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second)))
            hasher.combine(UInt64(UInt32(bitPattern: third)) << 32 | UInt64(UInt32(bitPattern: fourth)))
        }
    }

    /// The shingles of a word sequence; fewer than four words make one short shingle (-1 pads it).
    static func shingles(_ words: [Int32]) -> [Shingle] {
        if words.isEmpty { return [] }
        if words.count < shingleLength {
            return [Shingle(first: words[0], second: words.count > 1 ? words[1] : -1,
                            third: words.count > 2 ? words[2] : -1, fourth: -1)]
        }
        return (0...(words.count - shingleLength)).map { index in
            Shingle(first: words[index], second: words[index + 1], third: words[index + 2], fourth: words[index + 3])
        }
    }
}

/// Numbers words by their UTF-8 bytes; equal byte sequences get equal numbers.
enum WordVocabulary {
    /// The word numbers of `first` and of `second` (``WordTokenizer`` words), and how many distinct words they have.
    static func identifiers(of first: String, and second: String) -> ([Int32], [Int32], Int) {
        var texts: [(bytes: [UInt8], ranges: [Range<Int>])] = []
        for text in [first, second] {
            var text = text
            text.makeContiguousUTF8()
            let bytes = text.utf8.withContiguousStorageIfAvailable(Array.init) ?? Array(text.utf8)
            texts.append((bytes, bytes.withUnsafeBufferPointer(WordTokenizer.wordByteRanges(in:))))
        }
        let numbers = identifiers(of: texts)
        return (numbers.sequences[0], numbers.sequences[1], numbers.distinct)
    }

    /// Numbers the words of several texts, each given as UTF-8 bytes and the byte range of each word.
    ///
    /// - Complexity: O(n) expected in the number of bytes (open addressing on FNV-1a hashes, bytes compared on a hit).
    static func identifiers(of texts: [(bytes: [UInt8], ranges: [Range<Int>])]) -> (sequences: [[Int32]], distinct: Int) {
        let total = texts.reduce(0) { $0 + $1.ranges.count }
        var capacity = 16
        while capacity < total * 2 { capacity <<= 1 }
        let mask = capacity - 1
        // Each slot holds (text, word) of a word's first occurrence, or -1 when empty.
        var slotText = [Int32](repeating: -1, count: capacity)
        var slotWord = [Int32](repeating: 0, count: capacity)
        var slotHash = [UInt64](repeating: 0, count: capacity)
        var slotNumber = [Int32](repeating: 0, count: capacity)
        var distinct: Int32 = 0
        var sequences: [[Int32]] = []
        for (textIndex, text) in texts.enumerated() {
            var sequence: [Int32] = []
            sequence.reserveCapacity(text.ranges.count)
            text.bytes.withUnsafeBufferPointer { buffer in
                for (wordIndex, range) in text.ranges.enumerated() {
                    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                    var offset = range.lowerBound
                    while offset < range.upperBound {
                        hash = (hash ^ UInt64(buffer[offset])) &* 0x0000_0100_0000_01B3
                        offset += 1
                    }
                    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
                    var number: Int32 = -1
                    while slotText[slot] >= 0 {
                        if slotHash[slot] == hash {
                            let other = texts[Int(slotText[slot])]
                            let otherRange = other.ranges[Int(slotWord[slot])]
                            if otherRange.count == range.count && other.bytes[otherRange].elementsEqual(buffer[range]) {
                                number = slotNumber[slot]
                                break
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                    if number < 0 {
                        number = distinct
                        distinct += 1
                        slotText[slot] = Int32(textIndex)
                        slotWord[slot] = Int32(wordIndex)
                        slotHash[slot] = hash
                        slotNumber[slot] = number
                    }
                    sequence.append(number)
                }
            }
            sequences.append(sequence)
        }
        return (sequences, Int(distinct))
    }
}

/// Counts of 64-bit keys in an open-addressing table (linear probing, multiplicative hashing).
struct CountTable {
    private var keys: [UInt64]
    private var counts: [Int32]
    private var occupied: [Bool]
    private let mask: Int

    init(minimumCapacity: Int) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        counts = [Int32](repeating: 0, count: capacity)
        occupied = [Bool](repeating: false, count: capacity)
        mask = capacity - 1
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while occupied[slot] && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    mutating func increment(_ key: UInt64) {
        let index = slot(of: key)
        if !occupied[index] {
            occupied[index] = true
            keys[index] = key
        }
        counts[index] += 1
    }

    /// Decrements the count of `key` and returns true when it was positive.
    mutating func decrementIfPositive(_ key: UInt64) -> Bool {
        let index = slot(of: key)
        guard occupied[index], counts[index] > 0 else { return false }
        counts[index] -= 1
        return true
    }
}
