import Testing
@testable import EventGraph
