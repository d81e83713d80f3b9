// ClipBench editor: one page, no dependencies, no network beyond this server.
// Offsets on the wire are Unicode scalars (as in the YAML files); the DOM speaks UTF-16. Every
// conversion goes through the tables built in buildText(): u16OfScalar and scalarOfU16.
"use strict";

const TOKEN = new URLSearchParams(location.search).get("token") || "";
const ENTITY_KEYS = { KeyP: "PER", KeyO: "ORG", KeyL: "LOC", KeyM: "MISC" };
const REGION_KEYS = { Digit1: "headline", Digit2: "metadata", Digit3: "body" };
const CATEGORIES = ["navigation", "branding", "advertisement", "share", "comments", "related", "promo", "footer", "other"];
const REASONS = ["absent", "relative-only", "incomplete", "ambiguous"];
const WORD = /[\p{L}\p{M}\p{N}_]/u;
const MARK = /\p{M}/u;

const state = {
  list: null, filter: "all",
  id: null, seed: "", cps: [], u16OfScalar: null, scalarOfU16: null, lineStarts: [],
  annotation: null, hash: null, registryHash: null, baselineDates: [], predictions: [],
  diagnostics: [], problem: null, selected: null, focusSuggestion: 0,
  undo: [], redo: [], dirty: false, message: null, conflict: null, pendingBoilerplate: null,
  searchResults: [],
};

// ---------- server ----------

async function api(method, path, body) {
  const response = await fetch(path, {
    method, headers: { "X-ClipBench-Token": TOKEN, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try { json = JSON.parse(text); } catch (error) { json = { error: text }; }
  return { status: response.status, json };
}

// ---------- text and offsets ----------

function buildText(seed) {
  state.seed = seed;
  state.cps = Array.from(seed); // one entry per Unicode scalar
  const n = state.cps.length;
  state.u16OfScalar = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) state.u16OfScalar[i + 1] = state.u16OfScalar[i] + state.cps[i].length;
  state.scalarOfU16 = new Int32Array(state.u16OfScalar[n] + 1);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < state.cps[i].length; k++) state.scalarOfU16[state.u16OfScalar[i] + k] = i;
  }
  state.scalarOfU16[state.u16OfScalar[n]] = n;
  state.lineStarts = [0];
  for (let i = 0; i < n; i++) if (state.cps[i] === "\n") state.lineStarts.push(i + 1);
}

function slice(start, end) { return state.cps.slice(start, end).join(""); }

function lineEnd(lineIndex) {
  return lineIndex + 1 < state.lineStarts.length ? state.lineStarts[lineIndex + 1] - 1 : state.cps.length;
}

// Widens [start, end) to whole words (unless `exact`) and never leaves a letter without its marks.
function snap(start, end, exact) {
  const cps = state.cps;
  if (!exact) {
    while (start > 0 && WORD.test(cps[start - 1]) && WORD.test(cps[start])) start--;
    while (end < cps.length && end > 0 && WORD.test(cps[end]) && WORD.test(cps[end - 1])) end++;
  }
  while (start > 0 && MARK.test(cps[start])) start--;
  while (end < cps.length && MARK.test(cps[end])) end++;
  while (start < end && /\s/u.test(cps[start])) start++;
  while (end > start && /\s/u.test(cps[end - 1])) end--;
  return [start, end];
}

function textNodes(node) {
  if (node.nodeType === Node.TEXT_NODE) return [node];
  const found = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) found.push(walker.currentNode);
  return found;
}

// The scalar offset of a DOM position inside the text panel, or null. A position between elements
// (a double or triple click, a drag over a line number) is moved to the nearest text of the line.
function scalarAt(node, offset) {
  if (node.nodeType !== Node.TEXT_NODE) {
    const after = node.childNodes[offset];
    const next = after ? textNodes(after).find((t) => segmentStart(t) !== null) : null;
    if (next) return scalarAt(next, 0);
    const before = offset > 0 ? node.childNodes[offset - 1] : null;
    const previous = before ? textNodes(before).filter((t) => segmentStart(t) !== null).pop() : null;
    if (previous) return scalarAt(previous, previous.data.length);
  }
  const start = segmentStart(node);
  if (start === null) {
    // Inside a line number or a region badge: the start or the end of that line.
    const line = (node.nodeType === Node.TEXT_NODE ? node.parentElement : node).closest(".line");
    if (!line) return null;
    const index = Number(line.dataset.line);
    return (node.nodeType === Node.TEXT_NODE ? node.parentElement : node).closest(".num") ? state.lineStarts[index] : lineEnd(index);
  }
  const u16 = state.u16OfScalar[start] + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  return state.scalarOfU16[Math.min(u16, state.scalarOfU16.length - 1)];
}

// The scalar offset where the segment holding `node` starts, or null outside the text.
function segmentStart(node) {
  let element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  while (element && element.dataset && element.dataset.s === undefined) {
    if (element.classList.contains("line")) return null;
    element = element.parentElement;
  }
  return element && element.dataset && element.dataset.s !== undefined ? Number(element.dataset.s) : null;
}

function selectionRange() {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const panel = document.getElementById("text");
  if (!panel || !panel.contains(range.startContainer) || !panel.contains(range.endContainer)) return null;
  const a = scalarAt(range.startContainer, range.startOffset);
  const b = scalarAt(range.endContainer, range.endOffset);
  if (a === null || b === null) return null;
  return [Math.min(a, b), Math.max(a, b)];
}

// ---------- editing ----------

// The --suggest predictions still open are part of what undo restores: undoing an accept brings the suggestion back.
function snapshot() { return JSON.stringify({ annotation: state.annotation, predictions: state.predictions }); }

function restore(text) {
  const saved = JSON.parse(text);
  state.annotation = saved.annotation;
  state.predictions = saved.predictions;
}

function change(mutate) {
  state.undo.push(snapshot());
  if (state.undo.length > 200) state.undo.shift();
  state.redo = [];
  mutate(state.annotation);
  state.dirty = true;
  render();
  scheduleValidation();
}

function undo() {
  if (!state.undo.length) return;
  state.redo.push(snapshot());
  restore(state.undo.pop());
  state.selected = null; state.dirty = true; render(); scheduleValidation();
}

function redo() {
  if (!state.redo.length) return;
  state.undo.push(snapshot());
  restore(state.redo.pop());
  state.selected = null; state.dirty = true; render(); scheduleValidation();
}

function spanOf(start, end) { return { start, end, text: slice(start, end) }; }

function insertSorted(list, item) {
  let index = list.findIndex((other) => other.start > item.start);
  if (index < 0) index = list.length;
  list.splice(index, 0, item);
  return index;
}

function overlapping(list, start, end) { return list.filter((item) => item.start < end && start < item.end); }

