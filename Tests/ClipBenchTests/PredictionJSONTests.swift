import Testing
@testable import ClipBench

struct PredictionJSONTests {
    @Test func absentKeysAreNotAttemptedAndNullIsAttempted() throws {
        let prediction = try Prediction(jsonText: #"{"id": "a", "headline": null, "entities": []}"#)
        #expect(prediction.attempted == [.headline, .entities])
        #expect(prediction.headline == nil)
        #expect(prediction.jsonLine == #"{"id":"a","headline":null,"entities":[]}"#)
    }

    @Test func roundTripsEveryKey() throws {
        let line = #"{"id":"x","headline":"عنوان","published":"2025-04-10","body":"نص\nثان","regions":[{"label":"boilerplate","category":"share","start":0,"end":3}],"entities":[{"text":"روسيا","type":"LOC","start":4,"end":9,"id":"russia"}],"dates":[{"text":"18 فبراير","value":null}]}"#
        let prediction = try Prediction(jsonText: line)
        #expect(prediction.attempted == Set(PredictionTask.allCases))
        #expect(prediction.jsonLine == line)
    }

    @Test(arguments: [
        (#"{"headline": "x"}"#, "id"),
        (#"{"id": "a", "headlin": "x"}"#, "headlin"),
        (#"{"id": "a", "entities": [{"text": "x", "type": "PERSON"}]}"#, "entities[0].type"),
        (#"{"id": "a", "entities": [{"text": "x", "type": "PER", "start": 1}]}"#, "entities[0]"),
        (#"{"id": "a", "dates": [{"text": "x", "value": null, "start": true, "end": 2}]}"#, "dates[0].start"),
        (#"{"id": "a", "regions": [{"label": "body", "start": 1.5, "end": 2}]}"#, "regions[0].start"),
        (#"{"id": "a", "headline": "x", "headline": "y"}"#, "headline"),
        (#"{"id": "a", "entities": [{"text": "x", "type": "PER"}, {"text": "y", "type": "PER", "text": "z"}]}"#, "entities[1].text"),
        (#"{"id": "a", "dates": [], "body": "\"dates\": 1", "dates": null}"#, "dates"),
        (#"[1, 2]"#, ""),
        (#"{"id": "a", "#, ""),
    ])
    func rejectsMalformedPredictionsNamingTheKey(text: String, path: String) {
        #expect(throws: PredictionDecodingError.self) { try Prediction(jsonText: text) }
        do {
            _ = try Prediction(jsonText: text)
        } catch {
            #expect(error.path == path)
        }
    }

    /// Issue 12: 10^6 predicted entities took 13 minutes and 3 GB. A prediction holds at most
    /// InputLimits.mentionsPerPrediction mentions, counted over its lists before any is decoded.
    @Test func refusesMoreMentionsThanTheLimit() throws {
        let limit = InputLimits.mentionsPerPrediction
        func items(_ count: Int) -> String { "[" + Array(repeating: "0", count: count).joined(separator: ",") + "]" }
        let over = "{\"id\":\"a\",\"regions\":\(items(limit / 2)),\"entities\":\(items(limit / 2 + 1))}"
        let error = #expect(throws: PredictionDecodingError.self) { try Prediction(jsonText: over) }
        #expect(error?.path == "entities")
        #expect(error?.message == "the prediction holds \(limit + 1) or more mentions, more than the limit of \(limit) per prediction (InputLimits.mentionsPerPrediction; no option raises it)")
        // At the limit the lists are decoded (and here their items are refused one by one).
        let atLimit = "{\"id\":\"a\",\"dates\":\(items(limit))}"
        let itemError = #expect(throws: PredictionDecodingError.self) { try Prediction(jsonText: atLimit) }
        #expect(itemError?.path == "dates[0]")
    }
}
