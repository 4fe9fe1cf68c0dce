/// A tmux pane with its attributes (`capture-pane -p -e`): each character with the
/// reverse-video flag and colours that tmux's SGR sequences gave it.
///
/// tmux writes only SGR sequences (`ESC [ … m`), and the state runs on from one line to
/// the next, so the capture is read as one stream.
struct StyledScreen {
    struct Cell: Equatable {
        var character: Character
        var isReverse: Bool
        var isBold: Bool
        /// The SGR parameters of the foreground colour (`"31"`, `"38;5;9"`); nil for the default.
        var foreground: String?
        var background: String?
    }

    /// The raw capture, escape sequences included.
    let raw: String
    let rows: [[Cell]]
    /// Every colour parameter (30–38, 40–48, 90–97, 100–107 with their arguments) that
    /// occurred anywhere; the default-colour resets 39 and 49 are not colours.
    let colourParameters: [String]

    init(captured: String) {
        raw = captured
        var rows: [[Cell]] = [[]]
        var colours: [String] = []
        var style = Cell(character: " ", isReverse: false, isBold: false)
        var characters = Array(captured)[...]
        while let character = characters.popFirst() {
            if character == "\u{1b}", characters.first == "[" {
                characters.removeFirst()
                var body = ""
                while let next = characters.popFirst() {
                    if next.isLetter || next == "~" {
                        if next == "m" { Self.apply(body, to: &style, colours: &colours) }
                        break
                    }
                    body.append(next)
                }
            } else if character == "\n" {
                rows.append([])
            } else {
                var cell = style
                cell.character = character
                rows[rows.count - 1].append(cell)
            }
        }
        if rows.last?.isEmpty == true { rows.removeLast() }
        self.rows = rows
        colourParameters = colours
    }

    /// The text of `row` without attributes.
    func text(ofRow row: Int) -> String { String(rows[row].map(\.character)) }

    /// The cells of the first occurrence of `text` on the screen.
    func cells(of text: String) -> [Cell]? {
        let wanted = Array(text)
        for row in rows {
            guard row.count >= wanted.count else { continue }
            for start in 0...(row.count - wanted.count) where row[start].character == wanted[0] {
                let slice = Array(row[start..<start + wanted.count])
                if slice.map(\.character) == wanted { return slice }
            }
        }
        return nil
    }

    /// Whether any character on the screen is drawn in reverse video.
    var hasReverseVideo: Bool { rows.contains { $0.contains(where: \.isReverse) } }

    private static func apply(_ body: String, to style: inout Cell, colours: inout [String]) {
        var parameters = body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
        if parameters.isEmpty { parameters = [0] }
        while let parameter = parameters.popFirst() {
            switch parameter {
            case 0:
                style = Cell(character: " ", isReverse: false, isBold: false)
            case 1: style.isBold = true
            case 22: style.isBold = false
            case 7: style.isReverse = true
            case 27: style.isReverse = false
            case 39: style.foreground = nil
            case 49: style.background = nil
            case 30...37, 90...97:
                style.foreground = String(parameter)
                colours.append(String(parameter))
            case 40...47, 100...107:
                style.background = String(parameter)
                colours.append(String(parameter))
            case 38, 48:
                // 38;5;n or 38;2;r;g;b: the arguments belong to the colour.
                let count = parameters.first == 5 ? 2 : parameters.first == 2 ? 4 : 0
                let colour = ([parameter] + parameters.prefix(count)).map(String.init).joined(separator: ";")
                parameters = parameters.dropFirst(count)
                if parameter == 38 { style.foreground = colour } else { style.background = colour }
                colours.append(colour)
            default:
                break
            }
        }
    }
}