function labelEntity(type, start, end) {
  change((a) => {
    a.entities = a.entities.filter((item) => !(item.start < end && start < item.end));
    const index = insertSorted(a.entities, Object.assign(spanOf(start, end), { type, id: null, suggested: false }));
    state.selected = { kind: "entities", index };
  });
}

function baselineValue(start, end) {
  const exact = state.baselineDates.find((d) => d.start === start && d.end === end);
  const near = exact || state.baselineDates.find((d) => d.start < end && start < d.end);
  return near ? near.value : null;
}

function labelDate(start, end) {
  change((a) => {
    a.dates = a.dates.filter((item) => !(item.start < end && start < item.end));
    const index = insertSorted(a.dates, Object.assign(spanOf(start, end), { value: baselineValue(start, end), suggested: false }));
    state.selected = { kind: "dates", index };
  });
  setTimeout(() => { const input = document.getElementById("date-value"); if (input) { input.focus(); input.select(); } }, 0);
}

// Regions are a partition: the new one replaces what it covers and trims what it cuts.
function labelRegion(label, category, start, end) {
  change((a) => {
    const kept = [];
    for (const region of a.regions) {
      if (region.end <= start || region.start >= end) { kept.push(region); continue; }
      if (region.start < start) {
        const [s, e] = snap(region.start, start, true);
        if (e > s) kept.push(Object.assign({}, region, spanOf(s, e)));
      }
      if (region.end > end) {
        const [s, e] = snap(end, region.end, true);
        if (e > s) kept.push(Object.assign({}, region, spanOf(s, e)));
      }
    }
    const region = Object.assign(spanOf(start, end), { label, category: label === "boilerplate" ? category : null, suggested: false });
    kept.push(region);
    kept.sort((x, y) => x.start - y.start);
    a.regions = kept;
    state.selected = { kind: "regions", index: kept.indexOf(region) };
  });
}

// Clicking a line number makes that line the headline, and every occurrence of it a headline region.
function chooseHeadline(lineIndex) {
  const [start, end] = snap(state.lineStarts[lineIndex], lineEnd(lineIndex), true);
  if (end <= start) return;
  const text = slice(start, end);
  change((a) => {
    a.headline = text;
    a.headlineSuggested = false;
  });
  const occurrences = [];
  for (let i = state.seed.indexOf(text); i >= 0; i = state.seed.indexOf(text, i + 1)) occurrences.push(state.scalarOfU16[i]);
  for (const s of occurrences) {
    const covered = state.annotation.regions.some((r) => r.label === "headline" && r.start <= s && s + (end - start) <= r.end);
    if (!covered) labelRegion("headline", null, s, s + (end - start));
  }
}

function deleteSelected() {
  const selected = state.selected;
  if (!selected || !["entities", "dates", "regions"].includes(selected.kind)) return;
  change((a) => { a[selected.kind].splice(selected.index, 1); });
  state.selected = null;
  render();
}

// ---------- suggestions ----------

// Every open suggestion: the file's own (suggested: true) and the --suggest file's.
function suggestions() {
  const a = state.annotation;
  const list = [];
  if (a.headlineSuggested) list.push({ kind: "headline", source: "baseline", label: ["headline «", el("bdi", { dir: "rtl" }, a.headline || "none"), "»"] });
  if (a.published.suggested) list.push({ kind: "published", source: "baseline", label: "published " + (a.published.value || "null (" + a.published.reason + ")") });
  for (const kind of ["regions", "entities", "dates"]) {
    a[kind].forEach((item, index) => {
      if (item.suggested) list.push({ kind, index, source: "baseline", label: describe(kind, item) });
    });
  }
  state.predictions.forEach((item, index) => {
    if (item.kind === "headline") list.push({ kind: "headline", prediction: index, source: "predictions", label: ["headline «", el("bdi", { dir: "rtl" }, item.value), "»"] });
    else list.push({ kind: item.kind, prediction: index, source: "predictions", label: describe(item.kind, Object.assign({ text: slice(item.start, item.end) }, item)) });
  });
  return list;
}

// A label such as «PER «…» → id», with the seed's text isolated so right-to-left text reads right.
function describe(kind, item) {
  const quote = (text) => ["«", el("bdi", { dir: "rtl" }, text), "»"];
  if (kind === "entities") return [item.type + " ", quote(item.text), item.id ? " → " + item.id : ""];
  if (kind === "dates") return ["date ", quote(item.text), " = " + (item.value === null ? "null" : item.value), yearGuessed(item) ? el("span", { class: "guess" }, " (year not in the text)") : ""];
  if (kind === "regions") return ["region " + item.label + (item.category ? "/" + item.category : "") + " ", quote(shorten(item.text))];
  return [kind];
}

// A value with a year for a text that writes none (e.g. «13 أبريل» = 2024-04-13): the year was inferred, and may be wrong.
function yearGuessed(item) {
  return item.value !== null && item.value !== undefined && /^\d{4}-\d\d/.test(item.value) && !/[0-9\u0660-\u0669\u06F0-\u06F9]{4}/u.test(item.text);
}

function shorten(text) { const cps = Array.from(text); return cps.length > 40 ? cps.slice(0, 40).join("") + "…" : text; }

function accept(suggestion, a) {
  if (suggestion.prediction !== undefined) {
    const item = state.predictions[suggestion.prediction];
    if (item.kind === "headline") { a.headline = item.value; a.headlineSuggested = false; }
    else if (item.kind === "entities") {
      a.entities = a.entities.filter((e) => !(e.start < item.end && item.start < e.end));
      insertSorted(a.entities, Object.assign(spanOf(item.start, item.end), { type: item.type, id: item.id, suggested: false }));
    } else if (item.kind === "dates") {
      a.dates = a.dates.filter((e) => !(e.start < item.end && item.start < e.end));
      insertSorted(a.dates, Object.assign(spanOf(item.start, item.end), { value: item.value, suggested: false }));
    }
    item.done = true;
  } else if (suggestion.kind === "headline") a.headlineSuggested = false;
  else if (suggestion.kind === "published") a.published.suggested = false;
  else a[suggestion.kind][suggestion.index].suggested = false;
}

function reject(suggestion, a) {
  if (suggestion.prediction !== undefined) { state.predictions[suggestion.prediction].done = true; return; }
  if (suggestion.kind === "headline") { a.headline = null; a.headlineSuggested = false; }
  else if (suggestion.kind === "published") {
    a.published = { value: null, reason: "absent", evidence: null, suggested: false };
  } else a[suggestion.kind][suggestion.index].rejected = true;
}

function resolveSuggestions(chosen, accepting) {
  change((a) => {
    for (const suggestion of chosen) (accepting ? accept : reject)(suggestion, a);
    for (const kind of ["regions", "entities", "dates"]) a[kind] = a[kind].filter((item) => !item.rejected);
  });
  state.predictions = state.predictions.filter((item) => !item.done);
  state.focusSuggestion = Math.min(state.focusSuggestion, Math.max(0, suggestions().length - 1));
  state.selected = null;
  render();
}

