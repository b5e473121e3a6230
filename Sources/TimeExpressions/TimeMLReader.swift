import TextAnalysis

/// A small, strict reader for TimeML: enough XML to find `<DCT>`, `<DOCID>` and the text
/// and TIMEX3 elements of `<TEXT>`, checking that tags nest.
struct TimeMLReader {
    private let scalars: [Unicode.Scalar]
    private let file: String
    private let requireDate: Bool
    private var index = 0

    init(markup: String, file: String, requireDate: Bool) {
        scalars = Array(markup.unicodeScalars)
        self.file = file
        self.requireDate = requireDate
    }

    private struct OpenElement {
        var name: String
        var attributes: [String: String]
        var textStart: Int
    }

    mutating func read() throws(TimeMLError) -> TimeMLDocument {
        var stack: [OpenElement] = []
        var text = String.UnicodeScalarView()
        var textLength = 0
        var inText = false
        var sawText = false
        var docID: String?
        var dctValue: String?
        var timexes: [TimeMLDocument.Timex] = []
        var plain = String.UnicodeScalarView()
        var sawRoot = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                let tagStart = index
                if startsWith("<!--") {
                    try skip(past: "-->", from: tagStart)
                    continue
                }
                if startsWith("<?") || startsWith("<!") {
                    try skip(past: ">", from: tagStart)
                    continue
                }
                let tag = try readTag()
                if tag.closing {
                    let innermost = stack.popLast()
                    guard let open = innermost, open.name == tag.name else {
                        let expected = innermost.map { "</\($0.name)> was expected" }
                            ?? "nothing is open"
                        throw .malformed(file: file, offset: tagStart,
                                         message: "</\(tag.name)> found where \(expected)")
                    }
                    if open.name == "TEXT" { inText = false }
                    if open.name == "DOCID" {
                        docID = String(String.UnicodeScalarView(plain)).trimmedWhitespace()
                    }
                    if open.name == "TIMEX3", inText {
                        timexes.append(TimeMLDocument.Timex(
                            span: Span(start: open.textStart, end: textLength),
                            tid: open.attributes["tid"] ?? "",
                            type: open.attributes["type"] ?? "",
                            value: open.attributes["value"] ?? "",
                            mod: open.attributes["mod"]))
                    }
                    if open.name == "TIMEX3", stack.contains(where: { $0.name == "DCT" }) {
                        dctValue = open.attributes["value"]
                    }
                    continue
                }
                if stack.isEmpty {
                    if sawRoot {
                        throw .malformed(file: file, offset: tagStart,
                                         message: "content after the root element")
                    }
                    sawRoot = true
                }
                if tag.name == "TEXT" {
                    inText = true
                    sawText = true
                }
                if tag.name == "DOCID" { plain = String.UnicodeScalarView() }
                if tag.name == "TIMEX3", stack.contains(where: { $0.name == "DCT" }) {
                    dctValue = tag.attributes["value"]
                }
                if !tag.selfClosing {
                    stack.append(OpenElement(name: tag.name, attributes: tag.attributes,
                                             textStart: textLength))
                }
                continue
            }
            let decoded: Unicode.Scalar
            if scalar == "&" {
                decoded = try readEntity()
            } else {
                decoded = scalar
                index += 1
            }
            if inText {
                text.append(decoded)
                textLength += 1
            }
            if stack.last?.name == "DOCID" { plain.append(decoded) }
        }
        if let open = stack.last {
            throw .malformed(file: file, offset: scalars.count,
                             message: "<\(open.name)> is never closed")
        }
        guard sawText else { throw .missingText(file: file) }
        var date: CalendarDate?
        if let dctValue {
            date = CalendarDate(iso: dctValue)
            if date == nil && requireDate {
                throw .invalidCreationTime(file: file, value: dctValue)
            }
        }
        return TimeMLDocument(id: docID ?? file, text: String(text), creationDate: date,
                              creationValue: dctValue, timexes: timexes)
    }

    private func startsWith(_ prefix: String) -> Bool {
        var offset = index
        for scalar in prefix.unicodeScalars {
            guard offset < scalars.count, scalars[offset] == scalar else { return false }
            offset += 1
        }
        return true
    }

    private mutating func skip(past terminator: String, from start: Int) throws(TimeMLError) {
        while index < scalars.count {
            if startsWith(terminator) {
                index += terminator.unicodeScalars.count
                return
            }
            index += 1
        }
        throw .malformed(file: file, offset: start, message: "unterminated markup")
    }

    private struct Tag {
        var name: String
        var attributes: [String: String]
        var closing: Bool
        var selfClosing: Bool
    }

    private mutating func readTag() throws(TimeMLError) -> Tag {
        let start = index
        index += 1
        var tag = Tag(name: "", attributes: [:], closing: false, selfClosing: false)
        if index < scalars.count, scalars[index] == "/" {
            tag.closing = true
            index += 1
        }
        tag.name = readName()
        guard !tag.name.isEmpty else {
            throw .malformed(file: file, offset: start, message: "'<' does not start a tag")
        }
        while true {
            skipSpace()
            guard index < scalars.count else {
                throw .malformed(file: file, offset: start, message: "unterminated tag")
            }
            let scalar = scalars[index]
            if scalar == ">" {
                index += 1
                return tag
            }
            if scalar == "/", index + 1 < scalars.count, scalars[index + 1] == ">" {
                tag.selfClosing = true
                index += 2
                return tag
            }
            let name = readName()
            skipSpace()
            guard !name.isEmpty, index < scalars.count, scalars[index] == "=" else {
                throw .malformed(file: file, offset: index,
                                 message: "bad attribute in <\(tag.name)>")
            }
            index += 1
            skipSpace()
            guard index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" else {
                throw .malformed(file: file, offset: index, message: "attribute value unquoted")
            }
            let quote = scalars[index]
            index += 1
            var value = String.UnicodeScalarView()
            while index < scalars.count, scalars[index] != quote {
                if scalars[index] == "<" {
                    throw .malformed(file: file, offset: index, message: "'<' in attribute")
                }
                if scalars[index] == "&" {
                    value.append(try readEntity())
                } else {
                    value.append(scalars[index])
                    index += 1
                }
            }
            guard index < scalars.count else {
                throw .malformed(file: file, offset: start, message: "unterminated attribute")
            }
            index += 1
            tag.attributes[name] = String(value)
        }
    }

    private mutating func readName() -> String {
        var name = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isAlphabetic || TextScanner.isDigit(scalar) || scalar == ":"
                || scalar == "_" || scalar == "-" || scalar == "." {
                name.append(scalar)
                index += 1
            } else {
                break
            }
        }
        return String(name)
    }

    private mutating func skipSpace() {
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
    }

    private mutating func readEntity() throws(TimeMLError) -> Unicode.Scalar {
        let start = index
        var name = ""
        index += 1
        while index < scalars.count, scalars[index] != ";", name.count < 12 {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard index < scalars.count, scalars[index] == ";" else {
            throw .malformed(file: file, offset: start, message: "'&' does not start an entity")
        }
        index += 1
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            var number: UInt32?
            if name.hasPrefix("#x") { number = UInt32(name.dropFirst(2), radix: 16) }
            else if name.hasPrefix("#") { number = UInt32(name.dropFirst()) }
            if let number, let scalar = Unicode.Scalar(number) { return scalar }
            throw .malformed(file: file, offset: start, message: "unknown entity &\(name);")
        }
    }
}

extension String {
    func trimmedWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.unicodeScalars.first, first.properties.isWhitespace {
            slice = Substring(slice.unicodeScalars.dropFirst())
        }
        while let last = slice.unicodeScalars.last, last.properties.isWhitespace {
            slice = Substring(slice.unicodeScalars.dropLast())
        }
        return String(slice)
    }
}
