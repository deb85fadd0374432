import SummitKit
let store = Extractor().extract(Record.bundled())
for f in store.exportedFacts(kind: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : nil) { print(f.serialized(pretty: false)) }
