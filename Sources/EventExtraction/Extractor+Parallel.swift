import Dispatch
import Foundation
import TextAnalysis

extension Extractor {
    /// Extracts `documents` on all cores; the results are in the order given, the same as
    /// extracting them one by one. The first error (in input order) is thrown.
    ///
    /// For inputs already in memory (the views reading files); `eventgraph add` streams a
    /// corpus of any size through `CorpusIngester` instead.
    public func extract(_ documents: [Document]) throws(ExtractionError)
        -> [DocumentExtraction] {
        let results = ResultSlots(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            results[index] = Result { () throws(ExtractionError) -> DocumentExtraction in
                try extract(documents[index])
            }
        }
        var extractions: [DocumentExtraction] = []
        extractions.reserveCapacity(documents.count)
        for result in results.all {
            switch result {
            case .success(let extraction)?: extractions.append(extraction)
            case .failure(let error)?: throw error
            case nil: continue
            }
        }
        return extractions
    }
}

/// One result slot per document, filled from several threads under a lock.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<DocumentExtraction, ExtractionError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Result<DocumentExtraction, ExtractionError>? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var all: [Result<DocumentExtraction, ExtractionError>?] { lock.withLock { slots } }
}
