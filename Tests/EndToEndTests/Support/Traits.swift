import Testing

extension Trait where Self == ConditionTrait {
    /// Skips a suite with a message when tmux, which these tests drive the UI through, is missing.
    static var requiresTmux: Self {
        .enabled(if: TmuxSession.isInstalled, "tmux is not installed: the end-to-end tests drive the workbench through tmux")
    }
}
