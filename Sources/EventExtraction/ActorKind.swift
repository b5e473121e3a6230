/// What kind of participant an actor is; decides its shape in the diagram.
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case country, person, organization, group, location
}
