#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import TerminalKit

/// The screen and keyboard, through ncurses: the only code that talks to the terminal.
///
/// A main loop renders its state into a `Buffer`, hands it to `draw(_:)` (which sends
/// only the cells that changed) and waits for the next event with `readKey`:
///
/// ```swift
/// let terminal = Terminal()
/// try terminal.start(useColor: !noColor, mouse: useMouse)
/// defer { terminal.stop() }      // also on a thrown error; exit() and signals are covered too
/// while !state.isFinished {
///     let size = terminal.size
///     var buffer = Buffer(width: size.columns, height: size.lines)
///     render(state, into: &buffer)
///     terminal.draw(buffer)
///     guard let key = terminal.readKey(timeoutMilliseconds: 250) else { continue }  // a tick
///     if key == .control("l") { terminal.redrawAll(); continue }
///     update(&state, key)         // `.resize` needs nothing more: the next frame has the new size
/// }
/// ```
///
/// `stop()` is idempotent, and besides the caller's `defer` the terminal is restored by
/// an `atexit` handler (for `exit()`) and by handlers for SIGINT, SIGTERM and SIGHUP that
/// restore it and then re-raise the signal, so the process ends with the usual status.
/// The class is not thread-safe (neither is ncurses): use it from one thread only.
public final class Terminal {
    private var screen: OpaquePointer?
    private var isActive = false
    private var colors: ColorPairs?
    private var lastDrawn: Buffer?
    private var isCursorVisible: Bool?
    /// Keys read while looking for an escape sequence that turned out to be keys of their own.
    var pendingKeys: [KeyEvent] = []

    public init() {}

    deinit {
        stop()
    }

    /// Whether `start` has taken over the terminal and `stop` has not given it back.
    public var isStarted: Bool { isActive }

    /// Takes over the terminal: full-screen, raw keyboard input, no echo.
    ///
    /// Sets the locale from the environment (for UTF-8 output), enters raw mode with the
    /// keypad on and a 25 ms Esc delay. Colours are used only when `useColor` is true
    /// (the caller applies `NO_COLOR` and `--no-color`) and the terminal has them;
    /// without them, styles keep only bold, reverse, underline and dim. The mouse is
    /// captured only when `mouse` is true. Calling `start` again after `stop` resumes
    /// and repaints the last frame.
    ///
    /// - Throws: `TerminalError` when standard input or output is not a terminal or
    ///   the terminal type is unknown.
    public func start(useColor: Bool, mouse: Bool) throws {
        if isActive { return }
        if screen == nil {
            try openScreen()
        }
        isActive = true
        installTerminalRestoration()
        configure(useColor: useColor, mouse: mouse)
        if let lastDrawn {
            self.lastDrawn = nil
            clearok(cw_stdscr(), true)
            draw(lastDrawn)
        }
    }

    /// Gives the terminal back to the shell; does nothing when not started.
    public func stop() {
        guard isActive else { return }
        isActive = false
        isCursorVisible = nil
        removeTerminalRestoration()
    }

    /// The terminal's size in columns and lines; (0, 0) when not started.
    public var size: (columns: Int, lines: Int) {
        guard isActive, let window = cw_stdscr() else { return (0, 0) }
        return (Int(cw_max_x(window)), Int(cw_max_y(window)))
    }

    /// Rings the terminal bell (or flashes, if that is all it can do).
    public func bell() {
        guard isActive else { return }
        _ = beep()
    }

    // MARK: Setup