// ---------- validation and saving ----------

let validationTimer = null;
function scheduleValidation() {
  clearTimeout(validationTimer);
  validationTimer = setTimeout(validate, 300);
}

async function validate() {
  if (!state.annotation) return;
  const reply = await api("POST", "/api/clippings/" + state.id + "/validate", { annotation: state.annotation });
  state.diagnostics = reply.status === 200 ? reply.json.diagnostics : [{ severity: "error", message: reply.json.error, text: reply.json.error }];
  renderSide();
}

async function save() {
  if (!state.annotation) return;
  const reply = await api("PUT", "/api/clippings/" + state.id, { annotation: state.annotation, baseHash: state.hash });
  if (reply.status === 200) {
    state.hash = reply.json.hash;
    state.diagnostics = reply.json.diagnostics;
    state.dirty = false;
    state.conflict = null;
    state.message = reply.json.written ? "Saved Annotations/" + state.id + ".yaml" : "Nothing changed: the file was left as it was";
  } else if (reply.status === 409) {
    state.conflict = reply.json.error;
    state.message = null;
  } else {
    state.message = "Not saved: " + reply.json.error;
  }
  render();
}

function setDone(done) {
  if (done && suggestions().length) {
    state.message = "Cannot set done: " + suggestions().length + " suggestion(s) still to accept or reject";
    render();
    return;
  }
  change((a) => { a.status = done ? "done" : "draft"; });
}

// ---------- registry ----------

async function searchRegistry(query) {
  const reply = await api("GET", "/api/registry?q=" + encodeURIComponent(query));
  state.searchResults = reply.status === 200 ? reply.json.entries : [];
  state.registryHash = reply.status === 200 ? reply.json.registryHash : state.registryHash;
  renderResults();
}

function link(id) {
  const edit = state.comparison ? editing() : null;
  if (edit && edit.kind === "entity") { changeEdit((x) => { x.id = id; }); return; }
  const selected = state.selected;
  if (!selected || selected.kind !== "entities") return;
  change((a) => { a.entities[selected.index].id = id; a.entities[selected.index].suggested = false; });
}

