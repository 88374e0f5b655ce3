// What ipywidgets cannot say from Python, said in the page for one kit widget (medialit/widgets/
// parts.py, kit_box). JupyterLab runs this script with `element`, the node it renders into,
// inside the kit widget's hidden Output part; the widget root is the nearest .medialit-widget.
//
// 1. Keys stay in the widget. JupyterLab's notebook shortcuts (arrow keys select another cell,
//    "b" inserts one, Enter edits) listen on the whole page; Lumino's CommandRegistry skips a
//    key event when, walking up from the element that has focus, it meets an element with the
//    `data-lm-suppress-shortcuts` attribute before one its shortcut's selector matches. Those
//    selectors end in `:focus`, so the attribute must be on the focused control itself: it is
//    set on every control as it takes focus, and lifted for the one key press when Ctrl or ⌘ is
//    held, so Ctrl+S still saves the notebook rather than open the browser's "Save page".
// 2. Names and roles: a question's options form a radio group named by the question, a written
//    answer's box is named by its question, a slider's handle by its label, and feedback lines
//    are polite live regions, so "✔ Right" is read out when it appears.
// 3. Focus kept in place: when the control that has focus disappears (a "Remove" button whose
//    row is redrawn, "Start again" hidden while it asks), focus moves to the control now in its
//    place among the widget's controls, not to the top of the page.
// 4. A focus ring anyone can see: 3 px in the text colour, clear of the control (the kit's
//    boxes let it show outside them: ipywidgets' boxes would cut it off).
// 5. Printed text wraps between words: JupyterLab breaks printed lines anywhere
//    (`word-break: break-all`, so "Beij-ing" is cut at the cell's edge); in a notebook that
//    shows a kit widget, lines break at spaces, and only a word longer than the line is cut.
(function (element) {
  const ROOT = '.medialit-widget';
  const CONTROLS = 'button, select, input, textarea, [tabindex="0"], [role="slider"]';
  const STYLE = `
    ${ROOT} :is(button, select, input, textarea, [tabindex], [role="slider"]):focus-visible {
      outline: 3px solid var(--jp-ui-font-color0, #111) !important;
      outline-offset: 2px; box-shadow: none; }
    ${ROOT}, ${ROOT} .widget-box { overflow: visible; }
    ${ROOT} .ml-page-helper { display: none; }
    .jp-Notebook:has(${ROOT}) .jp-OutputArea-output pre {
      word-break: normal; overflow-wrap: anywhere; }`;

  function addStyle() {
    if (document.getElementById('medialit-widget-style')) return;
    const style = document.createElement('style');
    style.id = 'medialit-widget-style';
    style.textContent = STYLE;
    document.head.appendChild(style);
  }

  let counter = 0;
  function idOf(node) {
    if (!node.id) node.id = `medialit-${Date.now().toString(36)}-${counter++}`;
    return node.id;
  }

  function visible(node) {
    return node.isConnected && node.getClientRects().length > 0 && !node.disabled;
  }

  function controls(root) {
    return [...root.querySelectorAll(CONTROLS)].filter(visible);
  }

  function nameThings(root) {
    for (const group of root.querySelectorAll('.ml-group')) {
      const prompt = group.querySelector('.ml-prompt');
      if (!prompt) continue;
      const label = idOf(prompt);
      for (const box of group.querySelectorAll('.widget-radio-box')) {
        box.setAttribute('role', 'radiogroup');
        box.setAttribute('aria-labelledby', label);
      }
      for (const field of group.querySelectorAll('textarea')) {
        field.setAttribute('aria-labelledby', label);
      }
    }
    for (const handle of root.querySelectorAll('[role="slider"]:not([aria-labelledby])')) {
      const label = handle.closest('.widget-slider')?.querySelector('.widget-label');
      if (label) handle.setAttribute('aria-labelledby', idOf(label));
    }
    for (const line of root.querySelectorAll('.ml-live:not([aria-live])')) {
      line.setAttribute('aria-live', 'polite');
    }
  }

  function wire(root) {
    if (root.dataset.medialitWired) return;
    root.dataset.medialitWired = 'yes';
    addStyle();
    let lastFocused = null;
    let lastPlace = -1;
    root.addEventListener('focusin', (event) => {
      event.target.setAttribute('data-lm-suppress-shortcuts', 'true');
      lastFocused = event.target;
      lastPlace = controls(root).indexOf(event.target);
    });
    root.addEventListener('keydown', (event) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      event.target.removeAttribute('data-lm-suppress-shortcuts');
      setTimeout(() => event.target.setAttribute('data-lm-suppress-shortcuts', 'true'));
    });
    const keepFocus = () => {
      const lost = document.activeElement === document.body || document.activeElement === null ||
        document.activeElement === lastFocused;
      if (!lastFocused || visible(lastFocused) || !lost || lastPlace < 0) return;
      const now = controls(root);
      if (!now.length) return;
      const next = now[Math.min(lastPlace, now.length - 1)];
      lastFocused = null;
      next.focus();
    };
    let settle = 0;  // a redrawn row arrives in several steps: act once the page is still
    new MutationObserver(() => {
      nameThings(root);
      clearTimeout(settle);
      settle = setTimeout(keepFocus, 150);
    })
      .observe(root, { childList: true, subtree: true, attributes: true,
                       attributeFilter: ['style', 'class'] });
    nameThings(root);
  }

  let tries = 0;
  (function findRoot() {
    const root = element.closest(ROOT);
    if (root) wire(root);
    else if (tries++ < 200) setTimeout(findRoot, 50);
  })();
})(element);
