/// The event classes of the extraction schema, aligned with the CAMEO root codes.
///
/// The verb-class resource (`en/lexicons/event-verbs.tsv`) maps trigger lemmas to these.
public enum EventType: String, Sendable, Hashable, Codable, CaseIterable {
    case statement = "STATEMENT"
    case accuse = "ACCUSE"
    case praiseThank = "PRAISE_THANK"
    case meetVisit = "MEET_VISIT"
    case agreeCooperate = "AGREE_COOPERATE"
    case provideAid = "PROVIDE_AID"
    case deployMove = "DEPLOY_MOVE"
    case fightAttack = "FIGHT_ATTACK"
    case casualties = "CASUALTIES"
    case seizeCapture = "SEIZE_CAPTURE"
    case withdrawExpel = "WITHDRAW_EXPEL"
    case legalJudicial = "LEGAL_JUDICIAL"
    case electAppoint = "ELECT_APPOINT"
    case economicDeal = "ECONOMIC_DEAL"
    case protest = "PROTEST"
    case disaster = "DISASTER"
    case other = "OTHER"

    /// CAMEO quad class: roots 01–05 verbal cooperation, 06–09 material cooperation,
    /// 10–14 verbal conflict, 15–20 material conflict. Classes CAMEO has no root for
    /// (elections, disasters, other) are `neutral`.
    public var quadClass: QuadClass {
        switch self {
        case .statement, .praiseThank, .meetVisit: return .verbalCooperation
        case .agreeCooperate, .provideAid, .economicDeal: return .materialCooperation
        case .accuse, .protest: return .verbalConflict
        case .deployMove, .fightAttack, .casualties, .seizeCapture, .withdrawExpel,
             .legalJudicial: return .materialConflict
        case .electAppoint, .disaster, .other: return .neutral
        }
    }
}

/// Verbal/material × cooperation/conflict, the CAMEO summary used for edge colours.
public enum QuadClass: String, Sendable, Hashable, Codable, CaseIterable {
    case verbalCooperation = "verbal-cooperation"
    case materialCooperation = "material-cooperation"
    case verbalConflict = "verbal-conflict"
    case materialConflict = "material-conflict"
    case neutral

    public var isConflict: Bool { self == .verbalConflict || self == .materialConflict }
    public var isMaterial: Bool { self == .materialCooperation || self == .materialConflict }
}

/// How firmly the text asserts an event.
public enum Certainty: String, Sendable, Hashable, Codable, CaseIterable {
    /// Stated as fact by the article.
    case asserted
    /// Attributed to a source ("X said", "according to X", "reportedly").
    case reported
    /// Explicitly not confirmed ("has not confirmed", "could not independently verify").
    case unconfirmed
    /// Denied by someone.
    case denied
    /// Announced or planned, not yet happened ("will", "plans to").
    case future
}

/// Which rule gave an event its date.
public enum DateOrigin: String, Sendable, Hashable, Codable {
    /// A temporal expression governing the event's clause.
    case timex
    /// The running reference time of the narrative (an earlier date, or an anchoring event).
    case narrative
    /// The document creation date (reporting verbs with no other date).
    case dct
}
