import ClipBenchCore

/// Numbers words by their UTF-8 bytes; equal byte sequences get equal numbers.
package enum WordVocabulary {
    /// The word numbers of `first` and of `second` (``WordTokenizer`` words), and how many distinct words they have.
    package static func identifiers(of first: String, and second: String) -> ([Int32], [Int32], Int) {
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
    package static func identifiers(of texts: [(bytes: [UInt8], ranges: [Range<Int>])]) -> (sequences: [[Int32]], distinct: Int) {
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
                    let hash = StableHash.fnv1a64(buffer, range: range)
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