// The registry's id style (GUIDELINES 6.1): lower-case Latin letters and digits joined by hyphens.
function slug(name) {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

async function addEntry(form) {
  const entry = {
    id: form.querySelector("[name=id]").value.trim(), type: form.querySelector("[name=type]").value,
    ar: form.querySelector("[name=ar]").value.trim(), en: form.querySelector("[name=en]").value.trim(),
    aliases: form.querySelector("[name=aliases]").value.split("،").join(",").split(",").map((s) => s.trim()).filter(Boolean),
    wikidata: form.querySelector("[name=wikidata]").value.trim(),
  };
  const reply = await api("POST", "/api/registry", { entry, registryHash: state.registryHash });
  if (reply.status === 200) {
    state.registryHash = reply.json.registryHash;
    state.message = "Added " + entry.id + " to the registry";
    link(entry.id);
  } else {
    state.message = "Not added: " + reply.json.error;
    render();
  }
}

// ---------- loading ----------

async function openList() {
  state.id = null; state.annotation = null;
  history.replaceState(null, "", "?token=" + TOKEN);
  const reply = await api("GET", "/api/clippings");
  state.list = reply.status === 200 ? reply.json : { clippings: [], unannotated: [], error: reply.json.error };
  state.comparisons = null;
  if (state.list.compare) {
    const compared = await api("GET", "/api/compare");
    state.comparisons = compared.status === 200 ? compared.json : { error: compared.json.error, clippings: [], annotators: [] };
  }
  render();
}

// ---------- comparing two annotators (serve --compare DIR) ----------
// Each disagreement is decided by a key: the left version, the right one, neither, or an edit of
// one's own (E), made in place: a selection with the editor's keys gives an edited span, the side
// panel's fields its type, id, value or label, a click on a line number the headline.

async function openComparison(id) {
  const reply = await api("GET", "/api/compare/" + encodeURIComponent(id));
  if (reply.status !== 200) { state.message = reply.json.error; render(); return; }
  buildText(reply.json.seed);
  state.comparison = reply.json;
  state.comparison.choices = reply.json.disagreements.map(() => null);
  state.comparison.focus = 0;
  state.comparison.editing = false;
  state.id = null; state.annotation = null; state.message = null; state.conflict = null; state.diagnostics = []; state.dirty = false;
  render();
}

function choose(side) {
  const c = state.comparison;
  if (!c.disagreements.length) return;
  if (side === "neither" && c.disagreements[c.focus].task === "region") {
    state.message = "A run of region labels takes left, right or an edit: the regions must cover the text"; render(); return;
  }
  c.choices[c.focus] = side;
  c.editing = false;
  c.focus = Math.min(c.disagreements.length - 1, c.focus + 1);
  state.dirty = true;
  render();
}

// E: the focused disagreement becomes an edit, starting from the left version (the right one when
// the left has none, or from the edit already made).
function startEdit() {
  const c = state.comparison;
  const d = c.disagreements[c.focus];
  if (!d) return;
  const current = c.choices[c.focus];
  if (!(current && current.edit)) {
    let start = d.left.value.kind !== "absent" ? d.left.value : d.right.value;
    if (current === "right" && d.right.value.kind !== "absent") start = d.right.value;
    c.choices[c.focus] = { edit: JSON.parse(JSON.stringify(start)) };
  }
  c.editing = true;
  state.dirty = true;
  render();
}

function editing() {
  const c = state.comparison;
  const choice = c && c.editing ? c.choices[c.focus] : null;
  return choice && choice.edit ? choice.edit : null;
}

function changeEdit(mutate) { mutate(editing()); state.dirty = true; render(); }

function finishEdit() {
  const c = state.comparison;
  c.editing = false;
  c.focus = Math.min(c.disagreements.length - 1, c.focus + 1);
  render();
}

// What a side or an edit holds, the seed's text isolated so right-to-left text reads right.
function describeSide(edit) {
  const quote = (text) => ["«", el("bdi", { dir: "rtl" }, shorten(text)), "»"];
  switch (edit.kind) {
    case "absent": return "nothing";
    case "region": return edit.label + (edit.category ? "/" + edit.category : "");
    case "entity": return [quote(edit.text), " " + edit.type + (edit.id ? " (" + edit.id + ")" : "")];
    case "date": return [quote(edit.text), " " + (edit.value === null ? "null" : edit.value)];
    case "headline": return edit.value === null ? "no headline" : quote(edit.value);
    case "published": return (edit.value || "none (" + (edit.reason || "absent") + ")") + (edit.evidence ? " from «" + edit.evidence.text + "»" : "");
  }
  return edit.kind;
}

function choiceCell(choice, side) {
  if (choice === side) return "chosen";
  return choice === "neither" ? "dropped" : "";
}

async function saveComparison() {
  const c = state.comparison;
  const open = c.choices.filter((x) => x === null).length;
  if (open) { state.message = "Decide the " + open + " open disagreement(s) first: left, right, neither or an edit"; render(); return; }
  const reply = await api("PUT", "/api/compare/" + encodeURIComponent(c.id), { choices: c.choices, baseHash: c.hash });
  if (reply.status === 200) {
    c.hash = reply.json.hash;
    state.diagnostics = reply.json.diagnostics;
    state.dirty = false;
    state.message = "Saved " + reply.json.result;
  } else if (reply.status === 409) state.conflict = reply.json.error;
  else state.message = "Not saved: " + reply.json.error;
  render();
}

function comparisonKey(event) {
  const c = state.comparison;
  const edit = editing();
  if (edit) {
    const range = selectionRange();
    const snapped = range ? snap(range[0], range[1], event.altKey) : null;
    if (snapped && snapped[1] > snapped[0]) {
      const [s, e] = snapped;
      const span = spanOf(s, e);
      if (edit.kind === "entity" && ENTITY_KEYS[event.code]) { event.preventDefault(); window.getSelection().removeAllRanges(); changeEdit((x) => Object.assign(x, span, { type: ENTITY_KEYS[event.code] })); return; }
      if (edit.kind === "date" && event.code === "KeyD") {
        event.preventDefault(); window.getSelection().removeAllRanges();
        changeEdit((x) => { Object.assign(x, span); if (x.value === null) x.value = baselineValue(s, e); });
        return;
      }
      if (edit.kind === "published" && event.code === "KeyE") { event.preventDefault(); window.getSelection().removeAllRanges(); changeEdit((x) => { x.evidence = span; }); return; }
    }
    if (event.key === "Enter") { event.preventDefault(); finishEdit(); return; }
  }
  if (event.key === "[" || event.code === "Digit1") { event.preventDefault(); choose("left"); }
  else if (event.key === "]" || event.code === "Digit2") { event.preventDefault(); choose("right"); }
  else if (event.code === "KeyN") { event.preventDefault(); choose("neither"); }
  else if (event.code === "KeyE") { event.preventDefault(); startEdit(); }
  else if (event.code === "KeyJ") { c.focus = Math.min(c.disagreements.length - 1, c.focus + 1); c.editing = false; render(); }
  else if (event.code === "KeyK") { c.focus = Math.max(0, c.focus - 1); c.editing = false; render(); }
}

function editSection() {
  const c = state.comparison;
  const edit = editing();
  if (!edit) return null;
  const d = c.disagreements[c.focus];
  const parts = [el("h2", {}, "Your version of " + d.task)];
  const input = (id, value, placeholder, apply, dir) => el("input", { id, value: value === null || value === undefined ? "" : value, placeholder, dir: dir || "ltr",
    onchange: (e) => changeEdit((x) => apply(x, e.target.value.trim() || null)),
    onkeydown: (e) => { if (e.key === "Enter") { e.preventDefault(); e.target.blur(); } } });
  if (edit.kind === "entity" || (edit.kind === "absent" && d.task === "entity")) {
    if (edit.kind === "absent") parts.push(el("p", { class: "hint" }, "Select the name in the text and press P, O, L or M."));
    else {
      parts.push(el("p", {}, "span ", el("bdi", { dir: "rtl" }, "«" + edit.text + "»"), " — select other words and press P O L M to change it and its type"));
      parts.push(el("label", {}, "type ", el("select", { id: "edit-type", onchange: (e) => changeEdit((x) => { x.type = e.target.value; }) },
        ["PER", "ORG", "LOC", "MISC"].map((t) => el("option", { value: t, selected: edit.type === t }, t)))));
      parts.push(el("label", {}, " registry id ", input("edit-id", edit.id, "none", (x, v) => { x.id = v; })));
      parts.push(el("input", { id: "registry-search", placeholder: "search the registry (name or alias)", value: edit.text, oninput: (e) => searchRegistry(e.target.value) }));
      parts.push(el("ul", { id: "registry-results" }));
      setTimeout(() => searchRegistry(edit.text), 0);
    }
    parts.push(el("button", { id: "edit-drop", onclick: () => changeEdit((x) => { for (const k of Object.keys(x)) delete x[k]; x.kind = "absent"; }) }, "no entity here"));
  } else if (edit.kind === "date" || (edit.kind === "absent" && d.task === "date")) {
    if (edit.kind === "absent") parts.push(el("p", { class: "hint" }, "Select the date in the text and press D."));
    else {
      parts.push(el("p", {}, "span ", el("bdi", { dir: "rtl" }, "«" + edit.text + "»"), " — select other words and press D to change it"));
      parts.push(el("label", {}, "value ", input("edit-value", edit.value, "ISO at the text's precision, empty for null", (x, v) => { x.value = v; })));
    }
    parts.push(el("button", { id: "edit-drop", onclick: () => changeEdit((x) => { for (const k of Object.keys(x)) delete x[k]; x.kind = "absent"; }) }, "no date here"));
  } else if (edit.kind === "region") {
    parts.push(el("label", {}, "label ", el("select", { id: "edit-label", onchange: (e) => changeEdit((x) => { x.label = e.target.value; x.category = x.label === "boilerplate" ? (x.category || "other") : null; }) },
      ["headline", "metadata", "body", "boilerplate"].map((l) => el("option", { value: l, selected: edit.label === l }, l)))));
    if (edit.label === "boilerplate") parts.push(el("select", { id: "edit-category", onchange: (e) => changeEdit((x) => { x.category = e.target.value; }) },
      CATEGORIES.map((k) => el("option", { value: k, selected: edit.category === k }, k))));
  } else if (edit.kind === "headline") {
    parts.push(el("p", { class: "hint" }, "Click a line number to make that line the headline, or type it."));
    parts.push(input("edit-headline", edit.value, "no headline", (x, v) => { x.value = v; }, "rtl"));
  } else if (edit.kind === "published") {
    parts.push(el("label", {}, "value ", input("edit-value", edit.value, "2025-04-10 or empty", (x, v) => { x.value = v; x.reason = v ? null : (x.reason || "absent"); })));
    if (!edit.value) parts.push(el("label", {}, " reason ", el("select", { id: "edit-reason", onchange: (e) => changeEdit((x) => { x.reason = e.target.value; }) },
      REASONS.map((r) => el("option", { value: r, selected: edit.reason === r }, r)))));
    parts.push(el("p", {}, "evidence: ", edit.evidence ? ["«", el("bdi", { dir: "rtl" }, edit.evidence.text), "»"] : "none", " — select the words stating the date and press E"));
  }
  parts.push(el("p", {}, el("button", { id: "edit-done", onclick: finishEdit }, "Done (Enter)")));
  return el("section", { id: "edit" }, parts);
}

function comparisonView() {
  const c = state.comparison;
  const focused = c.disagreements[c.focus];
  const edit = editing();
  const marks = [];
  if (focused && focused.start !== null) marks.push({ start: focused.start, end: focused.end, cls: "sel" });
  if (edit && edit.start !== undefined && edit.start !== null) marks.push({ start: edit.start, end: edit.end, cls: "edited" });
  if (edit && edit.evidence) marks.push({ start: edit.evidence.start, end: edit.evidence.end, cls: "edited" });
  const panel = el("div", { id: "text", class: "text-panel", dir: "rtl" });
  for (let line = 0; line < state.lineStarts.length; line++) {
    const start = state.lineStarts[line], end = lineEnd(line);
    const cuts = new Set([start, end]);
    for (const m of marks) { if (m.start < end && start < m.end) { cuts.add(Math.max(start, m.start)); cuts.add(Math.min(end, m.end)); } }
    const points = Array.from(cuts).sort((p, q) => p - q);
    const text = el("span", { class: "text" });
    for (let k = 0; k + 1 < points.length; k++) {
      const s = points[k], e = points[k + 1];
      const cls = marks.filter((m) => m.start <= s && e <= m.end).map((m) => m.cls).join(" ");
      text.append(el("span", { "data-s": String(s), class: cls || null }, slice(s, e)));
    }
    if (start === end) text.append(el("span", { "data-s": String(start) }, ""));
    const number = el("span", { class: "num", dir: "ltr", title: edit && edit.kind === "headline" ? "Click to make this line the headline" : null,
      onclick: () => { if (edit && edit.kind === "headline") { const [s, e] = snap(start, end, true); if (e > s) changeEdit((x) => { x.value = slice(s, e); }); } } }, String(line + 1));
    panel.append(el("div", { class: "line", "data-line": String(line) }, number, text));
  }
  const rows = c.disagreements.map((d, i) => {
    const choice = c.choices[i];
    return el("tr", { class: (i === c.focus ? "focus" : "") + (choice === null ? " open" : ""), "data-key": d.key, onclick: () => { c.focus = i; c.editing = false; render(); } },
      el("td", {}, d.task), el("td", {}, d.text === null ? "" : ["«", el("bdi", { dir: "rtl" }, shorten(d.text)), "»"]),
      el("td", { class: choiceCell(choice, "left"), title: d.left.description }, describeSide(d.left.value)),
      el("td", { class: choiceCell(choice, "right"), title: d.right.description }, describeSide(d.right.value)),
      el("td", { class: choice && choice.edit ? "chosen edited-cell" : "" }, choice && choice.edit ? describeSide(choice.edit) : choice === "neither" ? "neither" : ""));
  });
  const open = c.choices.filter((x) => x === null).length;
  setTimeout(() => { const node = document.querySelector("#text .sel"); if (node) node.scrollIntoView({ block: "nearest" }); }, 0);
  return el("div", { class: "editor compare" }, panel, el("aside", { id: "side", dir: "ltr" },
    el("h2", {}, "Disagreements (" + c.disagreements.length + ", " + open + " open)"),
    el("p", { class: "hint" }, "[ or 1 takes the left (" + c.annotators[0] + "), ] or 2 the right (" + c.annotators[1] + "), N neither, E your own version; J/K move; Ctrl+S saves " + c.result + "."),
    focused ? el("p", { class: "hint", dir: "ltr" }, focused.message.replace(/«[^»]*»/gu, "«…»")) : null,
    el("table", { id: "disagreements" }, el("tr", {}, el("th", {}, "kind"), el("th", {}, "text"), el("th", {}, c.annotators[0]), el("th", {}, c.annotators[1]), el("th", {}, "yours")), rows),
    editSection(),
    diagnosticsSection()));
}


async function openClipping(id) {
  const reply = await api("GET", "/api/clippings/" + encodeURIComponent(id));
  if (reply.status !== 200) { state.message = reply.json.error; render(); return; }
  const data = reply.json;
  buildText(data.seed);
  Object.assign(state, {
    id, hash: data.hash, registryHash: data.registryHash, annotation: data.annotation || null,
    baselineDates: data.baselineDates || [], predictions: data.suggestions || [], diagnostics: data.diagnostics || [],
    problem: data.problem || null, selected: null, undo: [], redo: [], dirty: false, conflict: null, message: null, focusSuggestion: 0,
  });
  history.replaceState(null, "", "?token=" + TOKEN + "#" + id);
  render();
}

// ---------- rendering ----------

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== null && value !== undefined && value !== false) node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function render() {
  const app = document.getElementById("app");
  app.replaceChildren(header(), state.comparison ? comparisonView() : state.id ? editorView() : listView(), helpOverlay());
}

