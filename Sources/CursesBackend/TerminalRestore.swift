#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses

// The process-wide guarantee that the terminal is given back to the shell: on normal
// exit (atexit) and on SIGINT, SIGTERM and SIGHUP. Signal handlers cannot capture
// context, so the state they read lives here, at file scope.

/// Whether curses currently owns the screen; written on the main thread, read by
/// the exit and signal handlers (a single word, so a torn read cannot happen).
nonisolated(unsafe) private var isCursesActive = false

/// Whether an ending signal is held for the main loop (which saves what it must first)
/// instead of ending the process at once.
nonisolated(unsafe) var holdsEndingSignals = false

/// The ending signal received while held, or 0.
nonisolated(unsafe) var heldSignal: Int32 = 0

/// The signals after which the terminal is restored before the process dies.
private let restoringSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

/// Registers the atexit handler the first time it is read (a global is initialised once).
private let exitHandlerRegistration: Void = {
    _ = atexit { restoreTerminalIfActive() }
}()

/// Ends curses mode if it is active; safe to call more than once.
func restoreTerminalIfActive() {
    guard isCursesActive else { return }
    isCursesActive = false
    endwin()
}

/// Records that curses owns the screen and installs the exit and signal handlers.
func installTerminalRestoration() {
    isCursesActive = true
    _ = exitHandlerRegistration
    for signalNumber in restoringSignals {
        // SA_RESETHAND puts the default action back before the handler runs, so the
        // re-raised signal ends the process with the status a shell expects (128 + n).
        _ = cw_install_signal_handler(signalNumber) { signalNumber in
            // Held once: the main loop notices within its key timeout. The handler is reset by
            // SA_RESETHAND, so a second signal ends the process at once.
            if holdsEndingSignals && heldSignal == 0 {
                heldSignal = signalNumber
                return
            }
            restoreTerminalIfActive()
            raise(signalNumber)
        }
    }
}

/// Ends curses mode and puts the default signal actions back.
func removeTerminalRestoration() {
    restoreTerminalIfActive()
    for signalNumber in restoringSignals {
        _ = cw_restore_default_signal(signalNumber)
    }
}
