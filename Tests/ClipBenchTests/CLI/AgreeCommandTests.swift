import Foundation
import Testing
@testable import ClipBench

struct AgreeCommandTests {
    /// A dataset with one clipping annotated by `annotate`, copied to a/ and (changed) to b/.
    func makeDataset() throws -> TemporaryDataset {
        let dataset = try TemporaryDataset.empty()
        let source = dataset.root.appendingPathComponent("clip.txt")
        try Data("عنوان الخبر المهم اليوم\nمنذ 5 أيام\nقال وزير الخارجية الروسي سيرغي لافروف في موسكو إن المحادثات مع الولايات المتحدة كانت مفيدة للغاية.\n".utf8).write(to: source)
        let added = try CommandRunner.run(["annotate", "--dataset", dataset.root.path, "--id", "clip", source.path])
        #expect(added.status == 0, "\(added)")
        let yaml = try String(contentsOf: dataset.annotationURL("clip"), encoding: .utf8)
        for (folder, text) in [("a", yaml), ("b", yaml.replacingOccurrences(of: "label: metadata", with: "label: boilerplate, category: other").replacingOccurrences(of: "type: PER", with: "type: MISC"))] {
            let url = dataset.root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url.appendingPathComponent("clip.yaml"))
        }
        return dataset
    }

    @Test func reportsFilesAgreementAndDisagreements() throws {
        let dataset = try makeDataset()
        defer { dataset.remove() }
        let root = dataset.root.path
        let result = try CommandRunner.run(["agree", "--dataset", root, "\(root)/a/clip.yaml", "\(root)/b/clip.yaml"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("regions 24..<34 «منذ 5 أيام»: metadata ≠ boilerplate/other"))
        #expect(result.stdout.contains("«سيرغي لافروف»: PER ≠ MISC"))
        #expect(result.stdout.contains("kappa"))
    }

    @Test func comparesFoldersAsJSON() throws {
        let dataset = try makeDataset()
        defer { dataset.remove() }
        let root = dataset.root.path
        let same = try CommandRunner.run(["agree", "--dataset", root, "--format", "json", "\(root)/a", "\(root)/a"])
        #expect(same.status == 0, "\(same)")
        let report = try #require(try JSONSerialization.jsonObject(with: same.stdoutData) as? [String: Any])
        let labels = try #require(report["region_labels"] as? [String: Any])
        #expect(labels["kappa"] as? Double == 1)
        #expect((report["disagreements"] as? [Any])?.isEmpty == true)
    }

    @Test func refusesAFileAgainstAFolderAndMismatchedIds() throws {
        let dataset = try makeDataset()
        defer { dataset.remove() }
        let root = dataset.root.path
        #expect(try CommandRunner.run(["agree", "--dataset", root, "\(root)/a", "\(root)/b/clip.yaml"]).status == 1)
        let other = dataset.root.appendingPathComponent("b/other.yaml")
        try Data(try String(contentsOfFile: "\(root)/a/clip.yaml", encoding: .utf8).replacingOccurrences(of: "id: clip", with: "id: other").utf8).write(to: other)
        let result = try CommandRunner.run(["agree", "--dataset", root, "\(root)/a/clip.yaml", other.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("annotates 'other'"))
    }
}
