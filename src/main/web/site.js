// Enhancements only: every page works without this script.
// 1. Search filters submit themselves when changed (the submit button stays for keyboards and
//    for when this script does not run).
// 2. Suggestions under the search box, from /api/v1/search/suggest, as an ARIA combobox.
(function () {
  "use strict";

  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.addEventListener("change", function (event) {
      if (event.target.matches("input[type=checkbox], select")) {
        form.requestSubmit();
      }
    });
  });

  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.createElement("ul");
    list.id = input.id + "-suggestions";
    list.className = "kb-suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.insertAdjacentElement("afterend", list);
    var active = -1;
    var timer = null;

    function close() {
      list.hidden = true;
      list.replaceChildren();
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function choose(text) {
      input.value = text;
      close();
      input.form.requestSubmit();
    }

    function highlight(index) {
      var items = list.querySelectorAll("li");
      items.forEach(function (item, i) {
        item.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (items[index]) {
        input.setAttribute("aria-activedescendant", items[index].id);
      }
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) {
        close();
        return;
      }
      timer = setTimeout(function () {
        fetch("/api/v1/search/suggest?q=" + encodeURIComponent(text), {
          headers: { Accept: "application/json" },
        })
          .then(function (response) {
            return response.ok ? response.json() : { suggestions: [] };
          })
          .then(function (answer) {
            list.replaceChildren();
            answer.suggestions.slice(0, 8).forEach(function (suggestion, i) {
              var item = document.createElement("li");
              item.id = list.id + "-" + i;
              item.setAttribute("role", "option");
              item.textContent = suggestion;
              item.addEventListener("mousedown", function (event) {
                event.preventDefault();
                choose(suggestion);
              });
              list.appendChild(item);
            });
            var any = list.children.length > 0;
            list.hidden = !any;
            input.setAttribute("aria-expanded", any ? "true" : "false");
            active = -1;
          })
          .catch(close);
      }, 150);
    });

    input.addEventListener("keydown", function (event) {
      var count = list.children.length;
      if (list.hidden || count === 0) {
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight((active + 1) % count);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight((active - 1 + count) % count);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        choose(list.children[active].textContent);
      } else if (event.key === "Escape") {
        close();
      }
    });

    input.addEventListener("blur", close);
  });
})();

// 3. Uploads show their progress (the form works without this, as a plain multipart POST).
(function () {
  "use strict";
  document.querySelectorAll("form[data-upload]").forEach(function (form) {
    var bar = form.querySelector("progress");
    form.addEventListener("submit", function (event) {
      if (!window.XMLHttpRequest || !form.checkValidity()) {
        return;
      }
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      bar.hidden = false;
      request.upload.addEventListener("progress", function (progress) {
        if (progress.lengthComputable) {
          bar.value = Math.round((100 * progress.loaded) / progress.total);
        }
      });
      request.addEventListener("load", function () {
        window.location.assign(request.responseURL || window.location.href);
      });
      request.addEventListener("error", function () {
        bar.hidden = true;
        form.submit();
      });
      request.send(new FormData(form));
    });
  });
})();
