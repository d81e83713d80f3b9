// The evaluator's benchmark (issue 3, "Speed"): run with `swift run -c release clipbench-benchmark`.
//
//   clipbench-benchmark [--scrapinghub DIR] [--seeds DIR] [--replicates N] [--sizes 10000,20000]
//   clipbench-benchmark baseline [--pages DIR] [--dataset DIR] [--misses]   (see BaselineBenchmark.swift)
//   clipbench-benchmark json [--lines] [--repeat N] FILE…                   (see JSONBenchmark.swift)
//
// 1. Scores the eight shipped ScrapingHub outputs with N bootstrap replicates (default 1000), each
//    output timed from reading its file to the finished result.
// 2. Scores synthetic corpora of the given sizes (default 10,000 and 20,000 clippings) made by varying
//    the seeds: every clipping is a seed with its lines rotated and some dropped, a synthetic gold
//    (regions, headline, date, entities, dates) and a perturbed prediction, built in memory one at a
//    time and streamed into the evaluator. Prints the time and the peak resident memory (VmHWM).
import ClipBench
import Foundation

struct Options {
    var scrapingHub: String?
    var seeds: String?
    var replicates = 1000
    var sizes = [10_000, 20_000]

    init(arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--scrapinghub": scrapingHub = iterator.next()
            case "--seeds": seeds = iterator.next()
            case "--replicates": replicates = iterator.next().flatMap(Int.init) ?? replicates
            case "--sizes": sizes = iterator.next().map { $0.split(separator: ",").compactMap { Int($0) } } ?? sizes
            default:
                FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
                exit(64)
            }
        }
    }
}

func peakMemoryKilobytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }
    return -1
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let duration = ContinuousClock.now - start
    return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

/// CPU seconds used by this process so far (user + system), less sensitive than wall time to other load.
func processorSeconds() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
}

func firstExisting(_ candidates: [String]) -> String? {
    candidates.first { FileManager.default.fileExists(atPath: $0) }
}

if CommandLine.arguments.dropFirst().first == "baseline" {
    exit(runBaselineBenchmark(arguments: Array(CommandLine.arguments.dropFirst(2))))
}
if CommandLine.arguments.dropFirst().first == "json" {
    exit(runJSONBenchmark(arguments: Array(CommandLine.arguments.dropFirst(2))))
}

let options = Options(arguments: CommandLine.arguments)
let format = { (value: Double) in String(format: "%.3f", value) }

// MARK: ScrapingHub

