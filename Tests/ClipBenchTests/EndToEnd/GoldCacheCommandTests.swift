import Foundation
import Testing
@testable import ClipBench

/// The gold cache through the real binary: every command prints the same bytes and exit status
/// with the cache off, cold and warm; `validate` fills it; a folder that cannot be written costs
/// one warning and nothing else.
struct GoldCacheCommandTests {
    /// One generated clipping: a seed of four lines (boilerplate, headline, body, boilerplate) and
    /// its valid annotation, with offsets in scalars.
    struct Clipping {
        var id: String
        var lines: [String]
        var entities: [(text: String, type: String)]
        var status = "done"
        /// Written before the first line (a byte order mark), counted as scalars of the first region.
        var prefix = ""

        var seed: String { prefix + lines.joined(separator: "\n") + "\n" }

        var annotation: String {
            let scalars = Array(seed.unicodeScalars)
            func find(_ text: String, from start: Int) -> Int {
                let needle = Array(text.unicodeScalars)
                var index = start
                while index + needle.count <= scalars.count, Array(scalars[index..<index + needle.count]) != needle { index += 1 }
                return index
            }
            func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            var lineStarts: [Int] = []
            var offset = prefix.unicodeScalars.count
            for line in lines {
                lineStarts.append(offset)
                offset += line.unicodeScalars.count + 1
            }
            let labels = ["boilerplate, category: branding", "headline", "body", "boilerplate, category: share"]
            var regions: [String] = []
            for (index, line) in lines.enumerated() {
                let start = index == 0 ? 0 : lineStarts[index]
                let text = (index == 0 ? prefix : "") + line
                regions.append("  - {start: \(start), end: \(start + text.unicodeScalars.count), text: \(quoted(text)), label: \(labels[index])}")
            }
            var mentions: [String] = []
            var searchFrom = lineStarts[2]
            for entity in entities {
                let start = find(entity.text, from: searchFrom)
                searchFrom = start + entity.text.unicodeScalars.count
                mentions.append("  - {start: \(start), end: \(searchFrom), text: \(quoted(entity.text)), type: \(entity.type)}")
            }
            return """
                id: \(id)
                status: \(status)
                headline: \(quoted(lines[1]))
                published: {value: null, reason: absent}
                regions:
                \(regions.joined(separator: "\n"))
                entities:
                \(mentions.isEmpty ? "  []" : mentions.joined(separator: "\n"))
                dates: []

                """
        }
    }

    /// Clippings with harakat and shadda, text outside the BMP, a byte order mark, and a draft.
    static let clippings: [Clipping] = [
        Clipping(id: "a_harakat", lines: ["القائمة", "مُحَمَّد يزور بَغْدَاد", "وصل مُحَمَّد إلى بَغْدَاد صباح اليوم والتقى وزير الخارجية.", "شارك"],
                 entities: [("مُحَمَّد", "PER"), ("بَغْدَاد", "LOC")]),
        Clipping(id: "b_outside_bmp", lines: ["𝔸 القائمة 😀", "شركة 𓂀 تفتتح فرعا", "افتتحت شركة 𓂀 فرعا جديدا في دمشق 😀 أمس.", "تابعونا 𝔹"],
                 entities: [("شركة 𓂀", "ORG"), ("دمشق", "LOC")]),
        Clipping(id: "c_bom", lines: ["شعار", "خبر قصير", "نص الخبر عن عمّان وأهلها.", "شارك"], entities: [("عمّان", "LOC")], prefix: "\u{FEFF}"),
        Clipping(id: "d_draft", lines: ["قائمة", "مسودة", "نص قصير عن حلب.", "شارك"], entities: [("حلب", "LOC")], status: "draft"),
    ]