function header() {
  const bar = el("header", {},
    el("strong", {}, "ClipBench"),
    state.id || state.comparison ? el("button", { onclick: () => { if (!state.dirty || confirm("Leave without saving?")) { state.comparison = null; openList(); } } }, "← clippings") : null,
    state.comparison ? el("button", { id: "save", onclick: saveComparison }, "Save (Ctrl+S)") : null,
    state.id ? el("span", { class: "id", dir: "ltr" }, state.id + (state.dirty ? " • unsaved" : "")) : null,
    state.annotation ? el("label", {}, el("input", { type: "checkbox", id: "done", checked: state.annotation.status === "done", onchange: (e) => setDone(e.target.checked) }), " done") : null,
    state.annotation ? el("button", { id: "save", onclick: save }, "Save (Ctrl+S)") : null,
    el("button", { onclick: () => document.body.classList.toggle("help") }, "Help (?)"));
  const notices = [];
  if (state.message) notices.push(el("div", { class: "message", id: "message" }, state.message));
  if (state.conflict) {
    notices.push(el("div", { class: "conflict", id: "conflict" }, state.conflict, " ",
      el("button", { id: "reload", onclick: () => { if (confirm("Reload the file from disk? Your unsaved edits are kept in the box below until you leave this clipping.")) reloadKeepingCopy(); } }, "Reload from disk")));
  }
  return el("div", {}, bar, notices);
}

function reloadKeepingCopy() {
  const copy = JSON.stringify(state.annotation, null, 1);
  openClipping(state.id).then(() => { state.message = "Reloaded. Your previous, unsaved version:"; state.unsavedCopy = copy; render(); });
}