if let folder = options.scrapingHub ?? firstExisting(["../shared/external/article-extraction-benchmark", "../../shared/external/article-extraction-benchmark"]) {
    let start = ContinuousClock.now
    do {
        let truth = try ScrapingHubScorer.articleBodies(jsonData: Data(contentsOf: URL(fileURLWithPath: "\(folder)/ground-truth.json")))
        print("ScrapingHub benchmark: \(truth.count) pages, \(options.replicates) bootstrap replicates; ground truth read in \(format(seconds(since: start))) s")
        print("extractor        F1     precision recall accuracy  (± std)          time")
        let names = try FileManager.default.contentsOfDirectory(atPath: "\(folder)/output").filter { $0.hasSuffix(".json") }.sorted()
        let all = ContinuousClock.now
        let allProcessor = processorSeconds()
        for name in names {
            let one = ContinuousClock.now
            let oneProcessor = processorSeconds()
            let output = try ScrapingHubScorer.articleBodies(jsonData: Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/\(name)")))
            let result = ScrapingHubScorer.score(groundTruth: truth, output: output, replicates: options.replicates, seed: 0)
            let elapsed = seconds(since: one)
            let processor = processorSeconds() - oneProcessor
            let values = [result.f1, result.precision, result.recall, result.accuracy].map { format($0.value ?? .nan) }
            let spread = format(result.f1.summary?.standardDeviation ?? .nan)
            print("\(name.dropLast(5).padding(toLength: 16, withPad: " ", startingAt: 0)) \(values.joined(separator: "  "))  (F1 ± \(spread))  \(String(format: "%.1f", elapsed * 1000)) ms (CPU \(String(format: "%.1f", processor * 1000)) ms)")
        }
        let total = seconds(since: all)
        let totalProcessor = processorSeconds() - allProcessor
        print("all \(names.count) outputs: \(format(total)) s wall (\(String(format: "%.1f", total * 1000 / Double(max(1, names.count)))) ms per output), "
              + "\(format(totalProcessor)) s CPU (\(String(format: "%.1f", totalProcessor * 1000 / Double(max(1, names.count)))) ms per output); peak memory \(peakMemoryKilobytes()) kB\n")
    } catch {
        print("ScrapingHub benchmark skipped: \(error)\n")
    }
} else {
    print("ScrapingHub benchmark skipped: no ../shared/external/article-extraction-benchmark (use --scrapinghub DIR)\n")
}

// MARK: Synthetic corpus

guard let seedFolder = options.seeds ?? firstExisting(["seeds", "../main/seeds"]),
      let seedNames = try? FileManager.default.contentsOfDirectory(atPath: seedFolder).filter({ $0.hasSuffix(".txt") }).sorted(),
      !seedNames.isEmpty else {
    print("synthetic benchmark skipped: no seeds folder (use --seeds DIR)")
    exit(0)
}
let seedLines: [[String]] = seedNames.compactMap { name in
    (try? String(contentsOfFile: "\(seedFolder)/\(name)", encoding: .utf8))?
        .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
}

/// A synthetic clipping: seed `index % seeds`, lines rotated by `index`, every `(index % 7 + 3)`-th line dropped.
func syntheticClipping(_ index: Int, random: inout SplitMix64) -> (Annotation, SeedText, Prediction) {
    let lines = seedLines[index % seedLines.count]
    let rotation = (index / seedLines.count) % max(1, lines.count)
    let step = index % 7 + 3
    var chosen: [String] = []
    for (position, line) in (lines[rotation...] + lines[..<rotation]).enumerated() where position % step != step - 1 {
        chosen.append(line)
    }
    let text = chosen.joined(separator: "\n")
    let seed = SeedText(text)
    var regions: [Region] = []
    var offset = 0
    for (position, line) in chosen.enumerated() {
        let length = line.unicodeScalars.count
        let label: RegionLabel = position == 1 ? .headline : (position == 2 ? .metadata : (position % 4 == 0 ? .boilerplate : .body))
        regions.append(Region(label: label, category: label == .boilerplate ? .other : nil,
                              span: TextSpan(start: offset, end: offset + length, text: line)))
        offset += length + 1
    }
    let words = WordTokenizer.wordRanges(in: seed.scalars)
    var entities: [EntityMention] = []
    var dates: [DateMention] = []
    for (position, word) in words.enumerated() {
        if position % 9 == 4 {
            let type = EntityType.allCases[(position / 9) % 4]
            entities.append(EntityMention(text: seed[word], type: type, start: word.lowerBound, end: word.upperBound,
                                          registryID: position % 2 == 0 ? "e\(word.count)" : nil))
        }
        let first = seed.scalars[word.lowerBound].value
        if (0x30...0x39).contains(first) || (0x660...0x669).contains(first) {
            dates.append(DateMention(text: seed[word], value: "2025-0\(word.count % 9 + 1)", start: word.lowerBound, end: word.upperBound))
        }
    }
    let headline = chosen.count > 1 ? chosen[1] : nil
    let gold = Annotation(id: String(format: "syn_%06d", index), headline: headline,
                          published: PublishedDate(value: "2025-04-\(10 + index % 18)"), regions: regions,
                          entities: entities, dates: dates)
    // The prediction: most of the gold, with deterministic noise.
    func keep(_ rate: Double) -> Bool { random.nextUnitDouble() < rate }
    let body = regions.filter { $0.label == .body && keep(0.85) }.map(\.span.text).joined(separator: "\n")
    let predictedEntities = entities.compactMap { mention -> EntityMention? in
        guard keep(0.8) else { return nil }
        var copy = mention
        if keep(0.1), let end = copy.end, let start = copy.start, end - start > 1 { copy.end = end - 1 }
        if keep(0.1) { copy.type = .miscellaneous }
        return copy
    }
    let predictedDates = dates.filter { _ in keep(0.9) }
    let prediction = Prediction(
        id: gold.id, attempted: Set(PredictionTask.allCases),
        headline: keep(0.7) ? headline : chosen.first, published: keep(0.8) ? gold.published.value : "2025-01-01",
        body: body, regions: regions.filter { $0.label == .boilerplate && keep(0.9) }.map(PredictedRegion.init),
        entities: predictedEntities, dates: predictedDates)
    return (gold, seed, prediction)
}

print("synthetic corpus from \(seedLines.count) seeds in \(seedFolder), \(options.replicates) bootstrap replicates")
for size in options.sizes {
    let start = ContinuousClock.now
    let startProcessor = processorSeconds()
    var evaluator = Evaluator(configuration: EvaluationConfiguration(
        extractor: "synthetic", bootstrapReplicates: options.replicates, seed: 1, keepsDocuments: false))
    var random = SplitMix64(seed: 42)
    for index in 0..<size {
        let (gold, seed, prediction) = syntheticClipping(index, random: &random)
        evaluator.add(gold: gold, seed: seed, prediction: prediction)
    }
    let report = ScorecardJSONRenderer.jsonValue(of: ScoreReport(scorecard: evaluator.scorecard())).serialized()
    let elapsed = seconds(since: start)
    let processor = processorSeconds() - startProcessor
    let f1 = evaluator.scorecard().measure("entities.strict.f1")?.value ?? .nan
    print("\(size) clippings: \(format(elapsed)) s wall, \(format(processor)) s CPU (\(String(format: "%.1f", processor * 1e6 / Double(size))) µs CPU per clipping), "
          + "entities.strict.f1 \(format(f1)), report \(report.utf8.count) bytes, peak memory (VmHWM) \(peakMemoryKilobytes()) kB")
}
