import Foundation
import Testing
@testable import ClipBench

/// The gold cache as the loader uses it: a hit equals a full load, anything damaged or planted in
/// the folder is ignored and written again, a changed file misses, and a folder that cannot be
/// written changes nothing but one warning.
struct GoldCacheTests {
    /// A dataset with the sample clipping and a cache in its own temporary folder.
    struct Fixture {
        let dataset: TemporaryDataset
        let cacheRoot: URL
        let cache: GoldCache
        var layout: DatasetLayout { DatasetLayout(root: dataset.root) }
        var gold: GoldLoader { GoldLoader(layout: layout, cache: cache) }

        init(onProblem: (@Sendable (Diagnostic) -> Void)? = nil) throws {
            dataset = try TemporaryDataset.synthetic()
            cacheRoot = try TemporaryFolder.make("clipbench-cache")
            cache = GoldCache(root: cacheRoot, identity: "test", onProblem: onProblem)
        }

        func remove() {
            dataset.remove()
            try? FileManager.default.removeItem(at: cacheRoot)
        }

        /// The entry the sample clipping's current files are stored under.
        func entryURL() throws -> URL {
            let annotation = try Data(contentsOf: layout.annotationURL(for: TemporaryDataset.sampleID))
            let seed = try Data(contentsOf: layout.seedURL(for: TemporaryDataset.sampleID))
            return cache.entryURL(for: cache.key(id: TemporaryDataset.sampleID, annotation: annotation, seed: seed))
        }

        /// The number of entries in the cache.
        func entryCount() -> Int {
            let files = FileManager.default.enumerator(at: cache.folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            return files.filter { !$0.hasDirectoryPath && $0.lastPathComponent.count == 64 }.count
        }
    }

