import EventGraph
