import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset

/// The other tools' formats `clipbench export` writes and `clipbench import` reads.
///
/// ```swift
/// InterchangeFormat(rawValue: "brat")   // .brat
/// ```
public enum InterchangeFormat: String, Sendable, Hashable, CaseIterable {
    case labelstudio, brat, conll
}

/// The files of an export, by name, with a warning per thing a format cannot carry.
///
/// ```swift
/// let export = InterchangeExport.files(format: .brat, clippings: clippings, predictions: [:])
/// export.files.map(\.name)   // ["000_….txt", "000_….ann", …, "annotation.conf", "visual.conf"]
/// ```
///
/// - Complexity: O(total size of the clippings).
public struct InterchangeExport: Sendable {
    public struct File: Sendable, Hashable {
        public var name: String
        public var contents: String
    }

    /// Where Label Studio's pre-annotations come from.
    public enum PredictionSource: Sendable {
        /// No pre-annotations.
        case none
        /// The gold itself, everything it records (for round trips, or to review the gold in Label Studio).
        case gold
        /// Extractor output by clipping id, with the model version Label Studio shows.
        case predictions([String: Prediction], modelVersion: String)
    }

    public var files: [File] = []
    public var warnings: [Diagnostic] = []

    /// The Label Studio tasks file name and the labelling configuration's.
    public static let labelStudioTasks = "tasks.json"
    public static let labelStudioConfiguration = "config.xml"
    /// The CoNLL file of all clippings.
    public static let conllFile = "clippings.conll"

    /// The export of `clippings` in `format`; `predictions` and `unit` are Label Studio's only.
    public static func files(format: InterchangeFormat, clippings: [GoldClipping], predictions: PredictionSource = .none, unit: OffsetUnit = .scalars) -> InterchangeExport {
        var export = InterchangeExport()
        switch format {
        case .labelstudio:
            let tasks = clippings.map { clipping -> JSONValue in
                var result: [(modelVersion: String, result: [JSONValue])] = []
                switch predictions {
                case .none: break
                case .gold:
                    result.append(("gold", LabelStudioExporter.results(for: clipping.annotation, notes: clipping.notes, text: clipping.seed, unit: unit)))
                case .predictions(let byID, let modelVersion):
                    if let prediction = byID[clipping.id] {
                        result.append((modelVersion, LabelStudioExporter.results(for: prediction, text: clipping.seed, unit: unit)))
                    }
                }
                return LabelStudioExporter.task(id: clipping.id, text: clipping.seed, predictions: result)
            }
            export.files.append(File(name: labelStudioTasks, contents: JSONValue.array(tasks).serialized(pretty: true) + "\n"))
            export.files.append(File(name: labelStudioConfiguration, contents: LabelStudioExporter.configuration()))
        case .brat:
            for clipping in clippings {
                export.files.append(File(name: "\(clipping.id).txt", contents: clipping.seed.string))
                export.files.append(File(name: "\(clipping.id).ann", contents: BratFormat.ann(for: clipping.annotation, notes: clipping.notes, text: clipping.seed)))
            }
            export.files.append(File(name: "annotation.conf", contents: BratFormat.annotationConfiguration()))
            export.files.append(File(name: "visual.conf", contents: BratFormat.visualConfiguration()))
        case .conll:
            var text = ""
            for clipping in clippings {
                let document = CoNLLFormat.document(for: clipping.annotation, text: clipping.seed)
                text += document.text
                export.warnings += document.warnings.map { Diagnostic(.warning, $0, at: SourceLocation(path: "Annotations/\(clipping.id).yaml")) }
            }
            export.files.append(File(name: conllFile, contents: text))
        }
        return export
    }
}
