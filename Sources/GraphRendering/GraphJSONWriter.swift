import EventGraph
import Foundation

/// The actor diagram as node-link JSON (`{"nodes": […], "edges": […]}`), the shape D3,
/// NetworkX (`node_link_graph`) and most web viewers read; sorted keys, defined order.
public struct GraphJSONWriter: Sendable {
    public init() {}

    struct Document: Encodable {
        var nodes: [Node]
        var edges: [Edge]
    }

    struct Node: Encodable {
        var id: String
        var label: String
        var kind: String?
        var events: Int
        var start: String?
        var end: String?
    }

    struct Edge: Encodable {
        var source: String
        var target: String
        var label: String
        var kinds: [String]
        var affiliation: Bool
        var events: [String]
        var count: Int
        var quadClasses: [String]
        var claimOnly: Bool
        var start: String?
        var end: String?
    }

    /// The JSON text, pretty printed with sorted keys and a final line end.
    ///
    /// - Throws: `RenderError.encodingFailed` only if JSON encoding fails.
    public func write(_ graph: EventGraph) throws(RenderError) -> String {
        let diagram = ActorDiagram(graph)
        let document = Document(
            nodes: diagram.nodes.map {
                Node(id: $0.id.rawValue, label: $0.name, kind: $0.kind?.rawValue,
                     events: $0.eventCount, start: $0.dates?.start, end: $0.dates?.end)
            },
            edges: diagram.edges.map { edge in
                Edge(source: edge.from.rawValue, target: edge.to.rawValue, label: edge.label,
                     kinds: edge.kinds, affiliation: edge.isAffiliation,
                     events: edge.events.map(\.id.rawValue), count: edge.events.count,
                     quadClasses: edge.quadClasses.map(\.rawValue).sorted(),
                     claimOnly: edge.isClaimOnly, start: edge.dates?.start,
                     end: edge.dates?.end)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
        } catch {
            throw .encodingFailed(String(describing: error))
        }
    }
}
