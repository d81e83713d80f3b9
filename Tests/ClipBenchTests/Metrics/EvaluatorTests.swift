import Testing
@testable import ClipBench

@Suite struct EvaluatorTests {
    /// Every number named like a score in a report object, with its dotted path.
    static func scores(in value: JSONValue, path: String = "") -> [(String, JSONValue)] {
        guard case .object(let members) = value else { return [] }
        var found: [(String, JSONValue)] = []
        for (key, member) in members where key != "std" && key != "interval" {
            let here = path.isEmpty ? key : "\(path).\(key)"
            if ["precision", "recall", "f1", "accuracy", "exact_match", "value_accuracy", "value_f1"].contains(key) {
                found.append((here, member))
            } else {
                found += scores(in: member, path: here)
            }
        }
        return found
    }

    static func metrics(of scorecard: Scorecard) -> JSONValue {
        guard case .object(let members) = ScorecardJSONRenderer.jsonValue(of: ScoreReport(scorecard: scorecard)), let metrics = members.first(where: { $0.0 == "metrics" }) else { return .null }
        return metrics.1
    }

    @Test func goldAgainstItselfScoresOneEverywhere() {
        var evaluator = Evaluator(configuration: EvaluationConfiguration(bootstrapReplicates: 20, seed: 1))
        for id in ["a", "b", "c"] {
            let clipping = MetricsTestClipping.sample(id: id)
            evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: clipping.goldPrediction)
        }
        let scorecard = evaluator.scorecard()
        let scores = Self.scores(in: Self.metrics(of: scorecard))
        #expect(scores.count > 60)
        for (path, value) in scores {
            #expect(value == .number(1), "\(path) is \(value.serialized())")
        }
        for row in scorecard.documents {
            for (path, value) in Self.scores(in: ScorecardJSONRenderer.jsonValue(of: DocumentReport(score: row))) {
                #expect(value == .number(1), "\(row.id) \(path) is \(value.serialized())")
            }
        }
    }

    @Test func reportHasTheKeysOfSpecSection6() {
        let clipping = MetricsTestClipping.sample()
        var evaluator = Evaluator(configuration: EvaluationConfiguration(extractor: "x", goldFingerprint: "abc", bootstrapReplicates: 5))
        evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: clipping.goldPrediction)
        guard case .object(let top) = ScorecardJSONRenderer.jsonValue(of: ScoreReport(scorecard: evaluator.scorecard())) else { Issue.record("not an object"); return }
        #expect(top.map(\.0) == ["extractor", "version", "gold_fingerprint", "documents_scored", "missing", "attempted", "bootstrap", "metrics", "documents"])
        guard case .object(let metrics)? = top.first(where: { $0.0 == "metrics" })?.1 else { Issue.record("no metrics"); return }
        #expect(metrics.map(\.0) == ["headline", "published", "body", "boilerplate", "entities", "dates"])
        guard case .object(let entities)? = metrics.first(where: { $0.0 == "entities" })?.1 else { Issue.record("no entities"); return }
        #expect(entities.map(\.0) == ["strict", "exact", "partial", "type", "by_type", "text", "registry"])
        guard case .object(let strict)? = entities.first?.1 else { Issue.record("no strict"); return }
        #expect(Array(strict.map(\.0).prefix(3)) == ["precision", "recall", "f1"])
        #expect(strict.contains { $0.0 == "std" } && strict.contains { $0.0 == "interval" })
        guard case .array(let documents)? = top.first(where: { $0.0 == "documents" })?.1,
              case .object(let row)? = documents.first else { Issue.record("no documents"); return }
        #expect(row.map(\.0) == ["id", "missing", "metrics"])
    }

    @Test func droppingOneEntityLowersRecallByOneMention() throws {
        let clipping = MetricsTestClipping.sample()
        var prediction = clipping.goldPrediction
        prediction.entities.removeLast()
        var evaluator = Evaluator(configuration: EvaluationConfiguration(bootstrapReplicates: 0))
        evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: prediction)
        let scorecard = evaluator.scorecard()
        let mentions = Double(clipping.annotation.entities.count)
        for schema in EntitySchema.allCases {
            #expect(scorecard.measure("entities.\(schema.rawValue).recall")?.value == (mentions - 1) / mentions)
            #expect(scorecard.measure("entities.\(schema.rawValue).precision")?.value == 1)
        }
    }

    @Test func absentKeysAreNotAttemptedNeverZero() throws {
        let clipping = MetricsTestClipping.sample()
        var prediction = Prediction(id: clipping.annotation.id, attempted: [.headline], headline: clipping.annotation.headline)
        prediction.body = "ignored"
        var evaluator = Evaluator(configuration: EvaluationConfiguration(bootstrapReplicates: 10))
        evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: prediction)
        let scorecard = evaluator.scorecard()
        #expect(scorecard.group(["headline"])?.attempted == true)
        for path in [["body"], ["published"], ["boilerplate"], ["entities", "strict"], ["dates", "relaxed"]] {
            #expect(scorecard.group(path)?.attempted == false)
        }
        let metrics = Self.metrics(of: scorecard)
        guard case .object(let groups) = metrics else { Issue.record("metrics is not an object"); return }
        #expect(groups.first { $0.0 == "body" }?.1 == .object([("attempted", .bool(false))]))
        #expect(groups.first { $0.0 == "published" }?.1 == .object([("attempted", .bool(false))]))
    }

    @Test func emptyListsAreAttemptedAndScoreZeroRecall() {
        let clipping = MetricsTestClipping.sample()
        let prediction = Prediction(id: clipping.annotation.id, attempted: [.entities, .dates])
        var evaluator = Evaluator(configuration: EvaluationConfiguration(bootstrapReplicates: 0))
        evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: prediction)
        let scorecard = evaluator.scorecard()
        #expect(scorecard.group(["entities", "strict"])?.attempted == true)
        #expect(scorecard.measure("entities.strict.recall")?.value == 0)
        #expect(scorecard.measure("dates.relaxed.recall")?.value == 0)
    }

    @Test func missingClippingsKeepTheirGoldForRecall() {
        let first = MetricsTestClipping.sample(id: "a"), second = MetricsTestClipping.sample(id: "b")
        var evaluator = Evaluator(configuration: EvaluationConfiguration(bootstrapReplicates: 0))
        evaluator.add(gold: first.annotation, seed: first.seed, prediction: first.goldPrediction)
        evaluator.add(gold: second.annotation, seed: second.seed, prediction: nil)
        let scorecard = evaluator.scorecard()
        #expect(scorecard.missingCount == 1)
        #expect(scorecard.measure("entities.strict.recall")?.value == 0.5)
        #expect(scorecard.measure("entities.strict.precision")?.value == 1)
        #expect(scorecard.measure("headline.f1")?.value == 0.5)
        #expect(scorecard.measure("published.recall")?.value == 0.5)
        #expect(scorecard.measure("published.accuracy")?.value == 0.5)
        #expect(scorecard.measure("body.recall")?.value == 0.5)
        #expect(scorecard.measure("body.precision")?.value == 1)
        #expect(scorecard.documents.last?.isMissing == true)
    }

    @Test func reportIsIdenticalWhateverTheOrder() {
        let clippings = (0..<6).map { MetricsTestClipping.sample(id: "c\($0)") }
        func report(_ order: [Int]) -> String {
            var evaluator = Evaluator(configuration: EvaluationConfiguration(bootstrapReplicates: 200, seed: 9, keepsDocuments: false))
            for index in order {
                var prediction = clippings[index].goldPrediction
                if index % 2 == 0 { prediction.entities.removeFirst(index / 2) }
                if index % 3 == 0 { prediction.headline = "شي" }
                evaluator.add(gold: clippings[index].annotation, seed: clippings[index].seed, prediction: prediction)
            }
            return ScorecardJSONRenderer.render(ScoreReport(scorecard: evaluator.scorecard()))
        }
        let forward = report(Array(0..<6))
        #expect(forward == report([5, 3, 1, 0, 2, 4]))
        #expect(forward == report(Array(0..<6)))
        #expect(forward.contains("\"std\""))
    }

    @Test func documentsStreamToTheSink() {
        final class Box: @unchecked Sendable { var ids: [String] = [] }
        let box = Box()
        var evaluator = Evaluator(configuration: EvaluationConfiguration(bootstrapReplicates: 0, keepsDocuments: false),
                                  onDocument: { box.ids.append($0.id) })
        for id in ["x", "y"] {
            let clipping = MetricsTestClipping.sample(id: id)
            evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: clipping.goldPrediction)
        }
        #expect(box.ids == ["x", "y"])
        #expect(evaluator.scorecard().documents.isEmpty)
    }

    @Test func registryIDsResolveThroughTheResolver() {
        let clipping = MetricsTestClipping.sample()
        var prediction = clipping.goldPrediction
        prediction.entities = prediction.entities.map { EntityMention(text: $0.text, type: $0.type) }
        let resolver = EntityNameResolver(aliases: ["بوتين": "putin", "فلاديمير بوتين": "putin", "موسكو": "moscow", "شي جين بينغ": "xi"])
        var evaluator = Evaluator(configuration: EvaluationConfiguration(bootstrapReplicates: 0), resolver: resolver)
        evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: prediction)
        let scorecard = evaluator.scorecard()
        // Gold ids {putin, moscow, xi, tass}; resolved {putin, moscow, xi}.
        #expect(scorecard.measure("entities.registry.precision")?.value == 1)
        #expect(scorecard.measure("entities.registry.recall")?.value == 0.75)
        #expect(scorecard.measure("entities.text.f1")?.value == 1)
        // Without offsets the span schemas are not attempted.
        #expect(scorecard.group(["entities", "strict"])?.attempted == false)
    }

    @Test func pairedBootstrapComparesTheSameResamples() throws {
        let clippings = (0..<8).map { MetricsTestClipping.sample(id: "p\($0)") }
        func scorecard(dropping: Int) -> Scorecard {
            var evaluator = Evaluator(configuration: EvaluationConfiguration(bootstrapReplicates: 100, seed: 4))
            for clipping in clippings {
                var prediction = clipping.goldPrediction
                prediction.entities.removeFirst(dropping)
                evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: prediction)
            }
            return evaluator.scorecard()
        }
        let differences = try PairedBootstrap.compare(base: scorecard(dropping: 2), new: scorecard(dropping: 0))
        let recall = try #require(differences.first { $0.group == "entities.strict" && $0.name == "recall" })
        // Every document loses the same two of six mentions: the difference is 2/6 in every replicate.
        #expect(abs((recall.difference ?? 0) - 2.0 / 6) < 1e-12)
        #expect(abs((recall.summary?.standardDeviation ?? 1)) < 1e-12)
        #expect(recall.shareImproved == 1)
        #expect(recall.isSignificant)

        var other = Evaluator(configuration: EvaluationConfiguration(bootstrapReplicates: 100, seed: 5))
        other.add(gold: clippings[0].annotation, seed: clippings[0].seed, prediction: nil)
        #expect(throws: PairedBootstrap.Mismatch.self) { try PairedBootstrap.compare(base: scorecard(dropping: 0), new: other.scorecard()) }
    }
}
