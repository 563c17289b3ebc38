// Titles as you type in a search box marked data-suggest, from the site's own suggest API.
// Without this script the box is a plain search form; with it the box becomes an ARIA 1.2
// combobox whose listbox is worked from the keyboard (arrows, Enter, Escape) or the pointer.
(function () {
  "use strict";

  var delay = 150;
  var minimum = 2;

  function attach(form, index) {
    var input = form.querySelector("input[type=search]");
    var url = form.getAttribute("data-suggest");
    if (!input || !url) {
      return;
    }

    var listId = (input.id || "search-" + index) + "-suggestions";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggest__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.getAttribute("data-suggest-label") || "");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    var holder = document.createElement("div");
    holder.className = "suggest";
    input.parentNode.insertBefore(holder, input);
    holder.appendChild(input);
    holder.appendChild(list);
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    var timer = 0;
    var pending = null;
    var active = -1;
    var asked = "";

    function options() {
      return list.querySelectorAll("[role=option]");
    }

    function close() {
      list.hidden = true;
      list.textContent = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function choose(i) {
      var all = options();
      if (all.length === 0) {
        return;
      }
      active = (i + all.length) % all.length;
      for (var k = 0; k < all.length; k++) {
        all[k].setAttribute("aria-selected", k === active ? "true" : "false");
      }
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    }

    function go(option) {
      window.location.assign(option.getAttribute("data-url"));
    }

    function show(items) {
      list.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      items.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-url", item.url);
        option.lang = item.culture;
        option.dir = "auto";
        // textContent, never markup: a title is the editor's text.
        option.textContent = item.title;
        // mousedown, not click: a click would first blur the box and close the list under the pointer.
        option.addEventListener("mousedown", function (e) {
          e.preventDefault();
          go(option);
        });
        list.appendChild(option);
      });
      var open = items.length > 0;
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      var words = form.getAttribute("data-suggest-count") || "{0}";
      status.textContent = open ? words.replace("{0}", String(items.length)) : "";
    }

    function ask() {
      var q = input.value.trim();
      if (q === asked) {
        return;
      }
      asked = q;
      if (pending) {
        pending.abort();
      }
      if (q.length < minimum) {
        close();
        return;
      }
      pending = new AbortController();
      var address = url + (url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(q);
      fetch(address, { signal: pending.signal, headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (items) {
          if (input.value.trim() === q && document.activeElement === input) {
            show(Array.isArray(items) ? items : []);
          }
        })
        .catch(function () { /* a stale or failed request leaves the box as it is */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, delay);
    });

    input.addEventListener("keydown", function (e) {
      var all = options();
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (list.hidden) {
          asked = "";
          ask();
          return;
        }
        e.preventDefault();
        choose(e.key === "ArrowDown" ? active + 1 : (active < 0 ? all.length - 1 : active - 1));
      } else if (e.key === "Enter" && !list.hidden && active >= 0) {
        // Enter without a chosen title searches, as the form always did.
        e.preventDefault();
        go(all[active]);
      } else if (e.key === "Escape" && !list.hidden) {
        e.preventDefault();
        close();
      }
    });

    input.addEventListener("blur", close);
  }

  var forms = document.querySelectorAll("form[data-suggest]");
  for (var i = 0; i < forms.length; i++) {
    attach(forms[i], i);
  }
})();
