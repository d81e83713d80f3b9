import Foundation
import Testing
@testable import ClipBench

struct ExtractCommandTests {
    @Test func extractsEverySeedAsValidJSONLines() throws {
        let result = try CommandRunner.run(["extract"])
        #expect(result.status == 0, "\(result)")
        let predictions = try result.stdoutLines.map { try Prediction(jsonText: $0) }
        let layout = DatasetLayout(root: CommandRunner.packageRoot)
        #expect(predictions.map(\.id) == layout.seedIDs())
        for prediction in predictions {
            #expect(prediction.attempted == Set(PredictionTask.allCases))
            let text = try ClippingReader.read(layout.seedURL(for: prediction.id))
            for entity in prediction.entities { #expect(text[(entity.start ?? 0)..<(entity.end ?? 0)] == entity.text) }
        }
    }

    @Test func takesFilesAndIdsAndAsOf() throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        try dataset.writeSeed(id: "rel", text: "محادثات جديدة في تركيا اليوم\nمنذ 5 أيام 23\nانطلقت جولة جديدة من المحادثات بين روسيا والولايات المتحدة يوم الخميس في إسطنبول، بهدف تطبيع العلاقات.\n")
        let without = try CommandRunner.run(["extract", "--dataset", dataset.root.path, "rel"])
        #expect(try Prediction(jsonText: without.stdout).published == nil)
        let with = try CommandRunner.run(["extract", "--dataset", dataset.root.path, "--as-of", "2025-04-15", dataset.seedURL("rel").path])
        #expect(with.status == 0, "\(with)")
        let prediction = try Prediction(jsonText: with.stdout)
        #expect(prediction.id == "rel")
        #expect(prediction.published == "2025-04-10")
    }

    /// Issue 12: a reference day at either end of the four-digit years gave `0001-01--4` and
    /// `10000-01-01`; a date past either end now has no value, and every value is well formed.
    @Test(arguments: ["0001-01-06", "9999-12-31"])
    func givesNoMalformedDateNearTheEndsOfTheYears(asOf: String) throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        try dataset.writeSeed(id: "rel", text: "محادثات جديدة في تركيا اليوم\nمنذ 5 أيام 23\nقال الوزير أمس إن الجولة التالية غدا، وبعد أسبوع تبدأ أخرى، والعام المقبل تنتهي.\n")
        let result = try CommandRunner.run(["extract", "--dataset", dataset.root.path, "--as-of", asOf, "rel"])
        #expect(result.status == 0, "\(result)")
        let prediction = try Prediction(jsonText: result.stdout)
        let wellFormed = /^\d{4}(-\d{2}(-\d{2}(T.*)?)?|-W\d{2})?$/
        for value in prediction.dates.compactMap(\.value) + [prediction.published].compactMap({ $0 }) {
            #expect(value.wholeMatch(of: wellFormed) != nil, "\(value) is not a date of years 0001–9999")
            #expect(!value.hasPrefix("10000") && !value.contains("--"), "\(value)")
        }
    }

    @Test func reportsBadFilesByNameAndGoesOn() throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        try dataset.writeSeed(id: "binary", bytes: Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1]))
        try dataset.writeSeed(id: "latin1", bytes: Data([0x63, 0x61, 0x66, 0xE9]))
        try dataset.writeSeed(id: "empty", text: "")
        try dataset.writeSeed(id: "english", text: "Talks in Istanbul\nThe delegations met on Thursday, 27 February 2025, in Istanbul.")
        let result = try CommandRunner.run(["extract", "--dataset", dataset.root.path, "binary", "latin1", "empty", "english", "missing"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("binary.txt: error: is a binary file"))
        #expect(result.stderr.contains("latin1.txt: error: is not UTF-8 text"))
        #expect(result.stderr.contains("missing: error: no such file"))
        #expect(!result.stderr.contains("Fatal error"))
        let predictions = try result.stdoutLines.map { try Prediction(jsonText: $0) }
        #expect(predictions.map(\.id) == ["empty", "english"])
        #expect(predictions[0].regions.isEmpty && predictions[0].headline == nil)
    }

    @Test func readsStandardInputWithTheIdFromTheEnvironment() throws {
        let result = try CommandRunner.run(["extract", "-"], stdin: "عنوان الخبر المهم اليوم\n2025-02-27\n", environment: ["CLIPBENCH_ID": "piped"])
        #expect(result.status == 0, "\(result)")
        let prediction = try Prediction(jsonText: result.stdout)
        #expect(prediction.id == "piped" && prediction.published == "2025-02-27")
    }

    @Test func rejectsABadAsOfAsUsage() throws {
        let result = try CommandRunner.run(["extract", "--as-of", "10/04/2025"])
        #expect(result.status == 64)
    }
}
