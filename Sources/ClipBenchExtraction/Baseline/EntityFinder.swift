import ClipBenchCore
import ClipBenchModel

/// Finds named-entity mentions with rules, typed PER, ORG, LOC or MISC.
///
/// Rules, by priority (a mention never overlaps one of higher priority):
/// 1. **role before a name** (PER): «وزير الخارجية الروسي سيرغي لافروف», «المتحدث باسم الكرملين، دميتري
///    بيسكوف»: a title or role, the words that continue it, an optional comma, then one or two name
///    words (not «ال» words, not function words); the organisation after «باسم» is an ORG;
/// 2. **name before a role** (PER): «تامي بروس، المتحدثة باسم …»;
/// 3. **organisation head** (ORG): «وزارة الخارجية الأميركية», «الحكومة الروسية» (with a country
///    adjective), «وكالة تاس» and «وكالة "تاس"» (the name alone), an abbreviation in brackets after it,
///    and the outlet after «المصدر:»;
/// 4. **place head** (LOC): «في مدينة إسطنبول», «العاصمة السعودية الرياض», «مقاطعة كورسك»;
/// 5. **gazetteer** (LOC, ORG): countries, capitals and international bodies, with a clitic و ب ل ف cut
///    off (for «لل», only the preposition's ل);
/// 6. **repeated names**: a person's full name and surname, and an organisation's name, found by a
///    rule above are found again everywhere else in the clipping;
/// 7. **Latin-script names** (MISC, or ORG with a word such as «News»): runs of capitalised words, digits
///    glued to them included («Daily8 AI»).
///
/// Treaties after «اتفاقية»/«معاهدة» (the name without the designator) and a few well-known events in the
/// gazetteer are MISC.
///
/// - Complexity: O(n) in the length of the text.
public enum EntityFinder {
    /// A candidate mention: token range in its line, scalar span, type and rule priority.
    package struct Candidate {
        package var tokens: Range<Int>
        package var start: Int
        package var end: Int
        package var type: EntityType
        package var priority: Int
    }

    public static func mentions(in text: SeedText, lines: [ClippingLine]) -> [EntityMention] {
        var perLine: [[Candidate]] = []
        var repeatable: [[String]: EntityType] = [:]
        for line in lines {
            let candidates = ruleCandidates(in: line.tokens)
            for candidate in candidates where candidate.priority <= 3 {
                let keys = line.tokens[candidate.tokens].filter(\.isWord).map(\.key)
                repeatable[keys] = candidate.type
                if candidate.type == .person, keys.count > 1, let surname = keys.last, surname.unicodeScalars.count >= 3 {
                    repeatable[[surname]] = .person
                }
            }
            perLine.append(candidates)
        }
        var byFirstWord: [String: [(keys: [String], type: EntityType)]] = [:]
        for (keys, type) in repeatable { byFirstWord[keys[0], default: []].append((keys, type)) }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { ($0.keys.count, $0.keys.joined()) > ($1.keys.count, $1.keys.joined()) } }
        let firstWords = Set(byFirstWord.keys)