    /// A new dataset of ``clippings``, plus `broken` (an annotation whose entity text differs from the seed) when asked.
    static func makeDataset(withBrokenClipping: Bool = false) throws -> TemporaryDataset {
        let dataset = try TemporaryDataset.empty()
        for clipping in clippings {
            try dataset.writeSeed(id: clipping.id, text: clipping.seed)
            try dataset.writeAnnotation(id: clipping.id, yaml: clipping.annotation)
        }
        if withBrokenClipping {
            var broken = clippings[0]
            broken.id = "e_broken"
            try dataset.writeSeed(id: broken.id, text: broken.seed)
            try dataset.writeAnnotation(id: broken.id, yaml: broken.annotation.replacingOccurrences(of: "text: \"بَغْدَاد\"", with: "text: \"بغداد\""))
        }
        return dataset
    }

    /// What a command printed, for comparing runs.
    struct Printed: Equatable, CustomStringConvertible {
        var status: Int32
        var stdout: Data
        var stderr: String
        var description: String { "exit \(status)\n\(String(decoding: stdout, as: UTF8.self))\n\(stderr)" }
    }

    static func run(_ arguments: [String], cache: URL?) throws -> Printed {
        let environment = cache.map { ["CLIPBENCH_CACHE_DIR": $0.path] } ?? ["CLIPBENCH_NO_CACHE": "1"]
        let result = try CommandRunner.run(arguments, environment: environment)
        return Printed(status: result.status, stdout: result.stdoutData, stderr: result.stderr)
    }

    static func entryCount(in root: URL) -> Int {
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return files.filter { !$0.hasDirectoryPath && $0.lastPathComponent.count == 64 }.count
    }