function listView() {
  const list = state.list;
  if (!list) return el("p", {}, "Loading…");
  const rows = list.clippings.filter((c) => state.filter === "all" || c.status === state.filter).map((c) =>
    el("tr", { "data-id": c.id, onclick: () => openClipping(c.id) },
      el("td", { dir: "ltr" }, el("a", { href: "#" + c.id, onclick: (e) => { e.preventDefault(); } }, c.id)),
      el("td", { class: "status " + c.status }, c.status), el("td", {}, String(c.regions)), el("td", {}, String(c.entities)),
      el("td", {}, String(c.dates)), el("td", { class: c.suggestions ? "open" : "" }, String(c.suggestions)),
      el("td", { class: c.errors ? "bad" : "" }, String(c.errors))));
  const filter = el("select", { id: "filter", onchange: (e) => { state.filter = e.target.value; render(); } },
    ["all", "draft", "done"].map((value) => el("option", { value, selected: state.filter === value }, value)));
  return el("main", { class: "list", dir: "ltr" },
    el("h1", {}, "Clippings"), el("label", {}, "Status: ", filter),
    el("table", {}, el("thead", {}, el("tr", {}, ["id", "status", "regions", "entities", "dates", "suggestions", "errors"].map((h) => el("th", {}, h)))), el("tbody", {}, rows)),
    list.unannotated.length ? el("p", {}, "Seeds without an annotation (add them with clipbench annotate): " + list.unannotated.join(", ")) : null,
    state.comparisons ? el("section", { id: "comparisons" }, el("h1", {}, "Compare " + state.comparisons.annotators.join(" and ")),
      state.comparisons.error ? el("p", { class: "conflict" }, state.comparisons.error) : null,
      el("table", {}, el("thead", {}, el("tr", {}, ["id", "disagreements", "adjudicated"].map((h) => el("th", {}, h)))),
        el("tbody", {}, state.comparisons.clippings.map((c) => el("tr", { "data-compare": c.id, onclick: () => openComparison(c.id) },
          el("td", {}, c.id), el("td", {}, String(c.disagreements === undefined ? c.error : c.disagreements)), el("td", {}, c.adjudicated ? "yes" : "no")))))) : null);
}

function editorView() {
  if (!state.annotation) {
    return el("main", { dir: "ltr" }, el("p", { class: "conflict" }, state.problem || "This clipping cannot be edited."), diagnosticsList());
  }
  return el("div", { class: "editor" }, textPanel(), el("aside", { id: "side", dir: "ltr" }, sideContent()));
}

// The marks of [start, end): which items cover each piece of each line.
function textPanel() {
  const a = state.annotation;
  const items = [];
  // The focused suggestion is outlined in the text too, so A and X visibly act on that mark.
  const list = suggestions();
  const focused = list[Math.min(state.focusSuggestion, Math.max(0, list.length - 1))];
  const isFocused = (kind, index) => focused !== undefined && (kind === "prediction" ? focused.prediction === index : focused.prediction === undefined && focused.kind === kind && focused.index === index);
  const focusClass = (kind, index) => isFocused(kind, index) ? " focus" : "";
  a.entities.forEach((item, index) => items.push({ kind: "entities", index, item, cls: "ent " + item.type + (item.suggested ? " sug" : "") + focusClass("entities", index) }));
  a.dates.forEach((item, index) => items.push({ kind: "dates", index, item, cls: "date" + (item.suggested ? " sug" : "") + focusClass("dates", index) }));
  state.predictions.forEach((item, index) => { if (item.start !== undefined) items.push({ kind: "prediction", index, item, cls: "pred" + focusClass("prediction", index) }); });
  if (a.published.evidence) items.push({ kind: "published", index: 0, item: a.published.evidence, cls: "evidence" });
  const panel = el("div", { id: "text", class: "text-panel", dir: "rtl" });
  for (let line = 0; line < state.lineStarts.length; line++) {
    const start = state.lineStarts[line], end = lineEnd(line);
    const region = a.regions.find((r) => r.start < Math.max(end, start + 1) && start <= r.start) || a.regions.find((r) => r.start <= start && start < r.end);
    const here = items.filter((x) => x.item.start < end && start < x.item.end);
    const cuts = new Set([start, end]);
    for (const x of here) { cuts.add(Math.max(start, x.item.start)); cuts.add(Math.min(end, x.item.end)); }
    const points = Array.from(cuts).sort((p, q) => p - q);
    const text = el("span", { class: "text" });
    for (let k = 0; k + 1 < points.length; k++) {
      const s = points[k], e = points[k + 1];
      const covering = here.filter((x) => x.item.start <= s && e <= x.item.end);
      const selected = covering.some((x) => state.selected && state.selected.kind === x.kind && state.selected.index === x.index);
      const segment = el("span", { "data-s": String(s), class: covering.map((x) => x.cls).join(" ") + (selected ? " sel" : "") }, slice(s, e));
      if (covering.length) {
        const target = covering[0];
        segment.addEventListener("click", () => {
          if (!window.getSelection().isCollapsed) return;
          if (target.kind === "prediction") { const at = suggestions().findIndex((x) => x.prediction === target.index); if (at >= 0) state.focusSuggestion = at; }
          else {
            state.selected = { kind: target.kind, index: target.index };
            // A suggested mark clicked is also the focused suggestion, so A or X decide this one.
            const at = suggestions().findIndex((x) => x.prediction === undefined && x.kind === target.kind && x.index === target.index);
            if (at >= 0) state.focusSuggestion = at;
          }
          render();
        });
      }
      text.append(segment);
    }
    if (start === end) text.append(el("span", { "data-s": String(start) }, ""));
    const regionClass = region ? " reg-" + region.label + (region.suggested ? " reg-sug" : "") + (isFocused("regions", a.regions.indexOf(region)) ? " focus" : "") : "";
    panel.append(el("div", { class: "line" + regionClass, "data-line": String(line) },
      el("span", { class: "num", title: "Click to make this line the headline", dir: "ltr", onclick: () => chooseHeadline(line) }, String(line + 1)),
      text,
      region && region.start >= start && region.start < Math.max(end, start + 1) ? el("span", { class: "badge", dir: "ltr" }, region.label + (region.category ? "/" + region.category : "") + (region.suggested ? "?" : "")) : null));
  }
  return panel;
}

function sideContent() {
  const a = state.annotation;
  const parts = [];
  parts.push(el("section", {}, el("h2", {}, "Headline"),
    el("p", { dir: "rtl", id: "headline", class: a.headlineSuggested ? "sug" : null }, a.headline === null ? "(none)" : a.headline),
    a.headlineSuggested ? el("p", { class: "hint" }, "Suggested by the baseline: accept with A when it is the first suggestion, or click a line number to choose another.") : el("p", { class: "hint" }, "Click a line number to choose the headline.")));
  parts.push(publishedSection(a));
  parts.push(selectedSection());
  parts.push(suggestionsSection());
  parts.push(diagnosticsSection());
  if (state.unsavedCopy) parts.push(el("section", {}, el("h2", {}, "Your unsaved version"), el("textarea", { readonly: true, rows: 8 }, state.unsavedCopy)));
  parts.push(legend());
  return parts;
}

