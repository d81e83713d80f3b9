import Foundation
import Testing
@testable import ClipBench

/// The JSON report rendered from the model: SPEC section 6's nesting, order and bootstrap figures.
struct ScorecardJSONRendererTests {
    static func group(_ keys: [String], attempted: Bool = true, spread: MeasureSpread? = nil) -> MetricGroupReport {
        MetricGroupReport(keys: keys, attempted: attempted, isShown: true, figures: attempted ? [
            ReportFigure(name: "f1", kind: .measure, value: 0.5, spread: spread), ReportFigure(name: "tp", kind: .count, value: 2),
        ] : [])
    }

    /// A group with children (`body` and `body.tokens.micro`) keeps its own figures first.
    @Test func nestsChildGroupsAfterTheirParentsFigures() {
        let metrics = ScorecardJSONRenderer.metrics([Self.group(["body"]), Self.group(["body", "tokens", "micro"])], withBootstrap: false)
        #expect(metrics.serialized() == #"{"body":{"f1":0.5,"tp":2,"tokens":{"micro":{"f1":0.5,"tp":2}}}}"#)
    }

    /// `std` and `interval` list the measures only, null where a measure has no spread.
    @Test(arguments: [
        (Optional(MeasureSpread(standardDeviation: 0.1, low: 0.4, high: 0.6)), #"{"f1":0.5,"tp":2,"std":{"f1":0.1},"interval":{"f1":[0.4,0.6]}}"#),
        (nil, #"{"f1":0.5,"tp":2,"std":{"f1":null},"interval":{"f1":null}}"#),
    ])
    func writesTheBootstrapFiguresOfMeasuresOnly(spread: MeasureSpread?, expected: String) {
        #expect(ScorecardJSONRenderer.jsonValue(of: Self.group(["headline"], spread: spread), withBootstrap: true).serialized() == expected)
    }

    @Test func writesATaskNotAttemptedAsSuch() {
        #expect(ScorecardJSONRenderer.jsonValue(of: Self.group(["published"], attempted: false), withBootstrap: true).serialized()
                == #"{"attempted":false}"#)
    }

    @Test func writesARowWithIdMissingAndMetrics() {
        let row = DocumentReport(id: "a", groups: [Self.group(["headline"])], isMissing: true)
        #expect(ScorecardJSONRenderer.jsonValue(of: row).serialized() == #"{"id":"a","missing":true,"metrics":{"headline":{"f1":0.5,"tp":2}}}"#)
    }
}
