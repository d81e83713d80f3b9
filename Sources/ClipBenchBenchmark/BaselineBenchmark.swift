// `clipbench-benchmark baseline`: the baseline's accuracy on the development pages (issue 8) beside its
// scores on the seeds.
//
//   clipbench-benchmark baseline [--pages DIR] [--dataset DIR] [--misses] [--split NAME] [--trace FILE-PREFIX]
//
// Prints, per class of page, language and split, how many headlines and publication days the baseline gets
// right on the hand-written pages of Tests/Fixtures/pages (`--misses` lists the wrong ones, `--split development`
// only those of one split; `--trace 07` prints the headline candidates of a page and their scores), then the seed
// metrics of `clipbench score` for headline, publication date and body. The seeds are an upper bound: the
// baseline's rules were first written while reading them.
import ClipBench
import Foundation

func runBaselineBenchmark(arguments: [String]) -> Int32 {
    var pagesFolder = "Tests/Fixtures/pages"
    var datasetFolder = "."
    var showsMisses = false
    var split: String?
    var traced: String?
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
        switch argument {
        case "--pages": pagesFolder = iterator.next() ?? pagesFolder
        case "--dataset": datasetFolder = iterator.next() ?? datasetFolder
        case "--misses": showsMisses = true
        case "--split": split = iterator.next()
        case "--trace": traced = iterator.next()
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
        for miss in score.misses() where split.map({ miss.contains("[\($0)]") }) ?? true { print("  \(miss)") }
    }
    if let traced, let page = pages.pages.first(where: { $0.file.hasPrefix(traced) }) {
        let lines = ClippingLine.lines(of: page.text)
        let prose = lines.map(LineClassifier.isProse)
        print("\nheadline candidates of \(page.file) (article from line \(ArticleLocator.articleStart(in: lines, prose: prose).map { lines[$0].number } ?? 0)):")
        for candidate in HeadlineFinder.candidates(in: lines, prose: prose) {
            print("  line \(lines[candidate.index].number) score \(candidate.score): \(lines[candidate.index].text)")
        }
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
