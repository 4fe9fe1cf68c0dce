import TerminalKit

/// The question `n` asks before creating a module: its title, and its id proposed from it.
struct NewModulePrompt: Hashable, Sendable {
    enum Field: Hashable, Sendable { case title, id }

    /// The topic the module goes into.
    var topic: String
    var topicLabel: String
    var title: TextField
    var id: TextField
    /// Once the user types in the id, it is no longer proposed from the title.
    var idEdited = false
    var field = Field.title
    /// Why the module cannot be created as typed.
    var problem: String?

    init(topic: String, topicLabel: String, fieldWidth: Int) {
        self.topic = topic
        self.topicLabel = topicLabel
        self.title = TextField(placeholder: "the module's title, in any script", viewportWidth: fieldWidth, maxLength: 300)
        self.id = TextField(placeholder: "proposed from the title", viewportWidth: fieldWidth, maxLength: 64)
    }
}
