/// Where a document's creation date (DCT) came from, reported in every output as `dctSource`.
public enum DateSource: String, Sendable, Hashable, Codable {
    /// `--date` on the command line, or given by the caller.
    case option
    /// A dateline at the top of the text (`MOSCOW, Nov 21 (Reuters) -`).
    case dateline
    /// A `.meta.json` beside the file or a corpus record.
    case metadata
    /// The `<DCT>` of a TimeML file.
    case timeml
    /// Nothing gave a date, so the run's date was used.
    case today
}

/// One article: the original text, its reference date and the annotation layers stages add.
///
/// The text is never modified. Every layer is made of spans (Unicode scalar offsets) into it,
/// so any fact can be traced back to the characters it came from. The layers of this target
/// (sentences, tokens, entities, diagnostics) are stored properties; later targets add their
/// own layers through `subscript(layer:)` without this target knowing their types.
public struct Document: Sendable {
    /// Stable identifier, usually the file name without extension.
    public let id: String
    /// The text exactly as read.
    public let text: String
    /// The text as Unicode scalars, so a span is read in O(length).
    public let scalars: [Unicode.Scalar]
    /// The document creation time that relative dates are resolved against.
    public var creationDate: CalendarDate
    /// Where `creationDate` came from.
    public var creationDateSource: DateSource
    public var title: String?
    /// The file the text came from, if any.
    public var path: String?
    /// BCP 47 language tag; only `en` is supported.
    public var language: String

    public var sentences: [Sentence] = []
    public var tokens: [Token] = []
    public var entities: [EntityMention] = []
    public var diagnostics: [Diagnostic] = []

    fileprivate var layers: [ObjectIdentifier: any Sendable] = [:]

    public init(id: String, text: String, creationDate: CalendarDate,
                creationDateSource: DateSource = .option, title: String? = nil,
                path: String? = nil, language: String = "en") {
        self.id = id
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.creationDate = creationDate
        self.creationDateSource = creationDateSource
        self.title = title
        self.path = path
        self.language = language
    }

    /// The characters of `span`.
    public func text(of span: Span) -> String {
        String(scalars: scalars[span.start..<span.end])
    }

    /// The characters of a token.
    public func text(of token: Token) -> String { text(of: token.span) }

    /// The sentence index containing token `index`, found by binary search.
    public func sentenceIndex(ofToken index: Int) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = sentences[mid].tokens
            if index < range.lowerBound { high = mid - 1 } else if index >= range.upperBound {
                low = mid + 1
            } else { return mid }
        }
        return nil
    }

    /// The sentence index containing scalar offset `offset`.
    public func sentenceIndex(ofOffset offset: Int) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let span = sentences[mid].span
            if offset < span.start { high = mid - 1 } else if offset >= span.end {
                low = mid + 1
            } else { return mid }
        }
        return nil
    }

    /// A layer added by a later stage; its `empty` value until a stage sets it.
    public subscript<Layer: AnnotationLayer>(layer layer: Layer.Type) -> Layer.Value {
        get { (layers[ObjectIdentifier(layer)] as? Layer.Value) ?? Layer.empty }
        set { layers[ObjectIdentifier(layer)] = newValue }
    }
}

/// A key for an annotation layer that a target above `TextAnalysis` stores in a `Document`.
///
/// Declare a caseless enum conforming to this and expose it as a computed property in an
/// extension of `Document`, so callers write `document.timexes` rather than the subscript.
public protocol AnnotationLayer {
    associatedtype Value: Sendable
    /// The value before any stage has set the layer.
    static var empty: Value { get }
}

extension Document {
    /// The same document under another id (two inputs with the same file name).
    public func renamed(_ id: String) -> Document {
        var copy = Document(id: id, text: text, creationDate: creationDate,
                            creationDateSource: creationDateSource, title: title, path: path,
                            language: language)
        copy.sentences = sentences
        copy.tokens = tokens
        copy.entities = entities
        copy.diagnostics = diagnostics
        copy.layers = layers
        return copy
    }
}
