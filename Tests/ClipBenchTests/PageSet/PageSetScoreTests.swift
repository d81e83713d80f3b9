import Foundation
import Testing
@testable import ClipBench
@testable import ClipBenchEvaluation

/// The baseline measured on the hand-written development pages of `Tests/Fixtures/pages/` (issue 8). This
/// runs the real baseline: when a rule change makes it worse, these tests fail.
struct DevelopmentPagesTests {
    static let folder = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/pages", isDirectory: true)

    static func score() throws -> PageSetScore {
        PageSetScore(pages: try PageSet.load(folder: folder).pages, extractor: BaselineExtractor())
    }

    @Test func theSetHasThirtyPagesMostlyArabicKeptApartFromTheSeeds() throws {
        let pages = try PageSet.load(folder: Self.folder).pages
        #expect(pages.count >= 30)
        #expect(pages.count { $0.language == "ar" } * 2 > pages.count)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CommandRunner.packageRoot.appendingPathComponent("seeds").path)
            .compactMap { try? String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("seeds/\($0)"), encoding: .utf8) }
        let seedLines = Set(seeds.flatMap { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { $0.count > 25 })
        for page in pages {
            let shared = page.text.string.split(separator: "\n").filter { seedLines.contains($0.trimmingCharacters(in: .whitespaces)) }
            #expect(shared.isEmpty, "\(page.file) repeats seed lines: \(shared)")
        }
    }

    @Test func findsTheHeadlineOnNineInTenPages() throws {
        let overall = try Self.score().overall
        #expect(overall.headlineAccuracy >= 0.9, "\(overall.headlines)/\(overall.pages) headlines")
    }

    @Test func findsThePublicationDayOnNineInTenPages() throws {
        let overall = try Self.score().overall
        #expect(overall.dateAccuracy >= 0.9, "\(overall.dates)/\(overall.pages) dates")
    }

    @Test func givesNoDateWhereThePageStatesNone() throws {
        let score = try Self.score()
        let undated = score.outcomes.filter { $0.page.published == nil }
        #expect(!undated.isEmpty)
        for outcome in undated {
            #expect(outcome.published == nil, "\(outcome.page.file): \(outcome.published ?? "")")
        }
    }

    @Test func givesTheManifestsReasonForEachMissingDate() throws {
        for page in try PageSet.load(folder: Self.folder).pages where page.published == nil {
            let analysis = BaselineExtractor().analyse(page.text, id: page.file)
            #expect(analysis.publishedReason?.rawValue == page.reason, "\(page.file)")
        }
    }

    @Test func theArabicPagesAloneReachTheThresholds() throws {
        let arabic = try Self.score().tally { $0.language == "ar" }
        #expect(arabic.headlineAccuracy >= 0.9 && arabic.dateAccuracy >= 0.9, "\(arabic)")
    }
}

struct PageSetTests {
    func folder(manifest: String, pages: [String: String] = [:]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(manifest.utf8).write(to: url.appendingPathComponent("manifest.json"))
        for (name, text) in pages { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test func readsTheManifestAndScoresEachPage() throws {
        let manifest = """
            {"pages": [
              {"file": "a.txt", "language": "ar", "class": "short", "split": "development", "headline": "عنوان الخبر الذي نبحث عنه", "published": "2025-03-13T09:30", "reason": null},
              {"file": "b.txt", "language": "ar", "class": "no-date", "split": "holdout", "headline": "خبر بلا تاريخ على الإطلاق هنا", "published": null, "reason": "absent"}
            ]}
            """
        let body = "وقال المتحدث إن الاجتماع سيعقد في موعده المحدد رغم الظروف الصعبة التي تمر بها المنطقة."
        let url = try folder(manifest: manifest, pages: [
            "a.txt": "القائمة\nعنوان الخبر الذي نبحث عنه\nنشر في: 13 مارس 2025 - 09:30\n\(body)\n",
            "b.txt": "خبر بلا تاريخ على الإطلاق هنا\nبقلم: سارة\n\(body)\n",
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let set = try PageSet.load(folder: url)
        #expect(set.pages.map(\.pageClass) == ["short", "no-date"])
        let score = PageSetScore(pages: set.pages, extractor: BaselineExtractor())
        #expect(score.overall == PageSetScore.Tally(pages: 2, headlines: 2, dates: 2, exactDates: 2, undated: 1, undatedLeftNull: 1))
        #expect(score.tally { $0.split == "holdout" }.pages == 1)
        #expect(score.table().contains("all pages"))
        #expect(score.misses().isEmpty)
    }

    @Test func aWrongDayIsAMissEvenWithTheRightHeadline() throws {
        let manifest = """
            {"pages": [{"file": "a.txt", "headline": "عنوان الخبر الذي نبحث عنه", "published": "2025-03-14"}]}
            """
        let url = try folder(manifest: manifest, pages: ["a.txt": "عنوان الخبر الذي نبحث عنه\n13 مارس 2025\nوقال المتحدث إن الاجتماع سيعقد في موعده المحدد رغم الظروف الصعبة التي تمر بها المنطقة.\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let score = PageSetScore(pages: try PageSet.load(folder: url).pages, extractor: BaselineExtractor())
        #expect(score.overall.headlines == 1 && score.overall.dates == 0)
        #expect(score.misses() == ["a.txt [development]; date 2025-03-13 (expected 2025-03-14)"])
    }

    @Test func aBrokenManifestIsOneDiagnosticWithItsPosition() throws {
        let url = try folder(manifest: "{\"pages\": [\n  {\"file\": }\n]}")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try PageSet.load(folder: url) } throws: { error in
            let description = "\(error)"
            return description.contains("manifest.json:2:") && description.contains("error:")
        }
    }

    @Test func aMissingPageIsNamed() throws {
        let url = try folder(manifest: "{\"pages\": [{\"file\": \"gone.txt\"}]}")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try PageSet.load(folder: url) } throws: { "\($0)".contains("gone.txt") }
    }
}
