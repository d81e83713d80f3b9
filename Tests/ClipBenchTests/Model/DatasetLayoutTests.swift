import Foundation
import Testing
@testable import ClipBench

struct DatasetLayoutTests {
    @Test func placesEachFileUnderTheRoot() {
        let layout = DatasetLayout(root: URL(fileURLWithPath: "/data/set/./sub/.."))
        #expect(layout.root.path == "/data/set")
        #expect(layout.seedURL(for: "000_ab").path == "/data/set/seeds/000_ab.txt")
        #expect(layout.annotationURL(for: "000_ab").path == "/data/set/Annotations/000_ab.yaml")
        #expect(layout.registryURL.path == "/data/set/Annotations/entities.yaml")
        #expect(layout.cardURL.path == "/data/set/Annotations/dataset.yaml")
        #expect(layout.schemasFolder.path == "/data/set/Schemas")
        #expect(layout.evaluationFolder.path == "/data/set/Evaluation")
    }

    @Test func listsIDsSortedWithoutHiddenOrDatasetWideFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let layout = DatasetLayout(root: root)
        #expect(layout.seedIDs() == [] && layout.annotationIDs() == [])
        try FileManager.default.createDirectory(at: layout.seedsFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: layout.annotationsFolder, withIntermediateDirectories: true)
        for name in ["b.txt", "a.txt", ".hidden.txt", "notes.md", "c.txt.bak"] {
            try Data().write(to: layout.seedsFolder.appendingPathComponent(name))
        }
        for name in ["b.yaml", "a.yaml", "entities.yaml", "dataset.yaml", ".a.yaml.tmp", "x.yml"] {
            try Data().write(to: layout.annotationsFolder.appendingPathComponent(name))
        }
        #expect(layout.seedIDs() == ["a", "b"])
        #expect(layout.annotationIDs() == ["a", "b"])
    }
}

struct ClippingIDTests {
    @Test(arguments: ["000_fafa66e8a14f78c9", "a", "9", "A.b-c_d", String(repeating: "x", count: 128)])
    func acceptsSafeIDs(id: String) {
        #expect(ClippingID.problem(with: id) == nil)
    }

    @Test(arguments: [
        ("", "the id is empty"),
        (String(repeating: "x", count: 129), "the id is longer than 128 characters"),
        ("../x", "the id '../x' may hold only ASCII letters, digits, '_', '-' and '.'"),
        ("a/b", "the id 'a/b' may hold only ASCII letters, digits, '_', '-' and '.'"),
        ("a b", "the id 'a b' may hold only ASCII letters, digits, '_', '-' and '.'"),
        ("مقال", "the id 'مقال' may hold only ASCII letters, digits, '_', '-' and '.'"),
        ("x😀", "the id 'x😀' may hold only ASCII letters, digits, '_', '-' and '.'"),
        ("..", "the id '..' must start with a letter or a digit"),
        (".hidden", "the id '.hidden' must start with a letter or a digit"),
        ("-rf", "the id '-rf' must start with a letter or a digit"),
        ("_a", "the id '_a' must start with a letter or a digit"),
    ])
    func refusesUnsafeIDs(id: String, problem: String) {
        #expect(ClippingID.problem(with: id) == problem)
    }

    /// The length counts scalars: 128 multi-byte characters are refused for their letters, not their bytes.
    @Test func lengthIsCountedInScalars() {
        #expect(ClippingID.problem(with: String(repeating: "é", count: 10))?.contains("may hold only ASCII") == true)
        #expect(ClippingID.problem(with: String(repeating: "e\u{301}", count: 65)) == "the id is longer than 128 characters")
    }

    static let known = ["000_fafa66e8", "001_77aa", "002_545d3a95fd3ea7b3", "010_x", "011_y", "012_z", "013_w"]

    @Test(arguments: [
        ("002", "did you mean 002_545d3a95fd3ea7b3?"),
        ("002_545d", "did you mean 002_545d3a95fd3ea7b3?"),
        ("00", "did you mean 000_fafa66e8, 001_77aa, 002_545d3a95fd3ea7b3?"),
        ("01", "did you mean 010_x, 011_y, 012_z, … (4 in all)?"),
        ("0", "did you mean 000_fafa66e8, 001_77aa, 002_545d3a95fd3ea7b3, … (7 in all)?"),
    ])
    func hintsAtTheIDsItAbbreviates(id: String, hint: String) {
        #expect(ClippingID.hint(for: id, among: Self.known) == hint)
        // The order of the known ids does not matter.
        #expect(ClippingID.hint(for: id, among: Self.known.reversed()) == hint)
    }

    @Test(arguments: ["", "002_545d3a95fd3ea7b3", "003", "545d", "X"])
    func givesNoHintWhenNothingIsAbbreviated(id: String) {
        #expect(ClippingID.hint(for: id, among: Self.known) == nil)
    }
}
