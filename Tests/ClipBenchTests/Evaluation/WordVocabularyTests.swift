import Testing
@testable import ClipBench

struct WordVocabularyTests {
    @Test(arguments: [
        ("a b a", "b c", [0, 1, 0], [1, 2], 3),
        ("", "", [], [], 0),
        ("", "x x", [], [0, 0], 1),
        // Words are told apart by their bytes: case, harakat, alef forms and digits are not folded here.
        ("Word word", "WORD", [0, 1], [2], 3),
        // Harakat and shadda split a word (as in the tokenizer): م ح م د, then the bare word.
        ("مُحَمَّد محمد", "محمد", [0, 1, 0, 2, 3], [3], 4),
        ("أحمد احمد", "احمد أحمد", [0, 1], [1, 0], 2),
        ("٢٠٢٥ 2025", "2025", [0, 1], [1], 2),
        // Punctuation separates words; an emoji is not a word.
        ("«الرياض»، اليوم 😀", "اليوم الرياض", [0, 1], [1, 0], 2),
    ])
    func numbersEqualWordsEqually(first: String, second: String, firstNumbers: [Int32], secondNumbers: [Int32], distinct: Int) {
        let (a, b, count) = WordVocabulary.identifiers(of: first, and: second)
        #expect(a == firstNumbers)
        #expect(b == secondNumbers)
        #expect(count == distinct)
    }

    @Test func numbersFollowTheTokenizersWords() {
        let first = "ولي العهد يلتقي وزير الخارجية في الرياض اليوم"
        let second = "وزير الخارجية يصل الرياض"
        let (a, b, count) = WordVocabulary.identifiers(of: first, and: second)
        let words = WordTokenizer.words(in: first) + WordTokenizer.words(in: second)
        let numbers = a + b
        #expect(numbers.count == words.count)
        #expect(count == Set(words).count)
        // Two positions share a number exactly when they hold the same word.
        for i in words.indices {
            for j in words.indices {
                #expect((numbers[i] == numbers[j]) == (words[i] == words[j]))
            }
        }
    }

    /// Many distinct words, so the open-addressing table probes past collisions.
    @Test(arguments: [1, 1_000, 20_000])
    func keepsManyWordsApart(count: Int) {
        let words = (0..<count).map { "w\($0)" }
        let first = words.joined(separator: " ")
        let second = words.reversed().joined(separator: " ")
        let (a, b, distinct) = WordVocabulary.identifiers(of: first, and: second)
        #expect(distinct == count)
        #expect(a == (0..<count).map(Int32.init))
        #expect(b == a.reversed())
    }

    /// Numbering a text against a gold numbered once gives the numbers of the two numbered
    /// together, so a ground truth shared by many outputs is split into words once.
    @Test(arguments: [
        ("a b a", "b c"),
        ("", "x x"),
        ("x x", ""),
        ("مُحَمَّد محمد", "محمد مُحَمَّد جديد"),
        // Text outside the Basic Multilingual Plane: the emoji is no word, the letters are.
        ("𝐀𝐁 and 😀 words", "words 𝐀𝐁 new 𝐀𝐁"),
        ("one two three four five", "five four three two one six seven"),
    ])
    func numbersAgainstANumberedGoldAsTogether(gold: String, predicted: String) {
        // An independent numbering: the tokenizer's words keyed by their bytes (a `String` key
        // would merge canonical equivalents), gold first, in order of first occurrence.
        var reference: [[UInt8]: Int32] = [:]
        func number(_ text: String) -> [Int32] {
            WordTokenizer.words(in: text).map { word in
                let key = Array(word.utf8)
                if let known = reference[key] { return known }
                reference[key] = Int32(reference.count)
                return Int32(reference.count - 1)
            }
        }
        let expectedGold = number(gold)
        let expectedPrediction = number(predicted)
        let numberedGold = WordVocabulary.NumberedText(gold)
        let against = WordVocabulary.identifiers(of: predicted, against: numberedGold)
        #expect(numberedGold.identifiers == expectedGold)
        #expect(against.identifiers == expectedPrediction)
        #expect(against.distinct == reference.count)
        // The gold can be used again: a second prediction is numbered the same way.
        #expect(WordVocabulary.identifiers(of: predicted, against: numberedGold).identifiers == against.identifiers)
    }

    @Test func numbersAWordTheGoldLacksAfterTheGoldsWords() {
        let gold = WordVocabulary.NumberedText("a b c")
        let numbered = WordVocabulary.identifiers(of: "z a z y", against: gold)
        #expect(numbered.identifiers == [3, 0, 3, 4])
        #expect(numbered.distinct == 5)
        #expect(gold.distinct == 3)
    }
}
