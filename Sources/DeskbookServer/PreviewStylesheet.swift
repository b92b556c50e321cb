/// `/_deskbook/preview.css`: how the problems overlay and the "Draft" banner look. External, like live.js,
/// so the theme's `style-src 'self'` holds.
enum PreviewStylesheet {
    static let source = """
    /* Deskbook preview: the build problems overlay and the draft banner. Added by `deskbook serve` only. */
    .deskbook-problems {
      position: fixed;
      inset: auto 1rem 1rem 1rem;
      z-index: 2147483647;
      max-height: 60vh;
      overflow: auto;
      padding: 1rem 1.25rem;
      border: 2px solid #b42318;
      border-radius: 8px;
      background: #fff;
      color: #1b1b1b;
      box-shadow: 0 8px 32px rgb(0 0 0 / 35%);
      font: 15px/1.5 system-ui, sans-serif;
    }
    .deskbook-problems[hidden] { display: none; }
    .deskbook-problems h2 { margin: 0 0 0.5rem; font-size: 1.1rem; color: #b42318; }
    .deskbook-problems ul { margin: 0 0 0.75rem; padding-left: 1.25rem; }
    .deskbook-problems code { font: 13px/1.5 ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
    .deskbook-problems p { margin: 0 0 0.75rem; }
    .deskbook-problems button { font: inherit; padding: 0.25rem 0.9rem; cursor: pointer; }
    .deskbook-draft {
      position: sticky;
      top: 0;
      z-index: 2147483646;
      padding: 0.4rem 1rem;
      border-bottom: 2px solid #8a6700;
      background: #fff4c2;
      color: #3d2f00;
      font: 600 15px/1.4 system-ui, sans-serif;
      text-align: center;
    }
    @media (prefers-color-scheme: dark) {
      .deskbook-problems { background: #1f1f1f; color: #f2f2f2; border-color: #ff8a80; }
      .deskbook-problems h2 { color: #ff8a80; }
      .deskbook-draft { background: #4a3b00; color: #fff4c2; border-color: #d6a700; }
    }

    """
}
