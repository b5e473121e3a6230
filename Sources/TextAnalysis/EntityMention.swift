/// The classes of names the entity recogniser finds.
public enum EntityClass: String, Sendable, Hashable, Codable, CaseIterable {
    case person = "PERSON"
    case organization = "ORGANIZATION"
    case geopolitical = "GPE_LOC"
}

/// A named-entity span found by the entity recogniser.
public struct EntityMention: Sendable, Hashable, Codable {
    public var span: Span
    public var entityClass: EntityClass
    /// Token indices covered.
    public var tokens: Range<Int>

    public init(span: Span, entityClass: EntityClass, tokens: Range<Int>) {
        self.span = span
        self.entityClass = entityClass
        self.tokens = tokens
    }
}
