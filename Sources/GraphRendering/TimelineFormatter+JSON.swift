import EventGraph
import Foundation

extension TimelineFormatter {
    /// The events array exactly as `EventGraph`'s Codable writes it (schema version 1), so
    /// this view and `extract --format json` cannot drift apart; sorted keys, pretty printed.
    func jsonTimeline(_ events: [Event]) throws(RenderError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(events)
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw .encodingFailed(String(describing: error))
        }
    }
}
