/// Prints outlines: builds one from the store and renders it in the asked format.
///
/// ```swift
/// let options = OutlineOptions(format: .html, edition: .trainer, script: .latin)
/// let html = try OutlinePrinter.render(target: OutlineTarget("15/local-action-plans"), store: store, options: options)
/// ```
public enum OutlinePrinter {
    /// The outline of `target` rendered as `options` ask.
    ///
    /// Throws when the target names no topic or module, or when a single module cannot be read.
    public static func render(
        target: OutlineTarget, store: CurriculumStore, options: OutlineOptions
    ) throws(StoreError) -> String {
        render(try OutlineBuilder.build(target, store: store, options: options), options: options)
    }

    /// An outline already built, rendered in `options.format` (text at `options.width`).
    public static func render(_ outline: Outline, options: OutlineOptions) -> String {
        switch options.format {
        case .text: TextRenderer(width: options.width).render(outline)
        case .markdown: MarkdownRenderer().render(outline)
        case .html: HTMLRenderer().render(outline)
        }
    }
}