        var mentions: [EntityMention] = []
        for (lineIndex, line) in lines.enumerated() {
            var candidates = perLine[lineIndex]
            candidates += sequenceMatches(in: line.tokens, table: byFirstWord, firstWords: firstWords, priority: 6)
            candidates += latinNames(in: line.tokens)
            for candidate in resolve(candidates, tokenCount: line.tokens.count) {
                mentions.append(EntityMention(text: text[candidate.start..<candidate.end], type: candidate.type, start: candidate.start, end: candidate.end))
            }
        }
        return mentions
    }

    /// Rules 1 to 5 on one line.
    package static func ruleCandidates(in tokens: [TextToken]) -> [Candidate] {
        var result: [Candidate] = []
        for index in tokens.indices where tokens[index].kind == .arabicWord {
            let key = tokens[index].key
            if ArabicMatching.strippingClitic(key, in: EntityVocabulary.roleHeads) != nil {
                result += roleBeforeName(tokens, at: index)
                if let person = nameBeforeRole(tokens, at: index) { result.append(person) }
            }
            if let (_, dropped) = ArabicMatching.strippingClitic(key, in: EntityVocabulary.organisationHeads),
               let organisation = organisationAfterHead(tokens, at: index, dropped: dropped) {
                result.append(organisation)
                if let abbreviation = bracketedAbbreviation(tokens, after: organisation.tokens.upperBound) { result.append(abbreviation) }
            }
            if key == "المصدر", let source = sourceName(tokens, after: index) { result.append(source) }
            if ArabicMatching.strippingClitic(key, in: EntityVocabulary.treatyHeads) != nil, let treaty = treatyName(tokens, after: index) {
                result.append(treaty)
            }
            if let (_, dropped) = ArabicMatching.strippingClitic(key, in: EntityVocabulary.placeHeads), dropped >= 0,
               let place = placeAfterHead(tokens, at: index) {
                result.append(place)
            }
        }
        result += sequenceMatches(in: tokens, table: EntityVocabulary.gazetteer, firstWords: EntityVocabulary.gazetteerFirstWords, priority: 5)
        return result
    }

    /// Rule 1: a role, its continuation, an optional comma, then a name.
    package static func roleBeforeName(_ tokens: [TextToken], at head: Int) -> [Candidate] {
        var result: [Candidate] = []
        var index = head + 1
        var steps = 0
        while index < tokens.count, steps < 8 {
            let token = tokens[index]
            if token.kind == .symbol, isQuote(token.text), let close = closingQuote(tokens, from: index) {
                index = close + 1
                continue
            }
            guard token.kind == .arabicWord else { break }
            let key = token.key
            if EntityVocabulary.roleObjectConnectors.contains(key) {
                // «باسم الكرملين»: the organisation spoken for.
                if key == "باسم" {
                    var end = index + 1
                    while end < tokens.count, end < index + 4, tokens[end].kind == .arabicWord, tokens[end].hasArticle { end += 1 }
                    if end > index + 1 {
                        result.append(Candidate(tokens: (index + 1)..<end, start: tokens[index + 1].start, end: tokens[end - 1].end, type: .organisation, priority: 1))
                    }
                }
                index += 2
                while index < tokens.count, tokens[index].kind == .arabicWord, tokens[index].key.hasPrefix("و"),
                      !tokens[index].hasArticle, index + 1 < tokens.count, tokens[index + 1].kind == .symbol { index += 1 }
                steps += 2
                continue
            }
            let isContinuation = token.hasArticle || EntityVocabulary.roleConnectors.contains(key)
                || ArabicMatching.strippingClitic(key, in: EntityVocabulary.roleHeads) != nil
            guard isContinuation else { break }
            index += 1
            steps += 1
        }
        if index < tokens.count, tokens[index].kind == .symbol, [",", "،"].contains(tokens[index].text) { index += 1 }
        var end = index
        while end < tokens.count, end < index + 2, isNameWord(tokens[end]), end == index || !tokens[end].key.hasPrefix("و") { end += 1 }
        if end > index {
            result.append(Candidate(tokens: index..<end, start: tokens[index].start, end: tokens[end - 1].end, type: .person, priority: 0))
        }
        return result
    }

    /// Rule 2: «تامي بروس، المتحدثة باسم …».
    package static func nameBeforeRole(_ tokens: [TextToken], at head: Int) -> Candidate? {
        guard head >= 3, tokens[head - 1].kind == .symbol, [",", "،"].contains(tokens[head - 1].text),
              isNameWord(tokens[head - 2]), isNameWord(tokens[head - 3]) else { return nil }
        return Candidate(tokens: (head - 3)..<(head - 1), start: tokens[head - 3].start, end: tokens[head - 2].end, type: .person, priority: 1)
    }

    /// Rule 3: an organisation head and the words of its name.
    package static func organisationAfterHead(_ tokens: [TextToken], at head: Int, dropped: Int) -> Candidate? {
        let next = head + 1
        guard next < tokens.count else { return nil }
        if tokens[next].kind == .symbol, isQuote(tokens[next].text), let close = closingQuote(tokens, from: next), close > next + 1 {
            return Candidate(tokens: (next + 1)..<close, start: tokens[next + 1].start, end: tokens[close - 1].end, type: .organisation, priority: 2)
        }
        let headKey = ArabicMatching.strippingClitic(tokens[head].key, in: EntityVocabulary.organisationHeads)?.key ?? ""
        // «وكالة تاس», «صحيفة بوليتيكو»: the head is a designator; the mention is the name.
        if EntityVocabulary.namedOrganisationHeads.contains(headKey), !tokens[head].hasArticle, dropped == 0, isNameWord(tokens[next]) {
            return Candidate(tokens: next..<(next + 1), start: tokens[next].start, end: tokens[next].end, type: .organisation, priority: 2)
        }
        // «الحكومة الروسية», not «الإدارة السابقة».
        if EntityVocabulary.countryDesignatedHeads.contains(headKey) {
            guard tokens[next].hasArticle, isAdjective(tokens[next]), DateVocabulary.qualifiers[tokens[next].key] == nil else { return nil }
        }
        var end = next
        let nameStart = end
        while end < tokens.count, end < next + 4, tokens[end].hasArticle,
              DateVocabulary.qualifiers[tokens[end].key] == nil, !ArabicMatching.stopWords.contains(tokens[end].key),
              end == nameStart || isAdjective(tokens[end]) { end += 1 }
        guard end > next else { return nil }
        // «للسفارة الأمريكية»: only the preposition ل is cut; the article's ل stays («لسفارة الأمريكية»).
        let start = tokens[head].offset(afterKeyScalars: dropped < 0 ? 1 : dropped)
        return Candidate(tokens: head..<end, start: start, end: tokens[end - 1].end, type: .organisation, priority: 2)
    }

    /// «وكالة المخابرات المركزية الأمريكية (سي.آي.إيه)»: the abbreviation in brackets is a mention too.
    package static func bracketedAbbreviation(_ tokens: [TextToken], after end: Int) -> Candidate? {
        guard end < tokens.count, tokens[end].text == "(" else { return nil }
        var close = end + 1
        while close < tokens.count, close <= end + 8, tokens[close].text != ")" {
            if tokens[close].kind == .symbol && ![".", "-"].contains(tokens[close].text) { return nil }
            close += 1
        }
        guard close < tokens.count, tokens[close].text == ")", close > end + 1 else { return nil }
        return Candidate(tokens: (end + 1)..<close, start: tokens[end + 1].start, end: tokens[close - 1].end, type: .organisation, priority: 2)
    }

    /// «اتفاقية ستارت الجديدة» → MISC «ستارت الجديدة»: the designator is outside, the name is a
    /// word that is not an «ال» word, with at most one «ال» word after it.
    package static func treatyName(_ tokens: [TextToken], after head: Int) -> Candidate? {
        let first = head + 1
        guard first < tokens.count, isNameWord(tokens[first]) else { return nil }
        var end = first + 1
        if end < tokens.count, tokens[end].hasArticle, !ArabicMatching.stopWords.contains(tokens[end].key),
           DateVocabulary.qualifiers[tokens[end].key] == nil { end += 1 }
        return Candidate(tokens: first..<end, start: tokens[first].start, end: tokens[end - 1].end, type: .miscellaneous, priority: 3)
    }

    /// «المصدر: الثورة نت»: the source named on a source line is an outlet.
    package static func sourceName(_ tokens: [TextToken], after cue: Int) -> Candidate? {
        guard cue + 2 < tokens.count, [":", "："].contains(tokens[cue + 1].text) else { return nil }
        var end = cue + 2
        while end < tokens.count, end < cue + 6, tokens[end].isWord { end += 1 }
        guard end > cue + 2, end == tokens.count || tokens[end].kind == .symbol else { return nil }
        return Candidate(tokens: (cue + 2)..<end, start: tokens[cue + 2].start, end: tokens[end - 1].end, type: .organisation, priority: 2)
    }

    /// Rule 4: a place head, an optional adjective after «العاصمة», then the place's name.
    package static func placeAfterHead(_ tokens: [TextToken], at head: Int) -> Candidate? {
        var next = head + 1
        guard next < tokens.count else { return nil }
        if tokens[next].kind == .symbol, isQuote(tokens[next].text), let close = closingQuote(tokens, from: next), close > next + 1 {
            return Candidate(tokens: (next + 1)..<close, start: tokens[next + 1].start, end: tokens[close - 1].end, type: .location, priority: 3)
        }
        if tokens[head].key.hasSuffix("العاصمه"), next + 1 < tokens.count, tokens[next].hasArticle,
           tokens[next].key.hasSuffix("يه") || tokens[next].key.hasSuffix("ي"), tokens[next + 1].kind == .arabicWord {
            next += 1
        }
        let token = tokens[next]
        guard token.kind == .arabicWord, !ArabicMatching.stopWords.contains(token.key), !EntityVocabulary.notNames.contains(token.key),
              DateVocabulary.qualifiers[token.key] == nil, token.key != "التي" else { return nil }
        if token.hasArticle && !EntityVocabulary.gazetteerFirstWords.contains(token.key) && !tokens[head].key.hasSuffix("العاصمه") { return nil }
        return Candidate(tokens: next..<(next + 1), start: token.start, end: token.end, type: .location, priority: 3)
    }

    /// Rules 5 and 6: word sequences from a table, the first word possibly with a clitic.
    package static func sequenceMatches(in tokens: [TextToken], table: [String: [(keys: [String], type: EntityType)]], firstWords: Set<String>, priority: Int) -> [Candidate] {
        var result: [Candidate] = []
        let words = tokens.indices.filter { tokens[$0].isWord }
        for (position, index) in words.enumerated() {
            guard let (first, dropped) = ArabicMatching.strippingClitic(tokens[index].key, in: firstWords),
                  let entries = table[first] else { continue }
            for entry in entries {
                guard position + entry.keys.count <= words.count else { continue }
                let span = words[position..<(position + entry.keys.count)]
                // The words must be adjacent: no punctuation between them.
                guard let last = span.last, last - index == entry.keys.count - 1 else { continue }
                guard zip(span.dropFirst(), entry.keys.dropFirst()).allSatisfy({ tokens[$0].key == $1 }) else { continue }
                // لل + name: only the preposition ل is cut, the article's ل stays.
                let start = tokens[index].offset(afterKeyScalars: dropped < 0 ? 1 : dropped)
                result.append(Candidate(tokens: index..<(last + 1), start: start, end: tokens[last].end, type: entry.type, priority: priority))
                break
            }
        }
        return result
    }

    /// Rule 7: runs of capitalised Latin-script words.
    package static func latinNames(in tokens: [TextToken]) -> [Candidate] {
        var result: [Candidate] = []
        var index = 0
        while index < tokens.count {
            guard isLatinName(tokens[index]) else { index += 1; continue }
            var end = index + 1
            // Digits glued to the name («Daily8») and further capitalised words after one space.
            while end < tokens.count {
                let token = tokens[end]
                let glued = token.start == tokens[end - 1].end
                if glued && (token.kind == .number || token.kind == .otherWord) { end += 1; continue }
                if token.start == tokens[end - 1].end + 1, isLatinName(token) { end += 1; continue }
                break
            }
            let keys = tokens[index..<end].map(\.key)
            let type: EntityType = keys.contains(where: EntityVocabulary.latinOrganisationWords.contains) ? .organisation : .miscellaneous
            result.append(Candidate(tokens: index..<end, start: tokens[index].start, end: tokens[end - 1].end, type: type, priority: 7))
            index = end
        }
        return result
    }

    package static func isLatinName(_ token: TextToken) -> Bool {
        guard token.kind == .otherWord, let first = token.text.unicodeScalars.first,
              first.properties.isUppercase, token.key.unicodeScalars.count >= 2 else { return false }
        return !EntityVocabulary.latinNotNames.contains(token.key)
    }

    /// A word that can be part of a person's name after a role.
    package static func isNameWord(_ token: TextToken) -> Bool {
        let key = token.key
        guard token.kind == .arabicWord, key.unicodeScalars.count >= 2, !token.hasArticle else { return false }
        if ArabicMatching.strippingClitic(key, in: ArabicMatching.stopWords) != nil { return false }
        if EntityVocabulary.notNames.contains(key) || EntityVocabulary.roleHeads.contains(key) { return false }
        if ArabicMatching.strippingClitic(key, in: EntityVocabulary.organisationHeads) != nil { return false }
        if ArabicMatching.strippingClitic(key, in: EntityVocabulary.placeHeads) != nil { return false }
        if DateVocabulary.singleWordMonths[key] != nil || DateVocabulary.units[key] != nil { return false }
        if ArabicMatching.strippingClitic(key, in: EntityVocabulary.gazetteerFirstWords) != nil { return false }
        return true
    }

    /// A relative adjective («الروسية», «الأمريكي», «المركزية») or «العام/العامة».
    package static func isAdjective(_ token: TextToken) -> Bool {
        let key = token.key
        return key.hasSuffix("ي") || key.hasSuffix("يه") || key == "العام" || key == "العامه"
    }

    package static func isQuote(_ text: String) -> Bool { ["\"", "«", "“", "'"].contains(text) }

    /// The index of the quote closing the one at `open`, within four tokens.
    package static func closingQuote(_ tokens: [TextToken], from open: Int) -> Int? {
        let closing: Set<String> = ["\"", "»", "”", "'"]
        var index = open + 1
        while index < tokens.count, index <= open + 5 {
            if tokens[index].kind == .symbol {
                return closing.contains(tokens[index].text) ? index : nil
            }
            index += 1
        }
        return nil
    }

    /// Keeps the best candidates that do not overlap: by priority, then the longer.
    package static func resolve(_ candidates: [Candidate], tokenCount: Int) -> [Candidate] {
        let ordered = candidates.sorted { ($0.priority, $1.end - $1.start, $0.start) < ($1.priority, $0.end - $0.start, $1.start) }
        var taken = [Bool](repeating: false, count: tokenCount)
        var kept: [Candidate] = []
        for candidate in ordered where candidate.tokens.allSatisfy({ !taken[$0] }) {
            for index in candidate.tokens { taken[index] = true }
            kept.append(candidate)
        }
        return kept.sorted { $0.start < $1.start }
    }
}
