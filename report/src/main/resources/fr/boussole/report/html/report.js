/* Boussole report filters: plain JavaScript, no dependency. Without JavaScript every criterion stays visible
   and the filter form stays hidden. */
(function () {
  'use strict';
  var doc = document;
  doc.documentElement.className += ' js';
  var form = doc.getElementById('filters');
  if (!form) { return; }
  var items = doc.querySelectorAll('[data-status][data-severity]');
  var count = doc.getElementById('filter-count');
  var total = doc.querySelectorAll('article[data-status]').length;
  var boxes = form.querySelectorAll('input[type=checkbox]');

  function checked(name) {
    var set = {};
    var inputs = form.querySelectorAll('input[name="' + name + '"]');
    for (var i = 0; i < inputs.length; i++) { set[inputs[i].value] = inputs[i].checked; }
    return set;
  }

  function apply() {
    var status = checked('status');
    var severity = checked('severity');
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var el = items[i];
      var visible = status[el.getAttribute('data-status')] !== false && severity[el.getAttribute('data-severity')] !== false;
      el.hidden = !visible;
      if (visible && el.tagName === 'ARTICLE') { shown++; }
    }
    if (count) {
      count.textContent = form.getAttribute('data-count-template')
        .replace('{0}', String(shown)).replace('{1}', String(total));
    }
  }

  function setAll(predicate) {
    for (var i = 0; i < boxes.length; i++) { boxes[i].checked = predicate(boxes[i]); }
    apply();
  }

  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  var gaps = doc.getElementById('filter-gaps');
  if (gaps) {
    gaps.addEventListener('click', function () {
      setAll(function (b) { return b.name !== 'status' || /^(missing|partial|contradicted)$/.test(b.value); });
    });
  }
  var all = doc.getElementById('filter-all');
  if (all) { all.addEventListener('click', function () { setAll(function () { return true; }); }); }
  form.hidden = false;
  apply();

  // "Copy the clause" buttons: the clipboard API when allowed, else select the text for Ctrl+C.
  var copies = doc.querySelectorAll('button[data-copy]');
  for (var j = 0; j < copies.length; j++) {
    copies[j].hidden = false;
    copies[j].addEventListener('click', function (e) {
      var button = e.currentTarget;
      var target = doc.getElementById(button.getAttribute('data-copy'));
      if (!target) { return; }
      var done = function () {
        button.textContent = button.getAttribute('data-done');
      };
      var select = function () {
        var range = doc.createRange();
        range.selectNodeContents(target);
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        button.textContent = button.getAttribute('data-selected');
      };
      try {
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(target.textContent).then(done, select);
        } else {
          select();
        }
      } catch (err) {
        select();
      }
    });
  }
}());
