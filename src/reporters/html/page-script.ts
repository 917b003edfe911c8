/**
 * The page's only script (its SHA-256 is in the CSP). It reads the findings from the JSON data
 * block and builds every row with createElement/textContent: no value is ever parsed as HTML.
 * Plain ES2017, no template literals, so it reads the same here as in the page.
 */
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('clearsky-data').textContent);
  var body = document.getElementById('findings-body');
  var severity = document.getElementById('filter-severity');
  var status = document.getElementById('filter-status');
  var check = document.getElementById('filter-check');
  var search = document.getElementById('filter-search');
  var shown = document.getElementById('shown-count');
  var empty = document.getElementById('no-match');
  var PROBLEMS = { fail: 1, unknown: 1, error: 1 };

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function cell(row, text, className) {
    var td = el('td', className, text);
    row.appendChild(td);
    return td;
  }
  function pair(dl, label, value) {
    if (value === undefined || value === null || value === '') return;
    dl.appendChild(el('dt', null, label));
    dl.appendChild(el('dd', null, value));
  }
  function code(parent, label, text) {
    if (!text) return;
    parent.appendChild(el('h4', null, label));
    var pre = el('pre');
    pre.appendChild(el('code', null, text));
    parent.appendChild(pre);
  }

  function detailFor(f) {
    var c = data.checks[f.checkId] || {};
    var box = el('div', 'detail');
    var dl = el('dl');
    pair(dl, 'Message', f.message);
    pair(dl, 'Reason', f.reason);
    pair(dl, 'Muted', f.muted);
    pair(dl, 'Resource', f.resource);
    pair(dl, 'Type', f.resourceType);
    pair(dl, 'Region', f.region);
    pair(dl, 'Account', f.accountId);
    pair(dl, 'Location', f.location);
    pair(dl, 'Address', f.address);
    pair(dl, 'Attribute', f.attribute);
    pair(dl, 'Subject', f.subject);
    pair(dl, 'Compliance', f.compliance.join(', '));
    for (var i = 0; i < f.data.length; i++) pair(dl, f.data[i][0], f.data[i][1]);
    box.appendChild(dl);
    if (c.description) { box.appendChild(el('h4', null, 'About this check')); box.appendChild(el('p', null, c.description)); }
    if (c.risk) { box.appendChild(el('h4', null, 'Risk')); box.appendChild(el('p', null, c.risk)); }
    if (c.fix) { box.appendChild(el('h4', null, 'Fix')); box.appendChild(el('p', null, c.fix)); }
    code(box, 'AWS CLI', c.cli);
    code(box, 'CloudFormation', c.cloudformation);
    code(box, 'Terraform', c.terraform);
    return box;
  }

  var rows = data.findings.map(function (f, i) {
    var tr = el('tr', 'finding sev-' + f.severity + ' status-' + f.status);
    var detail = el('tr', 'detail sev-' + f.severity);
    detail.hidden = true;
    var td0 = cell(tr, null);
    var button = el('button', 'toggle', '+');
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', 'detail-' + i);
    button.setAttribute('aria-label', 'Details');
    td0.appendChild(button);
    cell(tr, null).appendChild(el('span', 'badge sev', f.severity));
    var st = cell(tr, null);
    st.appendChild(el('span', 'badge status', f.status));
    if (f.muted) st.appendChild(el('span', 'badge mute', 'muted'));
    cell(tr, f.checkId, 'check');
    var res = cell(tr, f.resourceName, 'res');
    res.title = f.resource;
    cell(tr, f.location || f.region, 'where');
    cell(tr, f.reason && f.status !== 'fail' && f.status !== 'pass' ? f.reason : f.message, 'msg');
    detail.id = 'detail-' + i;
    var dtd = cell(detail, null);
    dtd.colSpan = 7;
    var built = false;
    button.addEventListener('click', function () {
      if (!built) { dtd.appendChild(detailFor(f)); built = true; }
      detail.hidden = !detail.hidden;
      button.textContent = detail.hidden ? '+' : '\\u2212';
      button.setAttribute('aria-expanded', detail.hidden ? 'false' : 'true');
    });
    body.appendChild(tr);
    body.appendChild(detail);
    var text = [f.checkId, f.title, f.resourceName, f.resource, f.message, f.reason || '', f.location || '', f.region, f.muted || '', f.compliance.join(' ')].join('\\n').toLowerCase();
    return { f: f, tr: tr, detail: detail, button: button, text: text };
  });

  function apply() {
    var sev = severity.value, st = status.value, ch = check.value, q = search.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (r) {
      var ok = (sev === 'all' || r.f.severity === sev) &&
        (st === 'all' || (st === 'problems' ? PROBLEMS[r.f.status] === 1 : r.f.status === st)) &&
        (ch === 'all' || r.f.checkId === ch) &&
        (q === '' || r.text.indexOf(q) !== -1);
      r.tr.hidden = !ok;
      if (!ok) { r.detail.hidden = true; r.button.textContent = '+'; r.button.setAttribute('aria-expanded', 'false'); }
      if (ok) n++;
    });
    shown.textContent = n + ' of ' + rows.length;
    empty.hidden = n !== 0;
  }
  [severity, status, check].forEach(function (s) { s.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  apply();
})();
`