    @Test func aStoredClippingEqualsTheFullLoad() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let full = try GoldLoader(layout: fixture.layout).clipping(id: TemporaryDataset.sampleID).get()
        let first = try fixture.gold.clipping(id: TemporaryDataset.sampleID).get()
        #expect(FileManager.default.fileExists(atPath: try fixture.entryURL().path), "the miss wrote the entry")
        let second = try fixture.gold.clipping(id: TemporaryDataset.sampleID).get()
        #expect(first == full)
        #expect(second == full)
        // The hit really came from the entry: a loader without the files' YAML could not have made it.
        let stored = try #require(fixture.gold.cachedClipping(
            id: TemporaryDataset.sampleID, annotationData: Data(contentsOf: fixture.layout.annotationURL(for: TemporaryDataset.sampleID)),
            seedData: Data(contentsOf: fixture.layout.seedURL(for: TemporaryDataset.sampleID))))
        #expect(stored == full)
    }

    /// What may sit at an entry's name instead of the entry.
    enum Planted: String, CaseIterable, Sendable {
        case empty, truncated, garbage, foreign, hugeLength, symbolicLink, fifo, forgedOutOfRange
    }

    @Test(arguments: Planted.allCases)
    func aDamagedOrPlantedEntryIsIgnoredAndWrittenAgain(_ planted: Planted) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let full = try GoldLoader(layout: fixture.layout).clipping(id: TemporaryDataset.sampleID).get()
        _ = try fixture.gold.clipping(id: TemporaryDataset.sampleID).get()
        let url = try fixture.entryURL()
        let good = try Data(contentsOf: url)
        let target = fixture.cacheRoot.appendingPathComponent("target")
        try Data("kept".utf8).write(to: target)
        try FileManager.default.removeItem(at: url)
        switch planted {
        case .empty: try Data().write(to: url)
        case .truncated: try good.prefix(good.count / 2).write(to: url)
        case .garbage: try Data((0..<good.count).map { UInt8(truncatingIfNeeded: $0 &* 37) }).write(to: url)
        case .foreign:
            // A whole, valid entry of another clipping under this name.
            let other = GoldCacheEntry.Content(annotation: Annotation(id: TemporaryDataset.sampleID, headline: "other", published: PublishedDate(value: nil, reason: .absent),
                                                                      regions: [], entities: [], dates: []), notes: nil)
            try Data(GoldCacheEntry.encode(other, key: Array(repeating: 7, count: 32))).write(to: url)
        case .hugeLength:
            var bytes = [UInt8](good)
            bytes.replaceSubrange(40..<44, with: [0xFF, 0xFF, 0xFF, 0xFF])
            try Data(bytes).write(to: url)
        case .symbolicLink:
            try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
        case .fifo:
            #expect(mkfifo(url.path, 0o644) == 0)
        case .forgedOutOfRange:
            // A valid checksum and key around an annotation whose span lies past the seed.
            var annotation = full.annotation
            annotation.entities[0].start = 10_000
            annotation.entities[0].end = 10_005
            let key = try #require(url.lastPathComponent.hexadecimalBytes)
            try Data(GoldCacheEntry.encode(GoldCacheEntry.Content(annotation: annotation, notes: nil), key: key)).write(to: url)
        }
        let reloaded = try fixture.gold.clipping(id: TemporaryDataset.sampleID).get()
        #expect(reloaded == full)
        #expect(try Data(contentsOf: url) == good, "the entry was written again")
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular, "a link or FIFO is replaced, not followed")
        #expect(try Data(contentsOf: target) == Data("kept".utf8), "a link's target is left alone")
    }

    @Test func aChangedSeedOrAnnotationLooksUpAnotherEntry() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let id = TemporaryDataset.sampleID
        _ = try fixture.gold.clipping(id: id).get()
        let before = try fixture.entryURL()
        // One more trailing line in the seed: still valid gold, but other bytes.
        try fixture.dataset.writeSeed(id: id, text: TemporaryDataset.sampleSeed + "\n")
        let afterSeed = try fixture.entryURL()
        #expect(afterSeed != before)
        let withSeed = try fixture.gold.clipping(id: id).get()
        #expect(withSeed == (try GoldLoader(layout: fixture.layout).clipping(id: id).get()))
        #expect(withSeed.seed.count == TemporaryDataset.sampleSeed.unicodeScalars.count + 1)
        // Notes added to the annotation: the new notes, not the stored ones.
        let annotation = TemporaryDataset.sampleAnnotation() + "notes: \"checked twice\"\n"
        try fixture.dataset.writeAnnotation(id: id, yaml: annotation)
        let afterAnnotation = try fixture.entryURL()
        #expect(afterAnnotation != afterSeed)
        #expect(try fixture.gold.clipping(id: id).get().notes == "checked twice")
        #expect(fixture.entryCount() == 3)
        // Another identity (a rebuilt binary) never reads those entries.
        let rebuilt = GoldCache(root: fixture.cacheRoot, identity: "rebuilt")
        let bytes = try (Data(contentsOf: fixture.layout.annotationURL(for: id)), Data(contentsOf: fixture.layout.seedURL(for: id)))
        #expect(rebuilt.key(id: id, annotation: bytes.0, seed: bytes.1) != fixture.cache.key(id: id, annotation: bytes.0, seed: bytes.1))
        // And the id is part of the key.
        #expect(fixture.cache.key(id: "other", annotation: bytes.0, seed: bytes.1) != fixture.cache.key(id: id, annotation: bytes.0, seed: bytes.1))
    }

    @Test func anInvalidClippingIsNeverStored() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let id = TemporaryDataset.sampleID
        try fixture.dataset.writeAnnotation(id: id, yaml: TemporaryDataset.sampleAnnotation().replacingOccurrences(of: "type: PER", with: "type: PERSON"))
        for _ in 0..<2 {
            let result = fixture.gold.clipping(id: id)
            guard case .failure(let failure) = result else {
                Issue.record("an invalid clipping loaded: \(result)")
                return
            }
            #expect(failure.diagnostics.contains { $0.severity == .error })
        }
        #expect(fixture.entryCount() == 0)
    }

    @Test func aFolderThatCannotBeWrittenChangesNothingButOneWarning() throws {
        let warnings = Warnings()
        let blocked = try TemporaryFolder.make("clipbench-cache-blocked")
        defer { try? FileManager.default.removeItem(at: blocked) }
        // A file where the cache folder should be: nothing can be made under it (even as root).
        let root = blocked.appendingPathComponent("file")
        try Data("x".utf8).write(to: root)
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        try dataset.writeSeed(id: "second", text: TemporaryDataset.sampleSeed)
        try dataset.writeAnnotation(id: "second", yaml: TemporaryDataset.sampleAnnotation().replacingOccurrences(of: "id: sample_001", with: "id: second"))
        let layout = DatasetLayout(root: dataset.root)
        let gold = GoldLoader(layout: layout, cache: GoldCache(root: root, identity: "test") { warnings.add($0) })
        for id in ["sample_001", "second", "sample_001"] {
            #expect(try gold.clipping(id: id).get() == (try GoldLoader(layout: layout).clipping(id: id).get()))
        }
        #expect(warnings.all.count == 1)
        #expect(warnings.all.first?.severity == .warning)
        #expect(warnings.all.first?.message.contains("--no-cache") == true)
    }

    @Test func theFolderComesFromTheEnvironment() {
        #expect(GoldCache.defaultRoot(environment: ["CLIPBENCH_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x", "HOME": "/h"])?.path == "/c")
        #expect(GoldCache.defaultRoot(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"])?.path == "/x/clipbench")
        // A relative XDG_CACHE_HOME is ignored, as the XDG rules say; an empty CLIPBENCH_CACHE_DIR too.
        #expect(GoldCache.defaultRoot(environment: ["CLIPBENCH_CACHE_DIR": "", "XDG_CACHE_HOME": "x", "HOME": "/h"])?.path == "/h/.cache/clipbench")
        #expect(GoldCache.defaultRoot(environment: [:]) == nil)
        #expect(GoldCache.standard(environment: ["CLIPBENCH_CACHE_DIR": "/c", "CLIPBENCH_NO_CACHE": "1"]) == nil)
        #expect(GoldCache.standard(environment: ["CLIPBENCH_CACHE_DIR": "/c", "CLIPBENCH_NO_CACHE": "0"])?.folder.path == "/c/gold-v1")
        #expect(GoldCache.executableIdentity() != nil)
    }

    /// Collects what a cache reports, from any thread.
    final class Warnings: @unchecked Sendable {
        private let lock = NSLock()
        private var diagnostics: [Diagnostic] = []
        func add(_ diagnostic: Diagnostic) { lock.withLock { diagnostics.append(diagnostic) } }
        var all: [Diagnostic] { lock.withLock { diagnostics } }
    }
}

extension String {
    /// The bytes of 64 hexadecimal digits, or nil.
    fileprivate var hexadecimalBytes: [UInt8]? {
        let digits = Array(utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}