function publishedSection(a) {
  const p = a.published;
  return el("section", {}, el("h2", {}, "Publication date" + (p.suggested ? " (suggested)" : "")),
    el("label", {}, "value ", el("input", { id: "published-value", value: p.value || "", placeholder: "2025-04-10 or empty",
      onchange: (e) => change((x) => { x.published.value = e.target.value.trim() || null; x.published.reason = x.published.value ? null : (x.published.reason || "absent"); x.published.suggested = false; }) })),
    p.value ? null : el("label", {}, " reason ", el("select", { id: "published-reason", onchange: (e) => change((x) => { x.published.reason = e.target.value; x.published.suggested = false; }) },
      REASONS.map((r) => el("option", { value: r, selected: p.reason === r }, r)))),
    el("p", {}, "evidence: ", p.evidence ? ["«", el("bdi", { dir: "rtl" }, p.evidence.text), "»"] : "none"),
    el("p", { class: "hint" }, "Select the words stating the date and press E to make them the evidence."));
}

function selectedSection() {
  const selected = state.selected;
  if (!selected) return el("section", {}, el("h2", {}, "Selection"), el("p", { class: "hint" }, "Select text, then press P O L M (entity), D (date), 1 2 3 (headline, metadata, body region) or B then 1–9 (boilerplate). Click a mark to edit it."));
  if (selected.kind === "published") return el("section", {}, el("h2", {}, "Published evidence"));
  const item = state.annotation[selected.kind][selected.index];
  if (!item) return el("section", {});
  const body = [el("h2", {}, describe(selected.kind, item)),
    el("p", { class: "hint" }, (selected.kind === "entities" ? "P O L M change its type; " : "") + "Delete removes it. To change its words, select the right ones and press its key: the new mark replaces it.")];
  if (selected.kind === "entities") {
    body.push(el("label", {}, "type ", el("select", { id: "entity-type", onchange: (e) => change((x) => { x.entities[selected.index].type = e.target.value; x.entities[selected.index].suggested = false; }) },
      ["PER", "ORG", "LOC", "MISC"].map((t) => el("option", { value: t, selected: item.type === t }, t)))));
    body.push(el("p", {}, "registry id: ", el("code", { id: "entity-id" }, item.id || "none"), item.id ? el("button", { onclick: () => change((x) => { x.entities[selected.index].id = null; }) }, "unlink") : null));
    body.push(el("input", { id: "registry-search", placeholder: "search the registry (name or alias)", value: item.text, oninput: (e) => searchRegistry(e.target.value),
      onkeydown: (e) => { if (e.key === "Enter" && state.searchResults[0]) link(state.searchResults[0].id); } }));
    body.push(el("ul", { id: "registry-results" }));
    body.push(el("details", {}, el("summary", {}, "New registry entry"),
      el("form", { id: "new-entry", onsubmit: (e) => { e.preventDefault(); addEntry(e.target); } },
        el("input", { name: "id", placeholder: "id (english-name-slug)", dir: "ltr", oninput: (e) => { e.target.dataset.typed = "1"; } }),
        el("select", { name: "type" }, ["PER", "ORG", "LOC", "MISC"].map((t) => el("option", { value: t, selected: item.type === t }, t))),
        el("input", { name: "ar", placeholder: "Arabic name", value: item.text, dir: "rtl" }),
        el("input", { name: "en", placeholder: "English name", dir: "ltr", oninput: (e) => {
          const id = e.target.form.querySelector("[name=id]");
          if (!id.dataset.typed) id.value = slug(e.target.value);
        } }),
        el("input", { name: "aliases", placeholder: "aliases, separated by commas", dir: "rtl" }),
        el("input", { name: "wikidata", placeholder: "Wikidata id (only if certain)", dir: "ltr" }),
        el("button", { type: "submit" }, "Add and link"))));
    setTimeout(() => searchRegistry(item.text), 0);
  } else if (selected.kind === "dates") {
    if (yearGuessed(item)) {
      const published = state.annotation.published.value;
      body.push(el("p", { class: "guess" }, "The text writes no year: " + item.value.slice(0, 4) + " was inferred. Check it"
        + (published ? " against the publication date, " + published + "." : ".")));
    }
    body.push(el("label", {}, "value ", el("input", { id: "date-value", value: item.value || "", placeholder: "ISO at the text's precision, empty for null",
      onchange: (e) => change((x) => { x.dates[selected.index].value = e.target.value.trim() || null; x.dates[selected.index].suggested = false; }),
      onkeydown: (e) => { if (e.key === "Enter") e.target.blur(); } })));
  } else if (selected.kind === "regions") {
    body.push(el("label", {}, "label ", el("select", { id: "region-label", onchange: (e) => change((x) => { const r = x.regions[selected.index]; r.label = e.target.value; r.category = r.label === "boilerplate" ? (r.category || "other") : null; }) },
      ["headline", "metadata", "body", "boilerplate"].map((l) => el("option", { value: l, selected: item.label === l }, l)))));
    if (item.label === "boilerplate") body.push(el("select", { id: "region-category", onchange: (e) => change((x) => { x.regions[selected.index].category = e.target.value; }) },
      CATEGORIES.map((c) => el("option", { value: c, selected: item.category === c }, c))));
  }
  return el("section", { id: "selected" }, body);
}

function renderResults() {
  const list = document.getElementById("registry-results");
  if (!list) return;
  list.replaceChildren(...state.searchResults.map((entry) => el("li", {},
    el("button", { class: "link", "data-id": entry.id, onclick: () => link(entry.id) }, "link"), " ",
    el("code", {}, entry.id), " " + entry.type + " ", el("span", { dir: "rtl" }, entry.ar), " / " + entry.en)));
}

function suggestionsSection() {
  const list = suggestions();
  const focus = Math.min(state.focusSuggestion, Math.max(0, list.length - 1));
  return el("section", { id: "suggestions" }, el("h2", {}, "Suggestions (" + list.length + ")"),
    el("p", { class: "hint" }, "A accept, X reject, J/K next/previous; Shift+A or Shift+X: all of that kind and source."),
    el("ol", {}, list.map((s, i) => el("li", { class: (i === focus ? "focus " : "") + s.source, onclick: () => { state.focusSuggestion = i; render(); } },
      el("span", { class: "source" }, s.source), " ", el("span", {}, s.label)))));
}

function diagnosticsSection() {
  return el("section", { id: "diagnostics" }, el("h2", {}, "Diagnostics (" + state.diagnostics.length + ")"), diagnosticsList());
}

