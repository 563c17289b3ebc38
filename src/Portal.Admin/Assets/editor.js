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

    // A body the server refuses (too large, nested too deeply) is said beside the field, as a save says it.
    var problem = document.createElement("p");
    problem.className = "field-validation-error";
    problem.id = textarea.id + "-preview-problem";
    problem.hidden = true;
    textarea.insertAdjacentElement("afterend", problem);
    function refuse(message) {
      problem.textContent = message || "";
      problem.hidden = !message;
      var described = (textarea.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
        return id && id !== problem.id;
      });
      if (message) {
        described.push(problem.id);
      }
      if (described.length > 0) {
        textarea.setAttribute("aria-describedby", described.join(" "));
      } else {
        textarea.removeAttribute("aria-describedby");
      }
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
          return response.text().then(function (text) {
            if (!response.ok && response.status !== 400) {
              throw new Error("preview answered " + response.status);
            }
            return { refused: response.status === 400, text: text };
          });
        })
        .then(function (answer) {
          // A slower answer to an older text must not replace a newer preview.
          if (ticket !== sent) {
            return;
          }
          if (answer.refused) {
            refuse(answer.text);
            target.setAttribute("data-failed", "true");
            target.textContent = "";
          } else {
            refuse(null);
            target.innerHTML = answer.text;
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
