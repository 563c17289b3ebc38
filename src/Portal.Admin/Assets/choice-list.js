// A long <select multiple data-choice-list> (249 countries) as a list of checkboxes with a filter
// box: choosing several needs no Ctrl-click, and typing "leb" finds Lebanon. The select stays in
// the form, hidden, and holds what is ticked, so the form posts the same fields as without this
// script, which leaves the plain control where it does not run.
(() => {
  'use strict';

  function enhance(select) {
    const label = document.querySelector(`label[for="${select.id}"]`);
    const box = document.createElement('div');
    box.className = 'choice-list';

    const filter = document.createElement('input');
    filter.type = 'search';
    filter.id = `${select.id}-filter`;
    filter.autocomplete = 'off';
    filter.placeholder = 'Type to filter';
    const described = select.getAttribute('aria-describedby');
    if (described) filter.setAttribute('aria-describedby', described);

    const chosen = document.createElement('p');
    chosen.className = 'choice-list-chosen';
    chosen.setAttribute('aria-live', 'polite');

    // The group, not the list, carries the name: a list with another role loses its items' meaning.
    const group = document.createElement('div');
    group.setAttribute('role', 'group');
    const list = document.createElement('ul');
    group.append(list);
    if (label) {
      label.id = label.id || `${select.id}-label`;
      label.htmlFor = filter.id;
      group.setAttribute('aria-labelledby', label.id);
    }

    const rows = Array.from(select.options).map(option => {
      const check = document.createElement('input');
      check.type = 'checkbox';
      check.checked = option.selected;
      check.addEventListener('change', () => {
        option.selected = check.checked;
        show();
      });
      const name = document.createElement('label');
      name.append(check, ` ${option.textContent}`);
      const row = document.createElement('li');
      row.append(name);
      list.append(row);
      return { row, check, option, text: option.textContent.toLowerCase() };
    });

    function show() {
      const words = filter.value.trim().toLowerCase();
      // A ticked choice stays in sight whatever the filter, so that it can be unticked.
      for (const { row, check, text } of rows) row.hidden = !(check.checked || text.includes(words));
      const names = rows.filter(r => r.check.checked).map(r => r.option.textContent.trim());
      chosen.textContent = names.length === 0 ? 'None chosen.' : `Chosen: ${names.join(', ')}.`;
    }

    filter.addEventListener('input', show);
    // Enter in the filter would send the whole form.
    filter.addEventListener('keydown', event => { if (event.key === 'Enter') event.preventDefault(); });
    box.append(filter, chosen, group);
    select.hidden = true;
    select.after(box);
    const hint = described && document.getElementById(described.split(' ')[0]);
    if (hint && select.dataset.choiceListHint) hint.textContent = select.dataset.choiceListHint;
    show();
  }

  document.querySelectorAll('select[multiple][data-choice-list]').forEach(enhance);
})();
