(function () {
  "use strict";
  var tip = document.getElementById("tip");
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest ? ev.target.closest("[data-tip]") : null;
    if (!el) { tip.hidden = true; return; }
    tip.textContent = el.getAttribute("data-tip");
    var r = el.getBoundingClientRect();
    tip.style.left = Math.max(0, r.left) + "px";
    tip.style.top = (r.bottom + 4) + "px";
    tip.hidden = false;
  });
  function showClaim(id) {
    document.querySelectorAll(".c.hl").forEach(function (el) { el.classList.remove("hl"); });
    document.querySelectorAll("tr.claim.active").forEach(function (el) { el.classList.remove("active"); });
    var pieces = Array.prototype.filter.call(document.querySelectorAll(".c[data-c]"), function (el) {
      return el.getAttribute("data-c").split(" ").indexOf(id) >= 0;
    });
    pieces.forEach(function (el) { el.classList.add("hl"); });
    var row = document.getElementById("claim-" + id);
    if (row) { row.classList.add("active"); }
    if (pieces.length) { pieces[0].scrollIntoView({block: "center"}); }
  }
  document.querySelectorAll("tr.claim").forEach(function (row) {
    row.addEventListener("click", function () { showClaim(row.getAttribute("data-claim")); });
  });
}());