    private func openScreen() throws {
        guard isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError.notATerminal
        }
        _ = setlocale(LC_ALL, "")
        fflush(nil)
        // newterm (rather than initscr, which exits on failure) so that an unknown
        // TERM becomes an error the caller can report.
        let terminalType = getenv("TERM").map { String(cString: $0) } ?? ""
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let screen = newterm(nil, output, input)
        else {
            throw TerminalError.cannotInitialize(terminalType: terminalType)
        }
        self.screen = screen
    }

    private func configure(useColor: Bool, mouse: Bool) {
        let window = cw_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        _ = cw_set_escdelay(25)
        if useColor && has_colors() {
            start_color()
            colors = ColorPairs(hasDefaultColors: use_default_colors() == OK, capacity: Int(cw_color_pairs()))
        } else {
            colors = nil
        }
        if mouse {
            _ = mousemask(cw_mouse_mask(), nil)
            _ = mouseinterval(0)
        } else {
            _ = mousemask(0, nil)
        }
    }

    // MARK: Ending signals

    /// Holds SIGINT, SIGTERM and SIGHUP for the main loop instead of ending at once, so it can
    /// keep unsaved work first; see `heldEndingSignal` and `end(bySignal:)`.
    public func holdEndingSignals() {
        holdsEndingSignals = true
    }

    /// The ending signal received since `holdEndingSignals()`, if any.
    public var heldEndingSignal: Int32? {
        heldSignal == 0 ? nil : heldSignal
    }

    /// Gives the terminal back and ends the process as the signal would have (status 128 + n).
    public func end(bySignal signalNumber: Int32) -> Never {
        stop()
        _ = cw_restore_default_signal(signalNumber)
        raise(signalNumber)
        _exit(128 + signalNumber)
    }

    // MARK: Drawing

    /// Draws `buffer`, sending only the cells that differ from the last one drawn, then
    /// places (or hides) the cursor and refreshes the screen.
    ///
    /// A buffer of another size than the last one (after a resize) is drawn in full.
    public func draw(_ buffer: Buffer) {
        guard isActive, let window = cw_stdscr() else { return }
        if let lastDrawn, lastDrawn.width != buffer.width || lastDrawn.height != buffer.height {
            clearok(window, true)
        }
        for change in buffer.diff(from: lastDrawn) {
            var x = change.position.x
            for cell in change.cells {
                if !cell.isContinuation {
                    put(cell, x: x, y: change.position.y, in: window)
                }
                x += 1
            }
        }
        lastDrawn = buffer
        placeCursor(buffer.cursor, in: buffer, window: window)
        wrefresh(window)
    }

    /// Clears the screen and draws the last buffer again in full (for Ctrl-L, or after
    /// another program wrote over the screen).
    public func redrawAll() {
        guard isActive, let window = cw_stdscr() else { return }
        clearok(window, true)
        if let buffer = lastDrawn {
            lastDrawn = nil
            draw(buffer)
        } else {
            wrefresh(window)
        }
    }

    private func put(_ cell: Cell, x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>) {
        let cellAttributes = attributes(for: cell.style)
        let pair = colors?.pair(foreground: cell.style.foreground, background: cell.style.background) ?? 0
        var scalars = cell.grapheme.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        if scalars.isEmpty { scalars = [wchar_t(32)] }
        // A cell holds at most CCHARW_MAX characters; keep the base of longer clusters.
        if scalars.count > Int(cw_ccharw_max()) { scalars = [scalars[0]] }
        scalars.append(0)
        var character = cchar_t()
        if setcchar(&character, scalars, cellAttributes, pair, nil) != OK {
            _ = setcchar(&character, [wchar_t(63), 0], cellAttributes, pair, nil)  // "?"
        }
        _ = wmove(window, Int32(y), Int32(x))
        _ = wadd_wch(window, &character)
    }

    private func attributes(for style: Style) -> attr_t {
        var result = cw_attr_normal()
        if style.attributes.contains(.bold) { result |= cw_attr_bold() }
        if style.attributes.contains(.reverse) { result |= cw_attr_reverse() }
        if style.attributes.contains(.underline) { result |= cw_attr_underline() }
        if style.attributes.contains(.dim) { result |= cw_attr_dim() }
        return result
    }

    private func placeCursor(_ cursor: Position?, in buffer: Buffer, window: UnsafeMutablePointer<WINDOW>) {
        let position = cursor.flatMap { buffer.bounds.contains(x: $0.x, y: $0.y) ? $0 : nil }
        let isVisible = position != nil
        if isCursorVisible != isVisible {
            _ = curs_set(isVisible ? 1 : 0)
            isCursorVisible = isVisible
        }
        if let position {
            _ = wmove(window, Int32(position.y), Int32(position.x))
        }
    }
}
