/* Hand-written accessibility checks run inside the page (axe-core is not available from this Maven Central).
   Returns a list of violations in plain words; empty means the checks passed. Covers: lang, title, landmarks,
   heading order, text alternatives of images and SVG, names of form controls, buttons and links, local link
   targets, table captions and header scopes, fieldset legends, unique ids, skip link, and WCAG 2.x contrast of
   every visible text node (4.5:1, 3:1 for large text) against its effective background. */
(function () {
  'use strict';
  var v = [];
  function text(el) { return (el.textContent || '').replace(/\s+/g, ' ').trim(); }
  function byIds(ids) {
    return ids.split(/\s+/).map(function (id) { var e = document.getElementById(id); return e ? text(e) : ''; }).join(' ').trim();
  }
  function accName(el) {
    if (el.getAttribute('aria-labelledby')) { return byIds(el.getAttribute('aria-labelledby')); }
    if (el.getAttribute('aria-label')) { return el.getAttribute('aria-label').trim(); }
    if (el.id) {
      var l = document.querySelector('label[for="' + el.id + '"]');
      if (l && text(l)) { return text(l); }
    }
    var p = el.closest('label');
    if (p && text(p)) { return text(p); }
    if (el.tagName === 'svg') { var t = el.querySelector('title'); if (t && text(t)) { return text(t); } }
    if (el.tagName === 'BUTTON' || el.tagName === 'A') { if (text(el)) { return text(el); } }
    if (el.getAttribute('title')) { return el.getAttribute('title').trim(); }
    return '';
  }
  function describe(el) {
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '');
  }

  // document
  if (!document.documentElement.lang) { v.push('html sans attribut lang'); }
  if (!document.title || !document.title.trim()) { v.push('titre de page vide'); }
  var ml = document.querySelectorAll('main');
  if (ml.length !== 1) { v.push('il faut exactement un <main> (' + ml.length + ')'); }
  if (!document.querySelector('body > header')) { v.push('pas d\'en-tête de page (banner)'); }
  if (!document.querySelector('body > footer')) { v.push('pas de pied de page (contentinfo)'); }
  document.querySelectorAll('nav').forEach(function (n) { if (!accName(n)) { v.push('navigation sans nom : ' + describe(n)); } });

  // headings
  var hs = document.querySelectorAll('h1, h2, h3, h4, h5, h6');
  var prev = 0, h1 = 0;
  hs.forEach(function (h) {
    var level = parseInt(h.tagName.substring(1), 10);
    if (level === 1) { h1++; }
    if (level > prev + 1) { v.push('niveau de titre sauté : h' + level + ' après h' + prev + ' (« ' + text(h).substring(0, 40) + ' »)'); }
    if (!text(h)) { v.push('titre vide : ' + describe(h)); }
    prev = level;
  });
  if (h1 !== 1) { v.push('il faut exactement un h1 (' + h1 + ')'); }

  // text alternatives
  document.querySelectorAll('img').forEach(function (i) { if (!i.hasAttribute('alt')) { v.push('image sans alt : ' + describe(i)); } });
  document.querySelectorAll('svg').forEach(function (s) {
    if (s.closest('[aria-hidden="true"]')) { return; }
    if (s.getAttribute('role') !== 'img' || !accName(s)) { v.push('SVG sans alternative textuelle : ' + describe(s)); }
  });

  // controls
  document.querySelectorAll('input, select, textarea').forEach(function (c) {
    if (c.type !== 'hidden' && !accName(c)) { v.push('champ sans étiquette : ' + describe(c)); }
  });
  document.querySelectorAll('button').forEach(function (b) { if (!accName(b)) { v.push('bouton sans nom : ' + describe(b)); } });
  document.querySelectorAll('a[href]').forEach(function (a) {
    if (!accName(a)) { v.push('lien sans intitulé : ' + a.getAttribute('href')); }
    var href = a.getAttribute('href');
    if (href.charAt(0) === '#' && href.length > 1 && !document.getElementById(decodeURIComponent(href.substring(1)))) {
      v.push('lien vers une ancre absente : ' + href);
    }
  });
  document.querySelectorAll('fieldset').forEach(function (f) {
    var l = f.querySelector('legend');
    if (!l || !text(l)) { v.push('groupe de champs sans légende : ' + describe(f)); }
  });

  // tables
  document.querySelectorAll('table').forEach(function (t) {
    var cap = t.querySelector('caption');
    if (!cap || !text(cap)) { v.push('tableau sans titre (caption) : ' + describe(t)); }
    if (!t.querySelector('th')) { v.push('tableau sans en-tête : ' + describe(t)); }
    t.querySelectorAll('th').forEach(function (th) {
      if (!th.getAttribute('scope')) { v.push('en-tête sans scope dans ' + describe(t) + ' : « ' + text(th).substring(0, 30) + ' »'); }
    });
  });

  // ids
  var seen = {};
  document.querySelectorAll('[id]').forEach(function (e) {
    if (seen[e.id]) { v.push('identifiant en double : ' + e.id); }
    seen[e.id] = true;
  });

  // skip link: first focusable element, pointing to main
  var focusables = document.querySelectorAll('a[href], button:not([hidden]), input, select, textarea, [tabindex]:not([tabindex="-1"])');
  var first = focusables.length ? focusables[0] : null;
  if (!first || first.tagName !== 'A' || !document.getElementById((first.getAttribute('href') || '#').substring(1))) {
    v.push('le premier élément focalisable n\'est pas un lien d\'évitement vers le contenu');
  }

  // contrast
  function parse(c) {
    var m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) { return null; }
    var p = m[1].split(/[ ,\/]+/).filter(Boolean).map(parseFloat);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  }
  function blend(top, bottom) {
    var a = top.a + bottom.a * (1 - top.a);
    if (a === 0) { return { r: 255, g: 255, b: 255, a: 1 }; }
    return {
      r: (top.r * top.a + bottom.r * bottom.a * (1 - top.a)) / a,
      g: (top.g * top.a + bottom.g * bottom.a * (1 - top.a)) / a,
      b: (top.b * top.a + bottom.b * bottom.a * (1 - top.a)) / a, a: a
    };
  }
  function background(el) {
    var layers = [];
    for (var e = el; e && e.nodeType === 1; e = e.parentElement) {
      var c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) { break; } }
    }
    var bg = { r: 255, g: 255, b: 255, a: 1 };
    for (var i = layers.length - 1; i >= 0; i--) { bg = blend(layers[i], bg); }
    return bg;
  }
  function lum(c) {
    function ch(x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); }
    return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
  }
  function ratio(a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
  var checked = 0;
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  var done = new Set();
  while (walker.nextNode()) {
    var node = walker.currentNode;
    if (!node.nodeValue.trim()) { continue; }
    var el = node.parentElement;
    if (!el || done.has(el)) { continue; }
    done.add(el);
    var cs = getComputedStyle(el);
    if (el.closest('[hidden], script, style, title, desc') || cs.visibility === 'hidden' || cs.display === 'none') { continue; }
    var rect = el.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) { continue; } /* visually hidden text for screen readers */
    var isSvg = el instanceof SVGElement;
    var fg = parse(isSvg ? cs.fill : cs.color);
    if (!fg) { continue; }
    var bg = background(isSvg ? el.closest('svg').parentElement : el);
    fg = blend(fg, bg);
    var size = parseFloat(cs.fontSize);
    var bold = parseInt(cs.fontWeight, 10) >= 700;
    var min = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    var r = ratio(fg, bg);
    checked++;
    if (r < min) {
      v.push('contraste insuffisant ' + r.toFixed(2) + ':1 (< ' + min + ') : ' + describe(el) + ' « ' + text(el).substring(0, 30) + ' »');
    }
  }
  if (checked < 50) { v.push('trop peu de textes vérifiés pour le contraste (' + checked + ')'); }
  return v;
}());
