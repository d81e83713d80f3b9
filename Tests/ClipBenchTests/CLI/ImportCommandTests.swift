import Foundation
import Testing
@testable import ClipBench

struct ImportCommandTests {
    private static let text = "قال بوتين 😀"

    private static func export(annotations: Int) -> String {
        let result: JSONValue = .array([.object([
            ("id", .string("e")), ("from_name", .string("entity")), ("to_name", .string("text")), ("type", .string("labels")),
            ("value", .object([("start", .integer(4)), ("end", .integer(9)), ("text", .string("بوتين")), ("labels", .array([.string("PER")]))])),
        ])])
        let list = (0..<annotations).map { number in
            JSONValue.object([("id", .integer(number + 1)), ("completed_by", .integer(number + 7)), ("lead_time", .number(3.25)), ("result", result)])
        }
        return JSONValue.array([.object([
            ("id", .integer(1)), ("data", .object([("clipping", .string("c1")), ("text", .string(text))])), ("annotations", .array(list)),
        ])]).serialized()
    }

    @Test func severalAnnotatorsNeedOneFolderEach() throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        try dataset.writeSeed(id: "c1", text: Self.text)
        let file = dataset.root.appendingPathComponent("export.json")
        try Self.export(annotations: 2).write(to: file, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["import", "--dataset", dataset.root.path, "--from", "labelstudio", file.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the clipping c1 has 2 annotations; pass --per-annotator"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: dataset.annotationURL("c1").path))
        let split = try CommandRunner.run(["import", "--dataset", dataset.root.path, "--from", "labelstudio", "--per-annotator", file.path])
        #expect(split.status == 0, "\(split)")
        let yaml = try String(contentsOf: dataset.annotationsFolder.appendingPathComponent("user-8/c1.yaml"), encoding: .utf8)
        #expect(yaml.contains("status: draft"))
        #expect(yaml.contains(#"{start: 4, end: 9, text: "بوتين", type: PER}"#))
        #expect(yaml.contains("annotator user-8, lead time 3.25 s"), "\(yaml)")
    }

    @Test func aTaskWhoseTextIsNotTheSeedIsRefused() throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        try dataset.writeSeed(id: "c1", text: "نص آخر")
        let file = dataset.root.appendingPathComponent("export.json")
        try Self.export(annotations: 1).write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["import", "--dataset", dataset.root.path, "--from", "labelstudio", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("export.json:1:"), "\(result)")
        #expect(result.stderr.contains("error: the task's text is not the text of seeds/c1.txt"), "\(result)")
    }

    @Test func aBrokenAnnFileWritesNothing() throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        let folder = dataset.root.appendingPathComponent("brat")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.text.write(to: folder.appendingPathComponent("c1.txt"), atomically: true, encoding: .utf8)
        try "T1\tPER 4 9\tبوتين\nT2\tPER 10 12\t😀\n".write(to: folder.appendingPathComponent("c1.ann"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["import", "--dataset", dataset.root.path, "--from", "brat", folder.appendingPathComponent("c1.ann").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("c1.ann:2:8: error: the offsets '10 12' are not ordered START END fragments inside the text (11 code points)"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: dataset.annotationURL("c1").path))
    }
}
