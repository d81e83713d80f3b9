import ClipBenchCore

/// One well-formed prediction and where it was read.
public struct PredictionRecord: Sendable {
    public var prediction: Prediction
    /// The file and line the prediction starts on (column 1).
    public var location: SourceLocation
    /// The JSON text it was decoded from, to point diagnostics at a key.
    public var jsonText: String

    public init(prediction: Prediction, location: SourceLocation, jsonText: String) {
        self.prediction = prediction
        self.location = location
        self.jsonText = jsonText
    }
}
