import Foundation
import Testing
@testable import ClipBench

/// Renders every clipping of the package's own dataset and checks that the pages lose nothing.
struct PackageClippingsRenderingTests {
    static let clippings = GoldLoader(layout: DatasetLayout(root: CommandRunner.packageRoot)).allClippings().clippings

    /// The text a reader sees on the page: region tags dropped, tags removed, references resolved.
    static func visibleText(of markup: String) -> String {
        markup.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.replacing(#/<span class="r-tag"[^>]*>[^<]*</span>/#, with: "")
                .replacing(#/<[^>]+>/#, with: "")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }.joined(separator: "\n")
    }

    @Test func theHTMLShowsEverySeedWholeAndNestsProperly() {
        // Every annotation of the package loads, so none is silently left out of this check.
        #expect(Self.clippings.count == DatasetLayout(root: CommandRunner.packageRoot).annotationIDs().count)
        for clipping in Self.clippings {
            let markup = ClippingHTMLRenderer().markup(clipping.annotation, text: clipping.seed)
            #expect(HTMLBalance.problem(in: markup) == nil, "\(clipping.id)")
            // One line element per seed line (a final line break adds no element).
            var expected = clipping.seed.string
            if expected.hasSuffix("\n") { expected.removeLast() }
            #expect(Self.visibleText(of: markup) == expected + "\n", "\(clipping.id)")
        }
    }

    @Test func theTextRenderingHasOneLinePerSeedLine() {
        for clipping in Self.clippings {
            let rendered = ClippingTextRenderer(usesColour: false).render(clipping.annotation, text: clipping.seed)
            // The header and the legend, a blank line, then the seed's lines.
            let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
            let seedLines = clipping.seed.string.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 3 + seedLines.count + (clipping.seed.string.hasSuffix("\n") ? 0 : 1), "\(clipping.id)")
        }
    }
}
