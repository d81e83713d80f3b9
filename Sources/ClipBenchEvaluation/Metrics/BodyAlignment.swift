import ClipBenchCore

/// Where a predicted body's words sit in the seed: which seed words it kept, which of its own words
/// the seed does not have.
///
/// The alignment walks the body's words once, left to right, keeping a cursor in the seed:
/// - inside a run, a body word equal to the seed word at the cursor continues the run;
/// - otherwise it is anchored at its next occurrence at or after the cursor whose following words
///   (the next three body words the seed has at all) agree with the seed's, trying at most
///   ``maximumCandidates`` occurrences; a word that occurs only once in the seed anchors on its own;
/// - a word that cannot be anchored is extra text and leaves the cursor in place.
///
/// Words are compared exactly (``WordTokenizer`` words, case and marks kept). The alignment is
/// greedy and monotone: text the extractor moved backwards is not found again. It is near-linear:
/// O(n + m·k·4) for a seed of n words, a body of m words and k candidates per word.
///
/// ```swift
/// let alignment = BodyAlignment(body: "b c d", seed: SeedText("a b c d e"))
/// alignment.keptSeedWords   // [false, true, true, true, false]
/// alignment.extraBodyWords  // 0
/// ```
public struct BodyAlignment: Sendable, Hashable {
    /// How many occurrences of a word are tried as anchors before it counts as extra text.
    public static let maximumCandidates = 64
    /// How many following words must agree for an anchor away from the cursor.
    public static let anchorContext = 3

    /// The seed's words with their scalar ranges.
    public var seedWords: [Range<Int>]
    /// For each seed word, whether the body kept it.
    public var keptSeedWords: [Bool]
    /// For each body word, the index of the seed word it was aligned to, or nil for extra text.
    public var bodyToSeed: [Int?]

    /// Aligns `body` onto `seed`.
    public init(body: String, seed: SeedText) {
        let seedRanges = WordTokenizer.wordRanges(in: seed.scalars)
        var vocabulary: [String: Int32] = [:]
        vocabulary.reserveCapacity(seedRanges.count)
        var seedIdentifiers: [Int32] = []
        seedIdentifiers.reserveCapacity(seedRanges.count)
        for range in seedRanges {
            let word = seed[range]
            if let known = vocabulary[word] {
                seedIdentifiers.append(known)
            } else {
                let next = Int32(vocabulary.count)
                vocabulary[word] = next
                seedIdentifiers.append(next)
            }
        }
        let bodyIdentifiers = WordTokenizer.words(in: body).map { vocabulary[$0] ?? -1 }
        self.init(seedWords: seedRanges, seedIdentifiers: seedIdentifiers, bodyIdentifiers: bodyIdentifiers)
    }

    package init(seedWords: [Range<Int>], seedIdentifiers: [Int32], bodyIdentifiers: [Int32]) {
        self.seedWords = seedWords
        var positions: [Int32: [Int]] = [:]
        for (index, identifier) in seedIdentifiers.enumerated() { positions[identifier, default: []].append(index) }
        var kept = [Bool](repeating: false, count: seedIdentifiers.count)
        var bodyToSeed = [Int?](repeating: nil, count: bodyIdentifiers.count)
        var cursor = 0
        var inRun = false
        let seedCount = seedIdentifiers.count
        for (bodyIndex, identifier) in bodyIdentifiers.enumerated() where identifier >= 0 {
            if inRun && cursor < seedCount && seedIdentifiers[cursor] == identifier {
                kept[cursor] = true
                bodyToSeed[bodyIndex] = cursor
                cursor += 1
                continue
            }
            inRun = false
            guard let occurrences = positions[identifier] else { continue }
            // The next body words the seed has (words it lacks are extra text and cannot anchor).
            var context: [Int32] = []
            var next = bodyIndex + 1
            while context.count < Self.anchorContext && next < bodyIdentifiers.count {
                if bodyIdentifiers[next] >= 0 { context.append(bodyIdentifiers[next]) }
                next += 1
            }
            var low = 0
            var high = occurrences.count
            while low < high {
                let middle = (low + high) / 2
                if occurrences[middle] < cursor { low = middle + 1 } else { high = middle }
            }
            var candidateIndex = low
            while candidateIndex < occurrences.count && candidateIndex - low < Self.maximumCandidates {
                let candidate = occurrences[candidateIndex]
                // A word that occurs once in the whole seed anchors on its own; others need their context.
                var agrees = occurrences.count == 1
                if !agrees {
                    let length = min(context.count, seedCount - 1 - candidate)
                    agrees = (0..<length).allSatisfy { context[$0] == seedIdentifiers[candidate + 1 + $0] }
                }
                if agrees {
                    kept[candidate] = true
                    bodyToSeed[bodyIndex] = candidate
                    cursor = candidate + 1
                    inRun = true
                    break
                }
                candidateIndex += 1
            }
        }
        keptSeedWords = kept
        self.bodyToSeed = bodyToSeed
    }

    /// The number of body words not found in the seed.
    public var extraBodyWords: Int { bodyToSeed.reduce(0) { $0 + ($1 == nil ? 1 : 0) } }
}