    /// Each entry's name and inode.
    static func entryFiles(in root: URL) -> [String: UInt64] {
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        var inodes: [String: UInt64] = [:]
        for file in files where !file.hasDirectoryPath && file.lastPathComponent.count == 64 {
            inodes[file.lastPathComponent] = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.systemFileNumber] as? UInt64
        }
        return inodes
    }

    @Test(.enabled(if: CommandRunner.binaryURL != nil, "needs the clipbench binary"))
    func theGeneratedDatasetIsValid() throws {
        let dataset = try Self.makeDataset()
        defer { dataset.remove() }
        let result = try CommandRunner.run(["validate", "--dataset", dataset.root.path, "--no-cache"])
        // Warnings only: the draft, and no registry or card.
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("\n0 errors, "), "\(result)")
    }

    /// Each command: off, cold (an empty cache), warm (the same cache again): the same output.
    @Test(.enabled(if: CommandRunner.binaryURL != nil, "needs the clipbench binary"),
          arguments: [false, true])
    func everyCommandPrintsTheSameWithAndWithoutTheCache(withBrokenClipping: Bool) throws {
        let dataset = try Self.makeDataset(withBrokenClipping: withBrokenClipping)
        defer { dataset.remove() }
        let root = dataset.root.path
        let predictions = dataset.root.appendingPathComponent("gold.jsonl")
        let goldOutput = try CommandRunner.run(["gold", "--dataset", root, "--no-cache"])
        try goldOutput.stdoutData.write(to: predictions)
        let gate = dataset.root.appendingPathComponent("gate.yaml").path
        _ = try CommandRunner.run(["check", "--dataset", root, "--gate", gate, "--update", "--bootstrap", "20", "--no-cache"])
        let commands: [[String]] = [
            ["score", "--dataset", root, "--format", "json", "--bootstrap", "20"],
            ["score", predictions.path, "--dataset", root, "--format", "json", "--bootstrap", "20"],
            ["score", predictions.path, "--dataset", root, "--format", "markdown", "--bootstrap", "0", "--jobs", "2"],
            ["gold", "--dataset", root],
            ["gold", "d_draft", "c_bom", "--dataset", root],
            ["stats", "--dataset", root, "--format", "json"],
            ["check", "--dataset", root, "--gate", gate, "--bootstrap", "20"],
        ]
        for command in commands {
            let cache = try TemporaryFolder.make("clipbench-cache")
            defer { try? FileManager.default.removeItem(at: cache) }
            let off = try Self.run(command, cache: nil)
            let cold = try Self.run(command, cache: cache)
            let stored = Self.entryCount(in: cache)
            let coldFiles = Self.entryFiles(in: cache)
            #expect(coldFiles.count == stored, "every entry has an inode")
            let warm = try Self.run(command, cache: cache)
            #expect(cold == off, "cold: \(command)")
            #expect(warm == off, "warm: \(command)")
            // A warm run reads every entry and writes none (a rewrite would give the file a new inode).
            #expect(Self.entryFiles(in: cache) == coldFiles, "a warm run rewrote entries: \(command)")
            // Every clipping that loads is stored (the draft too, when it is loaded), the broken one never.
            // (With the broken clipping no gate could be pinned: check stops before the gold.)
            let gateMissing = command.first == "check" && !FileManager.default.fileExists(atPath: gate)
            let expected = gateMissing ? 0...0 : command.contains("d_draft") ? 2...2 : 3...4
            #expect(expected.contains(stored), "\(stored) entries after \(command)")
        }
        if !withBrokenClipping {
            #expect(goldOutput.status == 0, "\(goldOutput)")
        } else {
            #expect(goldOutput.status == 1 && goldOutput.stderr.contains("e_broken"), "\(goldOutput)")
        }
    }

    @Test(.enabled(if: CommandRunner.binaryURL != nil, "needs the clipbench binary"))
    func validateFillsTheCacheAndScoreReadsIt() throws {
        let dataset = try Self.makeDataset(withBrokenClipping: true)
        defer { dataset.remove() }
        let cache = try TemporaryFolder.make("clipbench-cache")
        defer { try? FileManager.default.removeItem(at: cache) }
        let validated = try Self.run(["validate", "--dataset", dataset.root.path], cache: cache)
        #expect(validated.status == 1, "the broken clipping is an error: \(validated)")
        // The four valid clippings, the draft included; not the broken one.
        #expect(Self.entryCount(in: cache) == 4)
        try FileManager.default.removeItem(at: dataset.annotationURL("e_broken"))
        let score = try Self.run(["score", "--dataset", dataset.root.path, "--format", "json", "--bootstrap", "0"], cache: cache)
        #expect(score.status == 0, "\(score)")
        #expect(Self.entryCount(in: cache) == 4, "score found every clipping stored")
        #expect(score == (try Self.run(["score", "--dataset", dataset.root.path, "--format", "json", "--bootstrap", "0"], cache: nil)))
        // --no-cache writes nothing.
        let unused = try TemporaryFolder.make("clipbench-cache")
        defer { try? FileManager.default.removeItem(at: unused) }
        _ = try CommandRunner.run(["validate", "--dataset", dataset.root.path, "--no-cache"], environment: ["CLIPBENCH_CACHE_DIR": unused.path])
        _ = try CommandRunner.run(["score", "--dataset", dataset.root.path, "--no-cache"], environment: ["CLIPBENCH_CACHE_DIR": unused.path])
        #expect(Self.entryCount(in: unused) == 0)
    }

    @Test(.enabled(if: CommandRunner.binaryURL != nil, "needs the clipbench binary"))
    func aCacheFolderThatCannotBeWrittenCostsOneWarning() throws {
        let dataset = try Self.makeDataset()
        defer { dataset.remove() }
        let folder = try TemporaryFolder.make("clipbench-cache")
        defer { try? FileManager.default.removeItem(at: folder) }
        // A file where the cache folder should be: not writable for anyone, root included.
        let blocked = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocked)
        let arguments = ["score", "--dataset", dataset.root.path, "--format", "json", "--bootstrap", "0"]
        let result = try Self.run(arguments, cache: blocked)
        let off = try Self.run(arguments, cache: nil)
        #expect(result.status == 0)
        #expect(result.stdout == off.stdout)
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("gold cache") }
        #expect(warnings.count == 1, "\(result.stderr)")
        #expect(warnings.first?.contains("warning:") == true)
        #expect(result.stderr.replacingOccurrences(of: warnings.first.map { String($0) + "\n" } ?? "", with: "") == off.stderr)
    }
}
