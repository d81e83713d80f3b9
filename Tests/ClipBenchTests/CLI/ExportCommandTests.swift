import Foundation
import Testing
@testable import ClipBench

struct ExportCommandTests {
    @Test func bratExportImportsBackToTheSameGoldThatValidates() throws {
        let dataset = try TemporaryDataset.copyOfPackage()
        defer { dataset.remove() }
        let folder = dataset.root.appendingPathComponent("brat").path
        let exported = try CommandRunner.run(["export", "--dataset", dataset.root.path, "--to", "brat", "-o", folder])
        #expect(exported.status == 0, "\(exported)")
        let anns = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".ann") }.sorted().map { "\(folder)/\($0)" }
        #expect(anns.count == 5)
        #expect(FileManager.default.fileExists(atPath: "\(folder)/annotation.conf") && FileManager.default.fileExists(atPath: "\(folder)/visual.conf"))
        let gold = GoldLoader(layout: DatasetLayout(root: dataset.root)).allClippings(includingDrafts: false).clippings
        let imported = try CommandRunner.run(["import", "--dataset", dataset.root.path, "--from", "brat", "--done", "--force", "-o", dataset.annotationsFolder.path] + anns)
        #expect(imported.status == 0, "\(imported)")
        let back = GoldLoader(layout: DatasetLayout(root: dataset.root)).allClippings(includingDrafts: false)
        #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
        #expect(back.clippings.map(\.annotation) == gold.map(\.annotation))
        let validated = try CommandRunner.run(["validate", "--strict", "--dataset", dataset.root.path])
        #expect(validated.status == 0, "\(validated)")
    }

    @Test func conllExportScoresOneThroughImport() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("clipbench-conll-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        #expect(try CommandRunner.run(["export", "--to", "conll", "-o", scratch.path]).status == 0)
        let predictions = scratch.appendingPathComponent("predictions.jsonl").path
        let imported = try CommandRunner.run(["import", "--from", "conll", scratch.appendingPathComponent("clippings.conll").path, "-o", predictions])
        #expect(imported.status == 0, "\(imported)")
        let report = try CommandRunner.run(["score", predictions, "--format", "json"])
        let strict = try JSONValue(parsing: report.stdout).member("metrics")?.member("entities")?.member("strict")
        #expect(strict?.member("f1")?.asDouble == 1)
        #expect(strict?.member("correct")?.asInteger == 353)
    }

    @Test func labelStudioTasksCarryTheBaselineAsPreAnnotations() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("clipbench-ls-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try CommandRunner.run(["export", "--to", "labelstudio", "002_545d3a95fd3ea7b3", "-o", scratch.path])
        #expect(result.status == 0, "\(result)")
        let tasks = try JSONValue(parsing: String(contentsOf: scratch.appendingPathComponent("tasks.json"), encoding: .utf8)).asArray ?? []
        #expect(tasks.count == 1)
        let prediction = tasks.first?.member("predictions")?.asArray?.first
        #expect(prediction?.member("model_version")?.asString == BaselineExtractor.name)
        #expect((prediction?.member("result")?.asArray?.count ?? 0) > 10)
        let config = try String(contentsOf: scratch.appendingPathComponent("config.xml"), encoding: .utf8)
        #expect(config.contains(#"<Label value="boilerplate/share""#) && config.contains(#"<Choice value="relative-only"/>"#))
    }

    @Test func neverOverwritesWithoutForce() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("clipbench-force-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        #expect(try CommandRunner.run(["export", "--to", "conll", "-o", scratch.path]).status == 0)
        let file = scratch.appendingPathComponent("clippings.conll")
        try "mine\n".write(to: file, atomically: true, encoding: .utf8)
        let again = try CommandRunner.run(["export", "--to", "conll", "-o", scratch.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("clippings.conll: error: already exists; not overwritten; pass --force to overwrite it"), "\(again)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine\n")
        #expect(try CommandRunner.run(["export", "--to", "conll", "--force", "-o", scratch.path]).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("-DOCSTART- "))
    }

    @Test(arguments: ["../escape", "a/b", ""])
    func refusesAnIDThatIsNoFileName(_ id: String) throws {
        let result = try CommandRunner.run(["export", "--to", "brat", id, "-o", FileManager.default.temporaryDirectory.path])
        #expect(result.status == 64, "\(result)")
    }
}
