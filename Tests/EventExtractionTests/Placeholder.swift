import Testing
@testable import EventExtraction
