import Foundation
import Testing
@testable import ClipBench

/// The package's own gold (Annotations/ beside Package.swift, found from this file's path).
struct PackageAnnotationsTests {
    static let layout = DatasetLayout(root: CommandRunner.packageRoot)
    static let ids = layout.annotationIDs()

    /// For every span of every annotation, the seed's text at [start, end) in Unicode scalars is the
    /// recorded text. Reads the files directly (not through the validator), so a shifted offset fails here too.
    @Test(arguments: ids)
    func everySpanMatchesItsSeedInScalars(id: String) throws {
        let loaded = AnnotationLoader.load(contentsOf: Self.layout.annotationURL(for: id), path: "Annotations/\(id).yaml")
        #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
        let document = try #require(loaded.document)
        let data = try Data(contentsOf: Self.layout.seedURL(for: id))
        let scalars = Array(try #require(String(validating: data, as: UTF8.self)).unicodeScalars)
        #expect(!document.spans.isEmpty)
        for span in document.spans {
            let start = try #require(span.start, "\(span.label) has no start")
            let end = try #require(span.end, "\(span.label) has no end")
            try #require(start >= 0 && start <= end && end <= scalars.count, "\(span.label) [\(start), \(end)) is outside the seed")
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == span.text, "\(id): \(span.label) at [\(start), \(end))")
        }
    }

    @Test func everySeedHasAnAnnotationOnceTheDatasetHasARegistry() throws {
        try #require(FileManager.default.fileExists(atPath: Self.layout.registryURL.path) || Self.ids.isEmpty)
        if FileManager.default.fileExists(atPath: Self.layout.registryURL.path) {
            #expect(Self.layout.seedIDs() == Self.ids)
        }
    }

    @Test func thePackageDatasetValidates() throws {
        try #require(!Self.ids.isEmpty || !FileManager.default.fileExists(atPath: Self.layout.registryURL.path))
        guard !Self.ids.isEmpty else { return }
        let outcome = DatasetValidator(layout: Self.layout).validate()
        #expect(!outcome.failed(strict: false), "\(outcome.diagnostics.filter { $0.severity == .error })")
    }
}
