@testable import ClipBench

/// A small clipping assembled from labelled lines, with offsets computed in scalars.
struct MetricsTestClipping {
    var seed: SeedText
    var annotation: Annotation

    /// Builds a clipping whose lines are the given pieces, each one region.
    init(id: String = "t1", lines: [(RegionLabel, String)], headline: String? = nil, published: String? = nil,
         entities: [(String, EntityType, String?)] = [], dates: [(String, String?)] = []) {
        var text = ""
        var regions: [Region] = []
        var offset = 0
        for (index, (label, line)) in lines.enumerated() {
            let length = line.unicodeScalars.count
            regions.append(Region(label: label, category: label == .boilerplate ? .other : nil,
                                  span: TextSpan(start: offset, end: offset + length, text: line)))
            text += line
            offset += length
            if index < lines.count - 1 {
                text += "\n"
                offset += 1
            }
        }
        let seed = SeedText(text)
        self.seed = seed
        func firstSpan(of quote: String) -> (Int, Int) {
            let start = seed.occurrences(of: quote).first ?? 0
            return (start, start + quote.unicodeScalars.count)
        }
        annotation = Annotation(
            id: id, headline: headline,
            published: PublishedDate(value: published, reason: published == nil ? .absent : nil),
            regions: regions,
            entities: entities.map { quote, type, registryID in
                let (start, end) = firstSpan(of: quote)
                return EntityMention(text: quote, type: type, start: start, end: end, registryID: registryID)
            },
            dates: dates.map { quote, value in
                let (start, end) = firstSpan(of: quote)
                return DateMention(text: quote, value: value, start: start, end: end)
            })
    }

    /// The gold as a prediction with every key, as `clipbench gold` prints it.
    var goldPrediction: Prediction {
        Prediction(
            id: annotation.id, attempted: Set(PredictionTask.allCases), headline: annotation.headline,
            published: annotation.published.value, body: DocumentScore.goldBody(of: annotation),
            regions: annotation.regions.map(PredictedRegion.init), entities: annotation.entities, dates: annotation.dates)
    }

    /// The sample used across the metric tests: Arabic with harakat and tatweel, every region kind.
    static func sample(id: String = "t1") -> MetricsTestClipping {
        MetricsTestClipping(
            id: id,
            lines: [
                (.boilerplate, "الرئيسية | أخبار | رياضة"),
                (.headline, "بوتين يستقبل شي في موسكو"),
                (.metadata, "الرياض - 10 أبريل 2025"),
                (.body, "استقبل الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في موسكو يوم ١٨ فبراير."),
                (.body, "وقالت وكالة تاس إن المُحادَثات ستـستمر حتى الغد."),
                (.boilerplate, "شارك على فيسبوك"),
            ],
            headline: "بوتين يستقبل شي في موسكو", published: "2025-04-10",
            entities: [("بوتين", .person, "putin"), ("موسكو", .location, "moscow"), ("الرياض", .location, nil),
                       ("فلاديمير بوتين", .person, "putin"), ("شي جين بينغ", .person, "xi"), ("وكالة تاس", .organisation, "tass")],
            dates: [("10 أبريل 2025", "2025-04-10"), ("١٨ فبراير", "2025-02-18"), ("الغد", nil)])
    }
}

extension MetricsTestClipping {
    /// Counts this clipping with one metric alone: its statistics, the tasks it marked attempted,
    /// and its groups' figures by dotted path (`headline.f1`, `published.tp`).
    func counted<M: Metric>(by metric: M.Type, prediction: Prediction?) -> (statistics: ScoreStatistics, attempted: Set<ScoredTask>, figures: [String: Double]) {
        var statistics = ScoreStatistics()
        var attempted: Set<ScoredTask> = []
        metric.count(ScoringInput(gold: annotation, seed: seed, prediction: prediction), slots: metric.slots,
                     into: &statistics, attempted: &attempted)
        var figures: [String: Double] = [:]
        for group in metric.groups(slots: metric.slots) {
            let name = group.path.joined(separator: ".")
            for measure in group.measures { if let value = measure.value(statistics) { figures[name + "." + measure.name] = value } }
            for count in group.counts { figures[name + "." + count.name] = Double(count.value(statistics)) }
        }
        return (statistics, attempted, figures)
    }
}
