// `clipbench-benchmark baseline`: the baseline's accuracy on the development pages (issue 8) beside its
// scores on the seeds.
//
//   clipbench-benchmark baseline [--pages DIR] [--dataset DIR] [--misses]
//
// Prints, per class of page, language and split, how many headlines and publication days the baseline gets
// right on the hand-written pages of Tests/Fixtures/pages (`--misses` lists the wrong ones), then the seed
// metrics of `clipbench score` for headline, publication date and body. The seeds are an upper bound: the
// baseline's rules were first written while reading them.
import ClipBench
import Foundation

func runBaselineBenchmark(arguments: [String]) -> Int32 {
    var pagesFolder = "Tests/Fixtures/pages"
    var datasetFolder = "."
    var showsMisses = false
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
        switch argument {
        case "--pages": pagesFolder = iterator.next() ?? pagesFolder
        case "--dataset": datasetFolder = iterator.next() ?? datasetFolder
        case "--misses": showsMisses = true
        default:
            FileHandle.standardError.write(Data("error: unknown argument \(argument) (baseline takes --pages DIR, --dataset DIR, --misses)\n".utf8))
            return 64
        }
    }
    let pages: PageSet
    do { pages = try PageSet.load(folder: URL(fileURLWithPath: pagesFolder)) } catch {
        FileHandle.standardError.write(Data("\(error.diagnostic)\n".utf8))
        return 1
    }
    let extractor = BaselineExtractor()
    let score = PageSetScore(pages: pages.pages, extractor: extractor)
    print("The baseline on the development pages (\(pagesFolder), \(pages.pages.count) pages; headline exact, date by the day):")
    print(score.table())
    if showsMisses {
        print("\nwrong:")
        for miss in score.misses() { print("  \(miss)") }
    }

    let layout = DatasetLayout(root: URL(fileURLWithPath: datasetFolder))
    let builtIn = BuiltInPredictions.make(layout: layout)
    let pipeline = ScoringPipeline(layout: layout, options: .init(extractor: BuiltInPredictions.defaultName, bootstrapReplicates: 0))
    let outcome = pipeline.score(predictions: builtIn.predictions, source: "<baseline>")
    guard let scorecard = outcome.scorecard else {
        print("\nseed scores skipped: no scored clippings in \(datasetFolder)")
        return 0
    }
    print("\nThe baseline on the \(builtIn.predictions.count) seeds (an upper bound: its rules were first written while reading them):")
    for name in ["headline.exact_match", "headline.f1", "published.accuracy", "published.f1", "body.f1", "boilerplate.f1"] {
        let value = scorecard.measure(name)?.value.map { String(format: "%.3f", $0) } ?? "–"
        print("  \(name.padding(toLength: 22, withPad: " ", startingAt: 0)) \(value)")
    }
    return 0
}
