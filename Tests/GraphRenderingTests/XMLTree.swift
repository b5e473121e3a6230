import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element, for structural checks of GraphML, GEXF and SVG output.
final class XMLTreeNode: @unchecked Sendable {
    let name: String
    let namespace: String?
    let attributes: [String: String]
    var children: [XMLTreeNode] = []
    var text = ""

    init(name: String, namespace: String?, attributes: [String: String]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
    }

    /// Direct children named `name`.
    func elements(_ name: String) -> [XMLTreeNode] { children.filter { $0.name == name } }

    /// Every descendant named `name`, in document order.
    func descendants(_ name: String) -> [XMLTreeNode] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
    }
}

/// Parses with Foundation's `XMLParser` (namespace-aware); throws on malformed XML.
enum XMLTree {
    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> XMLTreeNode {
        let delegate = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else {
            throw ParseError(description: "XML: \(parser.parserError.map { "\($0)" } ?? "?") "
                             + "at line \(parser.lineNumber)")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTreeNode?
        var stack: [XMLTreeNode] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = XMLTreeNode(name: name, namespace: namespaceURI, attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
                    qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
