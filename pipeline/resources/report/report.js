// warta report: clicking a field value highlights its evidence spans in the article text; clicking
// highlighted text marks the fields it supports. No network, no libraries.
(function () {
  "use strict";
  function clear(art) {
    art.querySelectorAll(".hl").forEach(function (el) { el.classList.remove("hl"); });
    art.querySelectorAll("button.field.active").forEach(function (el) { el.classList.remove("active"); });
  }
  function showField(button) {
    var art = button.closest("article.art");
    var wasActive = button.classList.contains("active");
    clear(art);
    if (wasActive || !button.dataset.ev) { return; }
    button.classList.add("active");
    var first = null;
    button.dataset.ev.split(" ").forEach(function (id) {
      art.querySelectorAll('[data-spans~="' + id + '"]').forEach(function (piece) {
        piece.classList.add("hl");
        if (first === null) { first = piece; }
      });
    });
    if (first !== null) { first.scrollIntoView({ block: "center" }); }
  }
  function showPiece(piece) {
    var art = piece.closest("article.art");
    clear(art);
    piece.dataset.spans.split(" ").forEach(function (id) {
      art.querySelectorAll('button.field[data-ev~="' + id + '"]').forEach(function (b) { b.classList.add("active"); });
      art.querySelectorAll('[data-spans~="' + id + '"]').forEach(function (p) { p.classList.add("hl"); });
    });
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var button = target.closest("button.field");
    if (button !== null) { showField(button); return; }
    var piece = target.closest("[data-spans]");
    if (piece !== null) { showPiece(piece); }
  });
  document.body.dataset.ready = "1";
})();
