// The editor's live Markdown preview: the text is posted (with the form's antiforgery token) to the
// server, which renders it with the site's own Markdig pipeline and sanitiser; nothing is rendered here.
(function () {
  "use strict";
  var endpoint = "/admin/content/preview-markdown";

  function attach(textarea) {
    var target = document.getElementById(textarea.getAttribute("data-preview"));
    var form = textarea.form;
    var token = form && form.querySelector("input[name='__RequestVerificationToken']");
    if (!target || !token) {
      return;
    }

    var timer = null;
    var sent = 0;
    function render() {
      var ticket = ++sent;
      var body = new URLSearchParams();
      body.append("markdown", textarea.value);
      body.append("__RequestVerificationToken", token.value);
      fetch(endpoint, { method: "POST", body: body, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("preview answered " + response.status);
          }
          return response.text();
        })
        .then(function (html) {
          // A slower answer to an older text must not replace a newer preview.
          if (ticket === sent) {
            target.innerHTML = html;
            target.removeAttribute("data-failed");
          }
        })
        .catch(function () {
          if (ticket === sent) {
            target.setAttribute("data-failed", "true");
            target.textContent = "The preview could not be rendered; the text is kept.";
          }
        });
    }

    textarea.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(render, 300);
    });
    render();
  }

  document.querySelectorAll("textarea[data-preview]").forEach(attach);

  // The error summary takes the focus, so that a screen reader announces what was refused.
  var summary = document.getElementById("problems") || document.getElementById("conflict");
  if (summary) {
    summary.setAttribute("tabindex", "-1");
    summary.focus();
  }
})();
