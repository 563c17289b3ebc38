// The media picker of the Markdown editor. A button marked data-media-picker opens a dialog listing
// the media library (GET /admin/media/list?q=); choosing a file inserts its Markdown at the cursor of
// a textarea marked data-markdown: the one whose id the attribute names, else the button's form's,
// else the page's first. Images become ![alt](/media/NAME), documents [name](/media/NAME).
(() => {
  'use strict';

  const listUrl = '/admin/media/list';
  const stylesheet = '/admin/assets/media.css';
  let dialog, search, list, status, target, timer, ticket = 0;

  function textareaFor(button) {
    const id = button.getAttribute('data-media-picker');
    const named = id ? document.getElementById(id) : null;
    if (named && named.matches('textarea[data-markdown]')) return named;
    const form = button.closest('form');
    return (form && form.querySelector('textarea[data-markdown]')) || document.querySelector('textarea[data-markdown]');
  }

  // Brackets and backslashes would end the link text early.
  function escapeText(text) {
    return (text || '').replace(/[\\[\]]/g, '\\$&');
  }

  function markdownFor(item) {
    return item.contentType.startsWith('image/')
      ? `![${escapeText(item.alt)}](${item.url})`
      : `[${escapeText(item.name)}](${item.url})`;
  }

  function insert(textarea, text) {
    const start = textarea.selectionStart;
    const end = textarea.selectionEnd;
    textarea.focus();
    textarea.setRangeText(text, start, end, 'end');
    // The editor's live preview listens for input.
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function build() {
    if (!document.querySelector(`link[href="${stylesheet}"]`)) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = stylesheet;
      document.head.append(link);
    }

    dialog = document.createElement('dialog');
    dialog.className = 'media-picker';
    dialog.setAttribute('aria-labelledby', 'media-picker-title');
    dialog.innerHTML = `
      <h2 id="media-picker-title">Insert from the media library</h2>
      <div class="media-picker-bar">
        <div><label for="media-picker-q">Search by name or alt text</label><input id="media-picker-q" type="search" autocomplete="off"></div>
        <button type="button" class="secondary" data-media-picker-close>Close</button>
      </div>
      <p class="muted" role="status" aria-live="polite"></p>
      <ul></ul>
      <p class="muted"><a href="/admin/media" target="_blank" rel="noopener">Upload a file in the media library</a></p>`;
    search = dialog.querySelector('input');
    list = dialog.querySelector('ul');
    status = dialog.querySelector('[role=status]');
    dialog.querySelector('[data-media-picker-close]').addEventListener('click', () => dialog.close());
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => load(search.value), 250);
    });
    document.body.append(dialog);
  }

  async function load(query) {
    const mine = ++ticket;
    status.textContent = 'Loading…';
    try {
      const response = await fetch(`${listUrl}?q=${encodeURIComponent(query)}`, {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const answer = await response.json();
      if (mine === ticket) render(answer.items);
    } catch (error) {
      if (mine === ticket) status.textContent = `The library could not be loaded: ${error.message}.`;
    }
  }

  function render(items) {
    list.replaceChildren(...items.map(item => {
      const button = document.createElement('button');
      button.type = 'button';
      if (item.contentType.startsWith('image/')) {
        const image = document.createElement('img');
        image.src = item.url;
        image.alt = '';
        button.append(image);
      }
      const label = document.createElement('span');
      label.textContent = item.alt ? `${item.name}: ${item.alt}` : item.name;
      button.append(label);
      button.addEventListener('click', () => {
        dialog.close();
        insert(target, markdownFor(item));
      });
      const entry = document.createElement('li');
      entry.append(button);
      return entry;
    }));
    status.textContent = items.length === 0 ? 'No file matches.' : `${items.length} file(s).`;
  }

  // Without this script the button would do nothing, so it is hidden until the script runs.
  document.querySelectorAll('[data-media-picker][hidden]').forEach(button => { button.hidden = false; });

  document.addEventListener('click', event => {
    const button = event.target instanceof Element ? event.target.closest('[data-media-picker]') : null;
    if (!button) return;
    event.preventDefault();
    target = textareaFor(button);
    if (!target) return;
    if (!dialog) build();
    search.value = '';
    dialog.showModal();
    search.focus();
    load('');
  });
})();