function diagnosticsList() {
  const unchecked = state.diagnostics.filter((d) => d.severity === "warning" && / is an unchecked suggestion/.test(d.message));
  const shown = state.diagnostics.filter((d) => !unchecked.includes(d));
  shown.sort((x, y) => (x.severity === "error" ? 0 : 1) - (y.severity === "error" ? 0 : 1));
  return el("ul", { class: "diagnostics" }, shown.map((d) => el("li", { class: d.severity, onclick: () => {
    if (d.kind !== undefined) { state.selected = { kind: d.kind, index: d.index }; render(); scrollToSelected(); }
  } }, d.severity + ": " + d.message)),
    unchecked.length ? el("li", { class: "warning", id: "unchecked" }, "warning: " + unchecked.length + " unchecked suggestion" + (unchecked.length === 1 ? "" : "s") + " (listed under Suggestions)") : null);
}

function scrollToFocus() {
  const node = document.querySelector("#text .focus");
  if (node) node.scrollIntoView({ block: "nearest" });
}

function scrollToSelected() {
  const node = document.querySelector("#text .sel");
  if (node) node.scrollIntoView({ block: "center" });
}

function legend() {
  return el("section", { class: "legend" }, el("h2", {}, "Legend"),
    ["PER", "ORG", "LOC", "MISC"].map((t) => el("span", { class: "ent " + t }, t)),
    el("span", { class: "date" }, "date"), el("span", { class: "ent PER sug" }, "baseline suggestion"), el("span", { class: "pred" }, "--suggest prediction"),
    el("span", { class: "evidence" }, "published evidence"));
}

function helpOverlay() {
  const keys = [
    ["select text, then P / O / L / M", "entity: person, organisation, location, other"], ["D", "date (value prefilled from the baseline)"],
    ["1 / 2 / 3", "region: headline, metadata, body"], ["B, then 1–9", "boilerplate: " + CATEGORIES.map((c, i) => (i + 1) + " " + c).join(", ")],
    ["Alt with any of these", "keep the selection exactly (no snapping to whole words)"], ["E", "the selection is the published date's evidence"],
    ["click a line number", "that line is the headline"], ["A / X", "accept / reject the focused suggestion"],
    ["Shift+A / Shift+X", "accept / reject all suggestions of that kind"], ["J / K", "next / previous suggestion"],
    ["Delete", "remove the selected mark"], ["[ / ] (or 1 / 2) when comparing", "take the left / right annotator's version"], ["N / E when comparing", "neither version / your own version (then select and press P O L M, D or E; Enter when done)"], ["Ctrl+Z / Ctrl+Shift+Z", "undo / redo"], ["Ctrl+S", "save"], ["?", "this help"], ["Esc", "close / clear"]];
  return el("div", { id: "help", dir: "ltr" }, el("h2", {}, "Keys"), el("table", {}, keys.map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, v)))),
    el("p", {}, "Offsets are counted in Unicode scalars, as in the YAML files; you never type one."));
}

// Only the diagnostics change when validation answers: a form being filled in keeps its input.
function renderSide() {
  const section = document.getElementById("diagnostics");
  if (section) section.replaceWith(diagnosticsSection());
}

// ---------- keys ----------

document.addEventListener("keydown", (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement;
  if ((event.ctrlKey || event.metaKey) && event.code === "KeyS") { event.preventDefault(); state.comparison ? saveComparison() : save(); return; }
  if (typing) {
    if (event.key === "Escape") event.target.blur();
    // Enter in a field of an edit applies it (the field's change fires on blur) and moves on.
    if (event.key === "Enter" && state.comparison && editing()) { event.preventDefault(); event.target.blur(); finishEdit(); }
    return;
  }
  if ((event.ctrlKey || event.metaKey) && event.code === "KeyZ") { event.preventDefault(); event.shiftKey ? redo() : undo(); return; }
  if ((event.ctrlKey || event.metaKey) && event.code === "KeyY") { event.preventDefault(); redo(); return; }
  if (event.ctrlKey || event.metaKey) return;
  if (event.key === "?") { document.body.classList.toggle("help"); return; }
  if (event.key === "Escape") { document.body.classList.remove("help"); state.pendingBoilerplate = null; state.selected = null; render(); return; }
  if (state.comparison) { comparisonKey(event); return; }
  if (!state.annotation) return;
  const range = selectionRange();
  const snapped = range ? snap(range[0], range[1], event.altKey) : null;
  if (state.pendingBoilerplate && /^Digit[1-9]$/.test(event.code)) {
    const [s, e] = state.pendingBoilerplate;
    state.pendingBoilerplate = null;
    labelRegion("boilerplate", CATEGORIES[Number(event.code.slice(5)) - 1], s, e);
    event.preventDefault();
    return;
  }
  if (snapped && snapped[1] > snapped[0]) {
    const [s, e] = snapped;
    if (ENTITY_KEYS[event.code]) { event.preventDefault(); window.getSelection().removeAllRanges(); labelEntity(ENTITY_KEYS[event.code], s, e); return; }
    if (event.code === "KeyD") { event.preventDefault(); window.getSelection().removeAllRanges(); labelDate(s, e); return; }
    if (REGION_KEYS[event.code]) { event.preventDefault(); window.getSelection().removeAllRanges(); labelRegion(REGION_KEYS[event.code], null, s, e); return; }
    if (event.code === "KeyB") { event.preventDefault(); state.pendingBoilerplate = [s, e]; state.message = "Boilerplate: press 1–9 for " + CATEGORIES.map((c, i) => (i + 1) + " " + c).join(", "); render(); return; }
    if (event.code === "KeyE") { event.preventDefault(); window.getSelection().removeAllRanges(); change((a) => { a.published.evidence = spanOf(s, e); a.published.suggested = false; }); return; }
  }
  if (!snapped && ENTITY_KEYS[event.code] && state.selected && state.selected.kind === "entities") {
    event.preventDefault();
    const index = state.selected.index;
    change((a) => { a.entities[index].type = ENTITY_KEYS[event.code]; a.entities[index].suggested = false; });
    return;
  }
  const list = suggestions();
  const focus = Math.min(state.focusSuggestion, Math.max(0, list.length - 1));
  if (event.code === "KeyJ") { state.focusSuggestion = Math.min(list.length - 1, focus + 1); render(); scrollToFocus(); return; }
  if (event.code === "KeyK") { state.focusSuggestion = Math.max(0, focus - 1); render(); scrollToFocus(); return; }
  if ((event.code === "KeyA" || event.code === "KeyX") && list.length) {
    event.preventDefault();
    const current = list[focus];
    const chosen = event.shiftKey ? list.filter((s) => s.kind === current.kind && s.source === current.source) : [current];
    resolveSuggestions(chosen, event.code === "KeyA");
    return;
  }
  if ((event.key === "Delete" || event.key === "Backspace") && state.selected) { event.preventDefault(); deleteSelected(); }
});

window.addEventListener("beforeunload", (event) => { if (state.dirty) { event.preventDefault(); event.returnValue = ""; } });

const initial = decodeURIComponent(location.hash.slice(1));
if (initial) openClipping(initial); else openList();
