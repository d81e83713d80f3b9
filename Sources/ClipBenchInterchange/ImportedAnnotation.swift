import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchExtraction
import ClipBenchReports

/// An annotation read from another tool's format, ready to be written as `Annotations/<id>.yaml`.
///
/// ```swift
/// let imported = try BratImporter.annotation(ann: annText, text: seed, id: id, path: "a.ann")
/// let yaml = imported.yaml   // status draft unless the importer was told otherwise
/// ```
public struct ImportedAnnotation: Sendable, Hashable {
    public var annotation: Annotation
    /// The annotation's `notes:`: the tool's own notes, then where the annotation came from.
    public var notes: String?
    /// Whose annotation this is, as a folder name, where the format says (Label Studio does); nil otherwise.
    public var annotator: String?

    public init(annotation: Annotation, notes: String?, annotator: String? = nil) {
        self.annotation = annotation
        self.notes = notes
        self.annotator = annotator
    }

    /// The annotation file's text.
    public var yaml: String { DraftAnnotationWriter.yaml(for: annotation, notes: notes) }
}

/// Writes imported annotations into a folder, one `<id>.yaml` each (or `<annotator>/<id>.yaml` per
/// annotator), atomically and never over an existing file unless asked.
///
/// ```swift
/// let diagnostics = ImportedAnnotationWriter.write(imported, into: folder, force: false)
/// ```
///
/// - Complexity: O(total size of the annotations).
public enum ImportedAnnotationWriter {
    /// Writes every annotation; returns the files written and one diagnostic per file that could not be.
    /// Without `perAnnotator`, a clipping with several annotations is an error and none of them is written.
    public static func write(_ annotations: [ImportedAnnotation], into folder: URL, perAnnotator: Bool, force: Bool) -> (written: [URL], diagnostics: [Diagnostic]) {
        var written: [URL] = []
        var diagnostics: [Diagnostic] = []
        var counts: [String: Int] = [:]
        for imported in annotations { counts[imported.annotation.id, default: 0] += 1 }
        var reported: Set<String> = []
        for imported in annotations {
            let id = imported.annotation.id
            if !perAnnotator, counts[id]! > 1 {
                if reported.insert(id).inserted {
                    diagnostics.append(Diagnostic(.error, "the clipping \(id) has \(counts[id]!) annotations; pass --per-annotator to write one folder per annotator", at: SourceLocation(path: id)))
                }
                continue
            }
            var target = folder
            if perAnnotator { target = target.appendingPathComponent(imported.annotator ?? "unknown-annotator", isDirectory: true) }
            do {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            } catch {
                diagnostics.append(Diagnostic(.error, "cannot create the folder: \(error.localizedDescription)", at: SourceLocation(path: DisplayPath.of(target))))
                continue
            }
            let url = target.appendingPathComponent("\(imported.annotation.id).yaml")
            do {
                try ReportOutput.write(imported.yaml, to: url, force: force)
                written.append(url)
            } catch {
                diagnostics.append(error.diagnostic)
            }
        }
        return (written, diagnostics)
    }
}

/// Checks shared by the importers: ids that are safe file names, registry ids that are slugs.
package enum InterchangeNames {
    /// Why `id` is no registry id, or nil: lowercase ASCII letters, digits and `-`, `_`, `.` (safe unquoted in YAML).
    package static func registryIDProblem(_ id: String) -> String? {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.".unicodeScalars)
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first),
              id.unicodeScalars.allSatisfy({ allowed.contains($0) }) else {
            return "the registry id '\(id)' is not a lowercase slug (letters, digits, '-', '_', '.')"
        }
        return nil
    }

    /// An annotator's e-mail or name made into a folder name: unsafe characters become `_`.
    package static func folderName(forAnnotator name: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.".unicodeScalars)
        var result = String.UnicodeScalarView()
        for scalar in name.unicodeScalars.prefix(ClippingID.maximumLength) { result.append(allowed.contains(scalar) ? scalar : "_") }
        var folder = String(result)
        if ClippingID.problem(with: folder) != nil { folder = "annotator_" + folder }
        return String(folder.prefix(ClippingID.maximumLength))
    }
}
